import { findSitemapEntries } from './sitemap.repository';

function esc(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Public sections every site has (CONTRACT "Public pages"); others arrive with their issues. */
const SECTIONS = ['/', '/gioi-thieu', '/gioi-thieu/lanh-dao', '/tin-tuc', '/van-ban', '/lich-cong-tac', '/du-an', '/dich-vu-cong', '/thu-vien-anh', '/video', '/lien-he'];

export type SitemapUrl = { loc: string; lastmod?: Date };

export function buildSitemapXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => `  <url><loc>${esc(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** sitemap.xml of one site: its sections and every published item, absolute on its own host. */
export async function sitemapFor(site: { id: string; parentId: string | null }, origin: string): Promise<string> {
  const e = await findSitemapEntries(site.id);
  const prefix = (lang: string) => (lang === 'en' ? '/en' : '');
  const urls: SitemapUrl[] = [
    ...SECTIONS.map((p) => ({ loc: `${origin}${p}` })),
    ...(site.parentId ? [] : [{ loc: `${origin}/don-vi` }]),
    ...e.categories.map((c) => ({ loc: `${origin}/chuyen-muc/${c.slug}`, lastmod: c.updatedAt })),
    ...e.articles.map((a) => ({ loc: `${origin}${prefix(a.lang)}/tin-tuc/${a.slug}`, lastmod: a.updatedAt })),
    ...e.documents.map((d) => ({ loc: `${origin}${prefix(d.lang)}/van-ban/${d.slug}`, lastmod: d.updatedAt })),
    ...e.projects.map((d) => ({ loc: `${origin}${prefix(d.lang)}/du-an/${d.slug}`, lastmod: d.updatedAt })),
    ...e.services.map((d) => ({ loc: `${origin}/dich-vu-cong/${d.slug}`, lastmod: d.updatedAt })),
    ...e.pages.map((d) => ({ loc: `${origin}${prefix(d.lang)}/gioi-thieu/${d.slug}`, lastmod: d.updatedAt })),
    ...e.leaders.map((d) => ({ loc: `${origin}${prefix(d.lang)}/gioi-thieu/lanh-dao/${d.slug}`, lastmod: d.updatedAt })),
    ...e.galleries.map((d) => ({ loc: `${origin}${prefix(d.lang)}/${d.kind === 'VIDEO' ? 'video' : 'thu-vien-anh'}/${d.slug}`, lastmod: d.updatedAt })),
  ];
  return buildSitemapXml(urls);
}

export function robotsFor(origin: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /quan-tri', 'Disallow: /api/auth/', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
