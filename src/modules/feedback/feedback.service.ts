import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { enforceRateLimit } from '@/modules/rate-limit/rate-limit.service';
import { aggregatePageFeedback, aggregateRatings, insertPageFeedback, insertRating } from './feedback.repository';
import { PageFeedbackSchema, RatingSchema, type RatingInput } from './feedback.schemas';

/**
 * Ratings and "was this useful" answers (I3) are anonymous counts: not audited (no one's action to account for, and
 * an audit entry would empty the site's page cache at every click).
 */
export async function submitRating(params: { siteId: string; address: string }, input: RatingInput) {
  const data = parseInput(RatingSchema, input);
  await enforceRateLimit('site.rating', params);
  await withTransaction((tx) => insertRating(tx, { siteId: params.siteId, ...data }));
}

export async function submitPageFeedback(params: { siteId: string; address: string }, input: { path: unknown; helpful: unknown }) {
  const data = parseInput(PageFeedbackSchema, input);
  await enforceRateLimit('page.feedback', params);
  await withTransaction((tx) => insertPageFeedback(tx, { siteId: params.siteId, path: data.path, helpful: data.helpful }));
  return data;
}

const round = (v: number | null) => (v == null ? null : Math.round(v * 10) / 10);

/** Results per site for the console: any member of the site's board reads them. */
export async function getFeedbackSummary(actor: Actor, siteId: string) {
  if (!actor.memberships.some((m) => m.siteId === siteId)) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem đánh giá của trang này.');
  const [r, pages] = await Promise.all([aggregateRatings(siteId), aggregatePageFeedback(siteId)]);
  return {
    responses: r._count._all,
    aspects: {
      interface: { average: round(r._avg.interface), count: r._count.interface },
      content: { average: round(r._avg.content), count: r._count.content },
      quality: { average: round(r._avg.quality), count: r._count.quality },
      support: { average: round(r._avg.support), count: r._count.support },
    },
    pages,
  };
}
