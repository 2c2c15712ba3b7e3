import { formatDateTimeVi } from '@/lib/dates';
import { slugify } from '@/lib/vietnamese';
import type { ArticleDetail } from './articles.service';

function esc(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A self-contained HTML file of an article for "save" (C1, seed 003 Đ6.1c). */
export function articleDownload(article: ArticleDetail, ctx: { siteName: string; url: string }): { fileName: string; html: string } {
  const html = `<!doctype html>
<html lang="${article.lang}"><head><meta charset="utf-8"><title>${esc(article.title)}</title>
<style>body{font-family:system-ui,Arial,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6}img{max-width:100%}</style></head>
<body><p><strong>${esc(ctx.siteName)}</strong></p><h1>${esc(article.title)}</h1>
<p>${esc(formatDateTimeVi(article.publishedAt))}</p><p><strong>${esc(article.sapo)}</strong></p>
${article.bodyHtml}
<p><strong>${article.author ? `Tác giả: ${esc(article.author)}` : ''}${article.source ? ` — Nguồn: ${esc(article.source)}` : ''}</strong></p>
<p>Địa chỉ bài viết: <a href="${esc(ctx.url)}">${esc(ctx.url)}</a></p></body></html>`;
  return { fileName: `${slugify(article.title, 60) || 'bai-viet'}.html`, html };
}
