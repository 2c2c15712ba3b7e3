import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { DirectoryEntryForm, DirectoryManager } from '@/modules/intro/components/directory-manager';
import { listDirectoryForConsole } from '@/modules/intro/directory.service';

export const metadata: Metadata = { title: 'Danh bạ thư điện tử' };

/** The official e-mail directory (C7): shown on /lien-he as soon as it is saved. */
export default async function ConsoleDirectory({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const { entries, canManage } = await listDirectoryForConsole(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Danh bạ thư điện tử</h1>
      <p>Danh bạ thư điện tử công vụ hiện ngay ở trang Liên hệ khi lưu{canManage ? '' : '; chỉ quản trị trang và ban biên tập được sửa'}.</p>
      <DirectoryManager siteId={site.id} entries={entries} canManage={canManage} />
      {canManage ? (
        <>
          <h2>Thêm vào danh bạ</h2>
          <DirectoryEntryForm siteId={site.id} entry={null} />
        </>
      ) : null}
    </>
  );
}
