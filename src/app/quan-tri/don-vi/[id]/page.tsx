import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DomainForms, SiteEditForm, SiteMoveForm, SiteStatusForm } from '@/modules/sites/components/site-settings-forms';
import { canEditSiteSettings, canManageSites, canViewSiteInConsole } from '@/modules/sites/sites.policy';
import { getSiteForConsole, listSitesForConsole } from '@/modules/sites/sites.service';
import { SITE_KIND_LABELS, SITE_STATUS_LABELS } from '@/modules/sites/sites.schemas';
import { requireAdmin } from '@/server/admin-context';
import { originResolver } from '@/server/public-origin';

export const metadata: Metadata = { title: 'Đơn vị' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ 'da-tao'?: string }> };

export default async function ConsoleSitePage({ params, searchParams }: Props) {
  const { actor } = await requireAdmin();
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id) || !canViewSiteInConsole(actor, id)) notFound();
  const site = await getSiteForConsole(actor, id);
  const origin = await originResolver();
  const created = (await searchParams)['da-tao'] === '1';
  const others = canManageSites(actor) ? (await listSitesForConsole(actor)).filter((s) => s.id !== site.id && s.status !== 'ARCHIVED') : [];
  return (
    <>
      {created ? (
        <div className="notice" role="status">
          Đã tạo trang. Trang đang hoạt động tại <a href={`${origin(site.host)}/`}>{site.host}</a>.
        </div>
      ) : null}
      <h1>{site.name}</h1>
      <dl className="facts">
        <dt>Loại</dt>
        <dd>{SITE_KIND_LABELS[site.kind]}</dd>
        <dt>Trạng thái</dt>
        <dd>{SITE_STATUS_LABELS[site.status]}</dd>
        <dt>Địa chỉ chính</dt>
        <dd>
          <a href={`${origin(site.host)}/`}>{site.host}</a>
        </dd>
        <dt>Mã đơn vị</dt>
        <dd>{site.code}</dd>
      </dl>
      {canEditSiteSettings(actor, site.id) ? (
        <section aria-labelledby="thong-tin">
          <h2 id="thong-tin" style={{ marginTop: '2rem' }}>
            Thông tin và giao diện
          </h2>
          <SiteEditForm site={site} />
        </section>
      ) : null}
      {canManageSites(actor) ? (
        <>
          <section aria-labelledby="ten-mien">
            <h2 id="ten-mien" style={{ marginTop: '2rem' }}>
              Tên miền
            </h2>
            <DomainForms site={site} />
          </section>
          {site.parentId ? (
            <section aria-labelledby="cap-tren">
              <h2 id="cap-tren" style={{ marginTop: '2rem' }}>
                Đơn vị cấp trên
              </h2>
              <SiteMoveForm site={site} parents={others.map((s) => ({ id: s.id, name: s.name }))} />
            </section>
          ) : null}
          <section aria-labelledby="trang-thai">
            <h2 id="trang-thai" style={{ marginTop: '2rem' }}>
              Tạm ngừng, lưu trữ
            </h2>
            <SiteStatusForm site={site} successors={others.map((s) => ({ id: s.id, name: s.name }))} />
          </section>
        </>
      ) : null}
    </>
  );
}
