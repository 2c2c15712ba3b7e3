import { db } from '@/server/db';
import { publishedWhere } from '@/modules/content/visibility';

/** Every published public item of one site, for sitemap.xml (X1). */
export async function findSitemapEntries(siteId: string) {
  const where = { siteId, ...publishedWhere() };
  const select = { slug: true, lang: true, updatedAt: true } as const;
  const [articles, categories, documents, projects, pages, galleries, leaders, services] = await Promise.all([
    db().article.findMany({ where, select, orderBy: { publishedAt: 'desc' }, take: 40_000 }),
    db().category.findMany({ where: { siteId }, select: { slug: true, updatedAt: true } }),
    db().document.findMany({ where, select, take: 5_000 }),
    db().project.findMany({ where, select, take: 2_000 }),
    db().page.findMany({ where, select, take: 1_000 }),
    db().gallery.findMany({ where, select: { ...select, kind: true }, take: 1_000 }),
    // Leaders' profiles (C2); an English profile only when its Vietnamese original is public too.
    db().person.findMany({ where: { ...where, isLeader: true, OR: [{ lang: 'vi' }, { translationOf: { is: { siteId, ...publishedWhere() } } }] }, select, take: 500 }),
    db().publicService.findMany({ where, select: { slug: true, updatedAt: true }, take: 5_000 }),
  ]);
  return { articles, categories, documents, projects, pages, galleries, leaders, services };
}
