import type { Metadata } from 'next';
import { Pagination } from '@/components/public/pagination';
import { formatDateVi } from '@/lib/dates';
import { isAppError } from '@/server/errors';
import { rootDomain } from '@/server/env';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { parseSearchPageParams, searchPageHref, type SearchFilter } from '../search.schemas';
import { getSearchScope, listSearchFields, searchContent, SEARCH_TYPE_OPTIONS, type SearchResultDto, type SearchScope } from '../search.service';
import './search.css';

export type SearchParams = Record<string, string | string[] | undefined>;

export function searchPageMetadata(searchParams: SearchParams): Metadata {
  const { q } = parseSearchPageParams(searchParams);
  // Result pages are for people, not for crawlers' indexes.
  return { title: q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', robots: { index: false, follow: true } };
}

function Select(props: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div className="form-group">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search form as a plain GET form: works without JavaScript; the address holds every filter. */
function SearchForm({ filter, scope, fields }: { filter: SearchFilter; scope: SearchScope; fields: string[] }) {
  const type = SEARCH_TYPE_OPTIONS.find((o) => o.type === filter.types[0])?.param ?? '';
  const withChosen = filter.field && !fields.includes(filter.field) ? [filter.field, ...fields] : fields;
  return (
    <form className="search-form" method="get" action="/tim-kiem" role="search" aria-labelledby="tim-kiem-loc">
      <h2 id="tim-kiem-loc" className="search-form__title">
        Từ khóa và bộ lọc
      </h2>
      <div className="form-group">
        <label htmlFor="tk-q">Từ khóa</label>
        <span className="hint" id="tk-q-hint">
          Gõ có dấu hoặc không dấu; tìm văn bản theo số ký hiệu, ví dụ 12/2024/QĐ-UBND.
        </span>
        <input type="search" id="tk-q" name="q" defaultValue={filter.q} aria-describedby="tk-q-hint" maxLength={200} />
      </div>
      <div className="search-form__grid">
        <Select id="tk-loai" name="loai" label="Loại nội dung" value={type} options={[{ value: '', label: 'Tất cả' }, ...SEARCH_TYPE_OPTIONS.map((o) => ({ value: o.param, label: o.label }))]} />
        {scope.isRoot ? (
          <Select id="tk-don-vi" name="don-vi" label="Đơn vị" value={filter.site ?? ''} options={[{ value: '', label: 'Tất cả các trang' }, ...scope.sites.map((s) => ({ value: s.host, label: s.name }))]} />
        ) : null}
        <Select id="tk-linh-vuc" name="linh-vuc" label="Lĩnh vực" value={filter.field ?? ''} options={[{ value: '', label: 'Tất cả lĩnh vực' }, ...withChosen.map((f) => ({ value: f, label: f }))]} />
        <div className="form-group">
          <label htmlFor="tk-tu-ngay">Từ ngày</label>
          <input type="date" id="tk-tu-ngay" name="tu-ngay" defaultValue={filter.from ?? ''} />
        </div>
        <div className="form-group">
          <label htmlFor="tk-den-ngay">Đến ngày</label>
          <input type="date" id="tk-den-ngay" name="den-ngay" defaultValue={filter.to ?? ''} />
        </div>
        <Select id="tk-sap-xep" name="sap-xep" label="Sắp xếp" value={filter.sort === 'date' ? 'moi-nhat' : ''} options={[{ value: '', label: 'Liên quan nhất' }, { value: 'moi-nhat', label: 'Mới nhất' }]} />
      </div>
      <button type="submit" className="button">
        Tìm kiếm
      </button>
    </form>
  );
}

function EmptyState({ filter, scope, rootSearch }: { filter: SearchFilter; scope: SearchScope; rootSearch: string | null }) {
  const filtered = filter.types.length > 0 || Boolean(filter.site || filter.field || filter.from || filter.to);
  return (
    <div className="search-empty">
      <p>
        <strong>Không tìm thấy kết quả nào cho “{filter.q}”.</strong>
      </p>
      <p>Bạn có thể thử:</p>
      <ul>
        <li>kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ “ke hoach chuyen doi so”);</li>
        <li>dùng ít từ hơn hoặc từ chung hơn; viết tắt như UBND, HĐND, TTHC, QĐ, NĐ cũng được;</li>
        <li>
          tìm văn bản theo số ký hiệu (ví dụ “12/2024/QĐ-UBND”), hoặc dùng trang <a href="/van-ban">Văn bản</a> với bộ lọc chi tiết;
        </li>
        {filtered ? (
          <li>
            <a href={searchPageHref({ q: filter.q })}>bỏ các bộ lọc và tìm lại</a>;
          </li>
        ) : null}
        {!scope.isRoot && rootSearch ? (
          <li>
            <a href={rootSearch}>tìm trên Cổng thông tin điện tử tỉnh</a> (mọi trang thành phần).
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function Results({ result, filter, origin }: { result: SearchResultDto; filter: SearchFilter; origin: (host: string) => string }) {
  return (
    <>
      <p>
        Tìm thấy {result.totalCapped ? 'hơn ' : ''}
        {result.total.toLocaleString('vi-VN')} kết quả cho “{result.query}”.
      </p>
      {result.totalCapped ? <p className="search-notice">Có rất nhiều kết quả; kết quả có từ khóa trong tiêu đề được xếp trước. Thêm từ hoặc chọn bộ lọc để thu hẹp.</p> : null}
      {result.corrected ? (
        <p className="search-notice">
          Có từ không thấy trong nội dung nên đã tìm cả từ gần đúng: “{result.corrected}”.
        </p>
      ) : null}
      <ol className="search-results" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((hit) => (
          <li key={`${hit.type}-${hit.site.id}-${hit.slug}-${hit.lang}`} className="search-result">
            <h3 className="search-result__title">
              <a href={`${origin(hit.site.host)}${hit.path}`} lang={hit.lang === 'en' ? 'en' : undefined} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
            </h3>
            <p className="search-result__meta">
              <span className="search-result__type">{hit.typeLabel}</span>
              {hit.exactNumber ? <span className="search-result__match">Đúng số ký hiệu</span> : null}
              <span>{hit.site.name}</span>
              {hit.date ? <time dateTime={hit.date}>{formatDateVi(hit.date)}</time> : null}
            </p>
            {/* Escaped by the service (search-text.ts): only <mark> is markup. */}
            <p className="search-result__excerpt" lang={hit.lang === 'en' ? 'en' : undefined} dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
          </li>
        ))}
      </ol>
    </>
  );
}

/** /tim-kiem (S1): the root portal searches every active site, a sub-site only itself. */
export async function SearchPage({ host, searchParams }: { host: string; searchParams: SearchParams }) {
  const site = await getRequestSite(host);
  const scope = await getSearchScope(site);
  const parsed = parseSearchPageParams(searchParams);
  // A site filter only from the list shown (lenient page: an unknown one is dropped, not an error).
  const filter: SearchFilter = { ...parsed, site: scope.isRoot && scope.sites.some((s) => s.host === parsed.site) ? parsed.site : undefined };
  const [fields, origin] = await Promise.all([listSearchFields(scope), originResolver()]);
  let result: SearchResultDto | null = null;
  let unavailable: string | null = null;
  if (filter.q) {
    try {
      result = await searchContent({ scope, filter });
    } catch (error) {
      if (!isAppError(error)) throw error;
      unavailable = error.message;
    }
  }
  const rootSearch = scope.isRoot || !filter.q ? null : `${origin(rootDomain())}${searchPageHref({ q: filter.q })}`;
  return (
    <div className="search-page">
      <h1>Tìm kiếm</h1>
      <p className="lead">{scope.isRoot ? 'Tìm tin bài, văn bản, trang giới thiệu, lãnh đạo, dự án và thư viện trên mọi trang thành phần của tỉnh.' : `Tìm tin bài, văn bản, trang giới thiệu, lãnh đạo, dự án và thư viện của ${site.name}.`}</p>
      <SearchForm filter={filter} scope={scope} fields={fields} />
      <section aria-labelledby="ket-qua-tim-kiem">
        <h2 id="ket-qua-tim-kiem">Kết quả</h2>
        {unavailable ? (
          <p className="search-notice" role="status">
            {unavailable}
          </p>
        ) : !result ? (
          <p>Nhập từ khóa vào ô phía trên rồi bấm “Tìm kiếm”.</p>
        ) : result.total === 0 ? (
          <EmptyState filter={filter} scope={scope} rootSearch={rootSearch} />
        ) : (
          <Results result={result} filter={filter} origin={origin} />
        )}
      </section>
      {result ? <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => searchPageHref(filter, p)} /> : null}
    </div>
  );
}
