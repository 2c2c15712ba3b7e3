import { normalizeHost } from '@/lib/host';

/**
 * The host a visitor asked for. X-Forwarded-Host is believed only when the deployment says a
 * trusted reverse proxy is in front (TRUST_PROXY=1, docker-compose); otherwise a client could
 * choose another tenant by sending it.
 */
export function publicHostFrom(headers: Headers): string {
  const trusted = process.env.TRUST_PROXY === '1' ? headers.get('x-forwarded-host') : null;
  return normalizeHost(trusted ?? headers.get('host'));
}
