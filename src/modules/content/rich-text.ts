import { z } from 'zod';

/**
 * Rich text (tiptap JSON) with an allow-list of nodes and marks (issue 3 "Bad input"), rendered to
 * HTML on the server by construction: only allowed nodes become tags, every text is escaped, links
 * are http(s)/mailto only and images come from the site's own media URLs. Because the HTML is built
 * here from validated JSON rather than cleaned after the fact, nothing a paste brings in survives.
 */

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const MEDIA_URL = /^\/media\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/[A-Za-z0-9._-]+$/;

export const RICH_TEXT_LIMITS = { maxNodes: 20_000, maxTextLength: 200_000, maxDepth: 12 };

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('strike') }),
  z.object({ type: z.literal('subscript') }),
  z.object({ type: z.literal('superscript') }),
  z.object({ type: z.literal('code') }),
  z.object({
    type: z.literal('link'),
    attrs: z.object({
      href: z.string().max(2000).refine((v) => SAFE_URL.test(v) || v.startsWith('/'), { error: 'Liên kết chỉ được dùng http(s), mailto hoặc đường dẫn trong trang.' }),
      target: z.string().nullable().optional(),
    }).loose(),
  }),
]);

export type RichTextMark = z.infer<typeof markSchema>;
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};

const NODE_TYPES = new Set([
  'doc', 'paragraph', 'text', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak',
  'horizontalRule', 'image', 'table', 'tableRow', 'tableHeader', 'tableCell', 'codeBlock',
]);

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z
    .object({
      type: z.string().refine((t) => NODE_TYPES.has(t), { error: 'Nội dung có thành phần không được phép.' }),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(nodeSchema).optional(),
      marks: z.array(markSchema).optional(),
      text: z.string().optional(),
    })
    .strip(),
);

export const RichTextSchema = z
  .object({ type: z.literal('doc'), content: z.array(nodeSchema).default([]) })
  .superRefine((doc, ctx) => {
    let nodes = 0;
    let text = 0;
    const walk = (n: RichTextNode, depth: number) => {
      nodes++;
      text += n.text?.length ?? 0;
      if (depth > RICH_TEXT_LIMITS.maxDepth) ctx.addIssue({ code: 'custom', message: 'Nội dung lồng nhau quá sâu.' });
      if (n.type === 'image') {
        const src = String(n.attrs?.src ?? '');
        if (!MEDIA_URL.test(src)) ctx.addIssue({ code: 'custom', message: 'Ảnh trong bài phải lấy từ thư viện ảnh của trang.' });
        if (!String(n.attrs?.alt ?? '').trim()) ctx.addIssue({ code: 'custom', message: 'Mỗi ảnh trong bài cần có mô tả thay thế (alt).' });
      }
      n.content?.forEach((c) => walk(c, depth + 1));
    };
    doc.content.forEach((n) => walk(n, 1));
    if (nodes > RICH_TEXT_LIMITS.maxNodes) ctx.addIssue({ code: 'custom', message: 'Nội dung quá dài.' });
    if (text > RICH_TEXT_LIMITS.maxTextLength) ctx.addIssue({ code: 'custom', message: `Nội dung dài quá ${RICH_TEXT_LIMITS.maxTextLength.toLocaleString('vi-VN')} ký tự.` });
  })
  .transform((doc) => normalizeText(doc) as { type: 'doc'; content: RichTextNode[] });

export type RichTextDoc = z.output<typeof RichTextSchema>;

function normalizeText(node: RichTextNode): RichTextNode {
  return {
    ...node,
    ...(node.text !== undefined ? { text: node.text.normalize('NFC') } : {}),
    ...(node.content ? { content: node.content.map(normalizeText) } : {}),
  };
}

function escapeHtml(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function renderMarks(text: string, marks: RichTextMark[] = []): string {
  let html = escapeHtml(text);
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold': html = `<strong>${html}</strong>`; break;
      case 'italic': html = `<em>${html}</em>`; break;
      case 'underline': html = `<u>${html}</u>`; break;
      case 'strike': html = `<s>${html}</s>`; break;
      case 'subscript': html = `<sub>${html}</sub>`; break;
      case 'superscript': html = `<sup>${html}</sup>`; break;
      case 'code': html = `<code>${html}</code>`; break;
      case 'link': {
        const href = mark.attrs.href;
        if (SAFE_URL.test(href) || href.startsWith('/')) {
          const external = /^https?:\/\//i.test(href);
          html = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${html}</a>`;
        }
        break;
      }
    }
  }
  return html;
}

function renderNode(node: RichTextNode): string {
  const inner = () => (node.content ?? []).map(renderNode).join('');
  switch (node.type) {
    case 'doc': return inner();
    case 'text': return renderMarks(node.text ?? '', node.marks);
    case 'paragraph': return `<p>${inner()}</p>`;
    case 'heading': {
      // Body headings start at h2: the page's h1 is the item's title.
      const level = Math.min(4, Math.max(2, Number(node.attrs?.level ?? 2)));
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'bulletList': return `<ul>${inner()}</ul>`;
    case 'orderedList': return `<ol>${inner()}</ol>`;
    case 'listItem': return `<li>${inner()}</li>`;
    case 'blockquote': return `<blockquote>${inner()}</blockquote>`;
    case 'hardBreak': return '<br>';
    case 'horizontalRule': return '<hr>';
    case 'codeBlock': return `<pre><code>${inner()}</code></pre>`;
    case 'image': {
      const src = String(node.attrs?.src ?? '');
      if (!MEDIA_URL.test(src)) return '';
      const alt = escapeHtml(String(node.attrs?.alt ?? ''));
      const title = node.attrs?.title ? `<figcaption>${escapeHtml(String(node.attrs.title))}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${alt}" loading="lazy" decoding="async">${title}</figure>`;
    }
    case 'table': return `<div class="table-wrap"><table>${inner()}</table></div>`;
    case 'tableRow': return `<tr>${inner()}</tr>`;
    case 'tableHeader': return `<th scope="col">${inner()}</th>`;
    case 'tableCell': return `<td>${inner()}</td>`;
    default: return '';
  }
}

/** HTML for a validated document. Call on save; store the result next to the JSON. */
export function renderRichText(doc: RichTextDoc | RichTextNode): string {
  return renderNode(doc as RichTextNode);
}

/** Plain text of a document (excerpts, feeds, search). */
export function richTextToPlain(doc: RichTextNode): string {
  if (doc.type === 'text') return doc.text ?? '';
  const sep = ['paragraph', 'heading', 'listItem', 'blockquote', 'tableRow'].includes(doc.type) ? '\n' : '';
  return (doc.content ?? []).map(richTextToPlain).join('') + sep;
}

/** A document from plain paragraphs (seed data, imports). */
export function paragraphsToDoc(paragraphs: string[]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: p ? [{ type: 'text', text: p.normalize('NFC') }] : [] })),
  };
}
