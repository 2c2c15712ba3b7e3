import { z } from 'zod';

/** Settings of CONTRACT.md "Settings". Read once; never sent to the browser. */
const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1, 'Thiếu DATABASE_URL (npm start đặt nó cho cơ sở dữ liệu nhúng).'),
  PORTAL_ROOT_DOMAIN: z.string().default('khanhhoa.localhost'),
  AUTH_SECRET: z.string().optional(),
  NODE_ENV: z.string().default('development'),
  /** Trust X-Forwarded-Host/Proto only behind a known reverse proxy (docker-compose sets it). */
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(parsed.error.issues.map((i) => i.message).join(' '));
    }
    cached = parsed.data;
  }
  return cached;
}

export function rootDomain(): string {
  return (process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost').toLowerCase();
}

/**
 * Absolute URL on a site's host outside a request (e-mails, proposals): `PUBLIC_PROTOCOL` (default
 * https in production, http otherwise) and `PUBLIC_PORT` (default: the app's PORT outside production).
 */
export function absoluteUrl(host: string, path: string): string {
  const production = process.env.NODE_ENV === 'production';
  const proto = process.env.PUBLIC_PROTOCOL ?? (production ? 'https' : 'http');
  const port = process.env.PUBLIC_PORT ?? (production ? '' : (process.env.PORT ?? '3000'));
  const defaultPort = (proto === 'https' && port === '443') || (proto === 'http' && port === '80');
  return `${proto}://${host}${port && !defaultPort ? `:${port}` : ''}${path}`;
}
