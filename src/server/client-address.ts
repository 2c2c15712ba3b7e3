import { headers } from 'next/headers';

/**
 * The visitor's network address, for rate limits (I4). The page-cache front (scripts/serve.mjs), which every
 * request passes, sets `x-cs-client-ip` from the socket — or, only with TRUST_PROXY=1, from the last
 * X-Forwarded-For entry, the one the trusted proxy itself appended — after deleting any value a client sent.
 * Without that front (next started by hand) the same rule applies to X-Forwarded-For here; an unknown address
 * shares one bucket, which errs on the side of limiting.
 */
export const CLIENT_IP_HEADER = 'x-cs-client-ip';

export function clientAddressFrom(h: Headers): string {
  const fromFront = h.get(CLIENT_IP_HEADER)?.trim();
  if (fromFront) return fromFront;
  if (process.env.TRUST_PROXY === '1') {
    const last = h.get('x-forwarded-for')?.split(',').pop()?.trim();
    if (last) return last;
  }
  return 'unknown';
}

export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}
