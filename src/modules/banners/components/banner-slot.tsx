import { connection } from 'next/server';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { BannerSlotName } from '../banners.schemas';
import { listActiveBanners } from '../banners.service';
import './banners.css';

const LABELS: Record<Exclude<BannerSlotName, 'SIDEBAR'>, string> = {
  HEADER: 'Banner đầu trang',
  HOME_TOP: 'Banner trang chủ',
  FOOTER: 'Banner cuối trang',
};

const SIZES: Record<BannerSlotName, string> = {
  HEADER: '(min-width: 72rem) 70rem, 100vw',
  HOME_TOP: '(min-width: 72rem) 70rem, 100vw',
  SIDEBAR: '(min-width: 72rem) 22rem, (min-width: 48rem) 33vw, 100vw',
  FOOTER: '(min-width: 72rem) 70rem, 100vw',
};

/**
 * The banners of one slot that are inside their dates now (C9). Rendered on the server at request time
 * (`connection()` keeps the page out of any static cache), so a banner appears and expires on schedule.
 * Several banners are stacked, never rotated (GUIDE: no carousels that move by themselves).
 */
export async function BannerSlot({ siteId, slot }: { siteId: string; slot: BannerSlotName }) {
  await connection();
  const banners = (await listActiveBanners(siteId)).filter((b) => b.slot === slot);
  if (banners.length === 0) return null;
  const list = (
    <ul className="banner-list">
      {banners.map((b) => {
        const image = <ResponsiveImage media={b.image} alt={b.alt} sizes={SIZES[slot]} priority={slot === 'HEADER' || slot === 'HOME_TOP'} />;
        return (
          <li key={b.id} className="banner-list__item">
            {b.url ? (
              <a href={b.url} rel="noopener noreferrer" className="banner-list__link">
                {image}
              </a>
            ) : (
              image
            )}
          </li>
        );
      })}
    </ul>
  );
  // In the home page's side column the banners sit inside that column's landmark.
  if (slot === 'SIDEBAR') return <div className="banner-slot banner-slot--sidebar">{list}</div>;
  const inContainer = slot === 'HEADER' || slot === 'FOOTER';
  return (
    <aside className={`banner-slot banner-slot--${slot.toLowerCase().replace('_', '-')}`} aria-label={LABELS[slot]}>
      {inContainer ? <div className="container">{list}</div> : list}
    </aside>
  );
}
