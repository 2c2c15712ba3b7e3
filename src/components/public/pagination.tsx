/** Previous/next pagination with the current position, as plain links (works without JavaScript). */
export function Pagination({ page, pageSize, total, href, lang = 'vi' }: { page: number; pageSize: number; total: number; href: (page: number) => string; lang?: 'vi' | 'en' }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = lang === 'en' ? { nav: 'Pages', prev: 'Previous page', next: 'Next page', of: (p: number, n: number) => `Page ${p} of ${n}` } : { nav: 'Phân trang', prev: 'Trang trước', next: 'Trang sau', of: (p: number, n: number) => `Trang ${p}/${n}` };
  return (
    <nav className="pagination" aria-label={t.nav}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {t.prev}
        </a>
      ) : null}
      <span>{t.of(page, pages)}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t.next} →
        </a>
      ) : null}
    </nav>
  );
}

/** ?trang=N parsed leniently: anything invalid is page 1. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
