import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteDirectoryTree } from '@/modules/sites/components/site-directory-tree';
import { getPublicSiteTree } from '@/modules/sites/sites.service';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';

type Props = { params: Promise<{ host: string }> };

export const metadata: Metadata = { title: 'Các trang thành phần' };

/** Root portal only: every active component site as a tree with links (T4). */
export default async function SiteDirectoryPage({ params }: Props) {
  const site = await getRequestSite((await params).host);
  if (site.parentId) notFound();
  const [tree, origin] = await Promise.all([getPublicSiteTree(), originResolver()]);
  return (
    <>
      <h1>Các trang thành phần</h1>
      <p className="lead">Cổng thông tin điện tử của các sở, ban, ngành, địa phương và đơn vị thuộc {site.name}.</p>
      <SiteDirectoryTree nodes={tree} originFor={origin} showKind />
    </>
  );
}
