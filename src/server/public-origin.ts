import { headers } from 'next/headers';

/**
 * Absolute origin for another site's host, keeping the scheme and port the visitor used
 * (http://stttt.khanhhoa.localhost:3000 locally, https://stttt.khanhhoa.gov.vn behind the proxy).
 */
export async function originResolver(): Promise<(host: string) => string> {
  const h = await headers();
  const trust = process.env.TRUST_PROXY === '1';
  const proto = trust ? (h.get('x-forwarded-proto') ?? 'https') : (process.env.PUBLIC_PROTOCOL ?? 'http');
  const hostHeader = (trust ? h.get('x-forwarded-host') : null) ?? h.get('host') ?? '';
  const port = /:(\d+)$/.exec(hostHeader)?.[1];
  return (host: string) => `${proto}://${host}${port && !trust ? `:${port}` : ''}`;
}
