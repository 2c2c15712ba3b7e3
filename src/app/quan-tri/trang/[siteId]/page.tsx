import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { auditSitesOf } from '@/modules/audit/audit.service';
import { CONTENT_SECTIONS } from '@/modules/content/sections';
import { canEditContent } from '@/modules/content/content.policy';
import { getSiteForConsole } from '@/modules/sites/sites.service';
import { requireAdmin } from '@/server/admin-context';

export const metadata: Metadata = { title: 'Nội dung của trang' };

/** A site's content hub: every section the editors of this site work in. */
export default async function SiteContentHub({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor } = await requireAdmin();
  const { siteId } = await params;
  if (!/^[0-9a-f-]{36}$/.test(siteId) || !canEditContent(actor, siteId)) notFound();
  const site = await getSiteForConsole(actor, siteId);
  return (
    <>
      <h1>Nội dung: {site.name}</h1>
      <ul className="plain">
        {CONTENT_SECTIONS.map((s) => (
          <li key={s.path}>
            <a href={`/quan-tri/trang/${site.id}/${s.path}`}>{s.label}</a>
          </li>
        ))}
        {auditSitesOf(actor)?.includes(site.id) ?? true ? (
          <li>
            <a href={`/quan-tri/nhat-ky?siteId=${site.id}`}>Nhật ký của trang</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}
