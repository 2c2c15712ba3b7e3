import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { MediaGrid, MediaUploadForm } from '@/modules/media/components/media-library';
import { listMediaForConsole } from '@/modules/media/media.service';

export const metadata: Metadata = { title: 'Thư viện tệp' };

const KINDS = [
  { value: undefined, label: 'Tất cả' },
  { value: 'IMAGE', label: 'Ảnh' },
  { value: 'DOCUMENT', label: 'Tài liệu' },
  { value: 'VIDEO', label: 'Video' },
] as const;

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ loai?: string; trang?: string }> };

export default async function ConsoleMediaLibrary({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const sp = await searchParams;
  const kind = KINDS.find((k) => k.value === sp.loai)?.value;
  const page = Math.max(1, Number.parseInt(sp.trang ?? '1', 10) || 1);
  const result = await listMediaForConsole(actor, site.id, { page, kind });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const base = `/quan-tri/trang/${site.id}/thu-vien`;
  const link = (k: string | undefined, p = 1) => `${base}?${new URLSearchParams({ ...(k ? { loai: k } : {}), ...(p > 1 ? { trang: String(p) } : {}) })}`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Thư viện tệp</h1>
      <p>Ảnh được tải lên một lần, tự thu nhỏ thành nhiều cỡ (WebP, AVIF) và xóa thông tin vị trí, thiết bị. Tệp chỉ hiện ra công khai khi nội dung dùng nó đã được đăng.</p>
      <MediaUploadForm siteId={site.id} />
      <h2>Tệp đã có ({result.total})</h2>
      <nav aria-label="Lọc theo loại tệp">
        <ul className="inline-list">
          {KINDS.map((k) => (
            <li key={k.label}>
              <a href={link(k.value)} aria-current={k.value === kind ? 'page' : undefined}>{k.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <MediaGrid siteId={site.id} items={result.items} />
      {pages > 1 ? (
        <nav aria-label="Phân trang">
          <p>
            {page > 1 ? <a href={link(kind, page - 1)}>← Trang trước</a> : null} Trang {page}/{pages}{' '}
            {page < pages ? <a href={link(kind, page + 1)}>Trang sau →</a> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
