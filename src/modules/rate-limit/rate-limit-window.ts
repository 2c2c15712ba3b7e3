/**
 * Window arithmetic of the rate limiter (pure). A sliding-window counter: requests are counted in fixed windows,
 * and the estimate for "the last windowMs" weighs the previous window by how much of it still overlaps. It never
 * lets a burst at a window's edge double the limit, and needs two rows per key at most.
 */
export type WindowRule = { limit: number; windowMs: number };

export function windowStartOf(nowMs: number, windowMs: number): number {
  return Math.floor(nowMs / windowMs) * windowMs;
}

/** Requests in the sliding window ending now: all of the current window plus the overlapping part of the previous. */
export function slidingCount(params: { previous: number; current: number; nowMs: number; windowMs: number }): number {
  const start = windowStartOf(params.nowMs, params.windowMs);
  const elapsed = (params.nowMs - start) / params.windowMs;
  return params.previous * (1 - elapsed) + params.current;
}

export function isOverLimit(params: { previous: number; current: number; nowMs: number } & WindowRule): boolean {
  return slidingCount(params) > params.limit;
}

/**
 * Seconds until one more request would be accepted, assuming no further ones: the previous window's weight shrinks
 * linearly, and once the current window ends its count becomes the previous one. Rounded up to whole minutes'
 * worth of seconds by the caller's message.
 */
export function retryAfterSeconds(params: { previous: number; current: number; nowMs: number } & WindowRule): number {
  const start = windowStartOf(params.nowMs, params.windowMs);
  const end = start + params.windowMs;
  // Within this window: previous·(1 − (t−start)/w) + current ≤ limit  ⇔  t ≥ start + w·(1 − (limit − current)/previous).
  if (params.current <= params.limit && params.previous > 0) {
    const t = start + params.windowMs * (1 - (params.limit - params.current) / params.previous);
    if (t < end) return Math.max(1, Math.ceil((t - params.nowMs) / 1000));
  }
  // In the next window the current count decays: current·(1 − (t−end)/w) ≤ limit.
  const t = end + params.windowMs * Math.max(0, 1 - params.limit / Math.max(params.current, 1));
  return Math.max(1, Math.ceil((t - params.nowMs) / 1000));
}
