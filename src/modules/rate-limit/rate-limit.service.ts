import { createHmac } from 'node:crypto';
import type { Db } from '@/server/db';
import { AppError } from '@/server/errors';
import { countRequest, deleteExpiredBuckets } from './rate-limit.repository';
import { isOverLimit, retryAfterSeconds, windowStartOf, type WindowRule } from './rate-limit-window';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Limits of every public form (I4): per client address on a site, and for the whole site (a flood from many
 * addresses). Counted in PostgreSQL, so they hold across restarts and across the instances behind the proxy.
 */
export const RATE_RULES = {
  'question.ask': { perAddress: { limit: 5, windowMs: HOUR }, perSite: { limit: 300, windowMs: HOUR } },
  'question.track': { perAddress: { limit: 10, windowMs: 10 * MINUTE }, perSite: { limit: 1000, windowMs: 10 * MINUTE } },
  'consultation.comment': { perAddress: { limit: 10, windowMs: HOUR }, perSite: { limit: 1000, windowMs: HOUR } },
  'site.rating': { perAddress: { limit: 5, windowMs: HOUR }, perSite: { limit: 2000, windowMs: HOUR } },
  'page.feedback': { perAddress: { limit: 30, windowMs: HOUR }, perSite: { limit: 10_000, windowMs: HOUR } },
} satisfies Record<string, { perAddress: WindowRule; perSite: WindowRule }>;

export type RateRuleName = keyof typeof RATE_RULES;

/** A client address is personal data: only a keyed hash of it is stored. */
function subjectKey(address: string): string {
  return createHmac('sha256', process.env.AUTH_SECRET ?? 'cong-so-rate-limit').update(address).digest('hex').slice(0, 32);
}

function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} phút`;
}

async function hit(client: Db | undefined, key: string, siteId: string, rule: WindowRule, nowMs: number) {
  const start = windowStartOf(nowMs, rule.windowMs);
  const counts = await countRequest(
    { key, siteId, windowStart: new Date(start), previousStart: new Date(start - rule.windowMs), expiresAt: new Date(start + 2 * rule.windowMs) },
    client,
  );
  return { ...counts, over: isOverLimit({ ...counts, nowMs, ...rule }), retryAfter: retryAfterSeconds({ ...counts, nowMs, ...rule }) };
}

/**
 * Counts one attempt of `rule` by `address` on `siteId` and refuses it with a Vietnamese RATE_LIMITED AppError
 * (HTTP 429) when over a limit. Refused attempts count too, so guessing tracking codes stays slow.
 */
export async function enforceRateLimit(
  ruleName: RateRuleName,
  params: { siteId: string; address: string },
  options: { client?: Db; now?: Date } = {},
): Promise<void> {
  const rule = RATE_RULES[ruleName];
  const client = options.client;
  const nowMs = (options.now ?? new Date()).getTime();
  const byAddress = await hit(client, `${ruleName}:${params.siteId}:${subjectKey(params.address)}`, params.siteId, rule.perAddress, nowMs);
  if (byAddress.over) {
    throw new AppError('RATE_LIMITED', `Bạn đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau khoảng ${minutesText(byAddress.retryAfter)}.`);
  }
  const bySite = await hit(client, `${ruleName}:${params.siteId}:*`, params.siteId, rule.perSite, nowMs);
  if (bySite.over) {
    throw new AppError('RATE_LIMITED', `Trang đang nhận quá nhiều yêu cầu cùng lúc. Vui lòng thử lại sau khoảng ${minutesText(bySite.retryAfter)}.`);
  }
  // One request in a hundred tidies up the site's expired windows.
  if (Math.random() < 0.01) await deleteExpiredBuckets({ siteId: params.siteId, now: new Date(nowMs) }, client).catch(() => 0);
}
