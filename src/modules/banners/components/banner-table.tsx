import { formatDateTimeVi } from '@/lib/dates';
import { mediaVariantUrl } from '@/modules/media/media-url';
import { BANNER_STATE_LABELS } from '../banner-schedule';
import { BANNER_SLOT_LABELS } from '../banners.schemas';
import type { ConsoleBanner } from '../banners.service';
import './banners.css';

/** The site's banners with their slot, dates in Vietnam's time and whether they show now. */
export function BannerTable({ siteId, banners }: { siteId: string; banners: ConsoleBanner[] }) {
  if (banners.length === 0) return <p>Trang chưa có banner nào.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Ảnh</th>
            <th scope="col">Banner</th>
            <th scope="col">Vị trí</th>
            <th scope="col">Thời gian hiển thị (giờ Việt Nam)</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {banners.map((b) => (
            <tr key={b.id}>
              <td>{b.image ? <img className="banner-thumb" src={mediaVariantUrl(b.image, 320)} alt="" width={192} loading="lazy" /> : '—'}</td>
              <td>
                <a href={`/quan-tri/trang/${siteId}/banner/${b.id}`}>{b.title}</a>
              </td>
              <td>{BANNER_SLOT_LABELS[b.slot]}</td>
              <td>
                {b.startsAt ? `Từ ${formatDateTimeVi(b.startsAt)}` : 'Từ khi lưu'}
                <br />
                {b.endsAt ? `đến ${formatDateTimeVi(b.endsAt)}` : 'không hết hạn'}
              </td>
              <td>
                <span className={`banner-state banner-state--${b.state.toLowerCase()}`}>{BANNER_STATE_LABELS[b.state]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
