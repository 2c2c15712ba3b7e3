import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { canManageSiteStructure } from '@/modules/content/content.policy';
import { LinkManager } from '@/modules/links/components/link-manager';
import { listLinkGroupsForConsole } from '@/modules/links/links.service';

export const metadata: Metadata = { title: 'Liên kết website' };

export default async function ConsoleLinks({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const groups = await listLinkGroupsForConsole(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Liên kết website</h1>
      <p>Các nhóm liên kết tới cổng thông tin của Chính phủ, bộ, ngành và địa phương hiện ở cuối mọi trang. Nhóm và liên kết xếp theo số thứ tự nhỏ trước.</p>
      <LinkManager siteId={site.id} groups={groups} canManage={canManageSiteStructure(actor, site.id)} />
    </>
  );
}
