import type { Metadata } from 'next';
import { listCategoriesForConsole } from '@/modules/articles/categories.service';
import { CategoryManager } from '@/modules/articles/components/category-forms';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { canManageSiteStructure } from '@/modules/content/content.policy';

export const metadata: Metadata = { title: 'Chuyên mục' };

export default async function ConsoleCategories({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const categories = await listCategoriesForConsole(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Chuyên mục</h1>
      <CategoryManager siteId={site.id} categories={categories} canManage={canManageSiteStructure(actor, site.id)} />
    </>
  );
}
