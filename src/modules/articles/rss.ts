import type { ArticleSummary } from './articles.service';

function esc(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** RSS 2.0 of a site or a category (X1); every URL absolute on the site's own host. */
export function buildRss(input: { title: string; description: string; siteUrl: string; selfUrl: string; items: ArticleSummary[] }): string {
  const items = input.items
    .map(
      (a) => `    <item>
      <title>${esc(a.title)}</title>
      <link>${esc(`${input.siteUrl}/tin-tuc/${a.slug}`)}</link>
      <guid isPermaLink="true">${esc(`${input.siteUrl}/tin-tuc/${a.slug}`)}</guid>
      <description>${esc(a.sapo)}</description>
      <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>
${a.categories.map((c) => `      <category>${esc(c.name)}</category>\n`).join('')}${a.author ? `      <dc:creator>${esc(a.author)}</dc:creator>\n` : ''}    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${esc(input.title)}</title>
    <link>${esc(input.siteUrl)}/</link>
    <description>${esc(input.description)}</description>
    <language>vi</language>
    <atom:link href="${esc(input.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}
