import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { canPublishContent } from '@/modules/content/content.policy';
import { DirectoryEntryForm } from '@/modules/intro/components/directory-manager';
import { getDirectoryEntryForEditing } from '@/modules/intro/directory.service';

export const metadata: Metadata = { title: 'Sửa mục danh bạ' };

export default async function EditDirectoryEntry({ params }: { params: Promise<{ siteId: string; id: string }> }) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  if (!canPublishContent(actor, site.id) || !/^[0-9a-f-]{36}$/.test(id)) notFound();
  const entry = await getDirectoryEntryForEditing(actor, site.id, id);
  if (!entry) notFound();
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/danh-ba`}>← Danh bạ thư điện tử</a></p>
      <h1>Sửa mục danh bạ: {entry.unit}</h1>
      <DirectoryEntryForm siteId={site.id} entry={entry} />
    </>
  );
}
