import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { Pagination } from '@/components/public/pagination';
import { decodeSlug } from '@/modules/documents/documents.schemas';
import { JsonLd } from '@/modules/seo/json-ld';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { LEVEL_SLUGS } from '../service-levels';
import { serviceJsonLd, serviceMetadata } from '../service-seo';
import { parseCatalogueQuery, type CatalogueQuery } from '../services.schemas';
import { getPublishedService, listServiceCatalogue } from '../services.service';
import { ServiceCatalogueList, ServiceFilters } from './service-catalogue';
import { ServiceView } from './service-view';

/** /dich-vu-cong: the site's procedures grouped by field; on the root portal every unit's (P3). */
export async function ServiceCataloguePage({ host, query }: { host: string; query: CatalogueQuery }) {
  const site = await getRequestSite(host);
  const isRoot = !site.parentId;
  const p = parseCatalogueQuery(query);
  const [result, originFor] = await Promise.all([listServiceCatalogue({ site, q: p.q, field: p.field, levelSlug: p.levelSlug, siteCode: p.siteCode, page: p.page }), originResolver()]);
  const filtered = Boolean(p.q || p.field || result.level || result.unit);
  const href = (n: number) => {
    const q = new URLSearchParams();
    if (p.q) q.set('q', p.q);
    if (result.unit) q.set('don-vi', result.unit.code);
    if (p.field) q.set('linh-vuc', p.field);
    if (result.level) q.set('muc-do', LEVEL_SLUGS[result.level]);
    q.set('trang', String(n));
    return `/dich-vu-cong?${q.toString()}`;
  };
  return (
    <>
      <h1>Thủ tục hành chính, dịch vụ công trực tuyến</h1>
      <p className="lead">
        {isRoot
          ? 'Danh mục thủ tục hành chính của các sở, ban, ngành và địa phương trong tỉnh: thành phần hồ sơ, thời hạn, phí, biểu mẫu và nơi nộp hồ sơ trực tuyến.'
          : 'Danh mục thủ tục hành chính do đơn vị giải quyết: thành phần hồ sơ, thời hạn, phí, biểu mẫu và nơi nộp hồ sơ trực tuyến.'}
      </p>
      <ServiceFilters fields={result.fields} units={result.units} showUnits={isRoot} q={p.q} field={p.field} level={result.level} unit={result.unit?.code} />
      {result.total === 0 ? (
        <p>{filtered ? 'Không có thủ tục nào khớp với điều kiện tìm.' : 'Đơn vị chưa công bố thủ tục hành chính nào.'}</p>
      ) : (
        <>
          <p className="meta" role="status">
            {result.total} thủ tục
          </p>
          <ServiceCatalogueList items={result.items} currentSiteId={site.id} originFor={originFor} showUnit={isRoot} />
        </>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} />
    </>
  );
}

/** Once per request: the page and its metadata share one load. */
const loadService = cache(async (host: string, rawKey: string) => {
  const site = await getRequestSite(host);
  const key = decodeSlug(rawKey);
  const service = key ? await getPublishedService({ site, key }) : null;
  if (!service) notFound();
  const originFor = await originResolver();
  return { site, service, originFor, url: `${originFor(site.host)}/dich-vu-cong/${service.slug}` };
});

export async function servicePageMetadata(host: string, key: string): Promise<Metadata> {
  const { site, service, url } = await loadService(host, key);
  return serviceMetadata(service, { url, siteName: site.name, publisher: site.governingBody ?? site.name });
}

export async function ServiceDetailPage({ host, slug }: { host: string; slug: string }) {
  const { site, service, url, originFor } = await loadService(host, slug);
  return (
    <>
      <JsonLd data={serviceJsonLd(service, { url, publisher: site.governingBody ?? site.name })} />
      <ServiceView service={service} originFor={originFor} />
    </>
  );
}
