/** When a banner shows (C9): typed and displayed in Vietnam's time (lib/vn-time), decided here (pure). */
export type BannerState = 'ACTIVE' | 'SCHEDULED' | 'EXPIRED';

export const BANNER_STATE_LABELS: Record<BannerState, string> = {
  ACTIVE: 'Đang hiển thị',
  SCHEDULED: 'Chưa đến ngày',
  EXPIRED: 'Đã hết hạn',
};

/** Shown from `startsAt` (inclusive) until `endsAt` (exclusive); an empty date is open-ended. */
export function bannerState(b: { startsAt: Date | string | null; endsAt: Date | string | null }, now: Date): BannerState {
  if (b.startsAt && new Date(b.startsAt).getTime() > now.getTime()) return 'SCHEDULED';
  if (b.endsAt && new Date(b.endsAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
