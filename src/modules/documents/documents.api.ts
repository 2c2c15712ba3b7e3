import { z } from 'zod';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import { PagingSchema } from '@/server/api';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { decodeSlug } from './documents.schemas';
import { DOCUMENT_GROUPS, DOCUMENT_TYPE_CODES, LEGAL_STATUS_CODES, type DocumentGroup } from './document-types';
import { getPublishedDocument, searchDocuments, type DocumentLink, type DocumentSummary } from './documents.service';

const pathOf = (d: { lang: string; slug: string }) => `${d.lang === 'en' ? '/en' : ''}/van-ban/${d.slug}`;

/** The document resource of the public API (CONTRACT "Public JSON API", X2); dates are ISO 8601. */
export function toApiDocument(d: DocumentSummary, site: SiteDto, origin: string) {
  return {
    slug: d.slug,
    lang: d.lang,
    number: d.number,
    type: d.type,
    typeLabel: d.typeLabel,
    issuer: d.issuer,
    signer: d.signer,
    issuedAt: d.issuedAt,
    effectiveAt: d.effectiveAt,
    expiresAt: d.expiresAt,
    status: d.status,
    statusLabel: d.statusLabel,
    summary: d.summary,
    field: d.field,
    publishedAt: d.publishedAt,
    files: d.files.map((f) => ({ name: f.name, mimeType: f.mimeType, size: f.size, url: `${origin}${f.url}` })),
    site: { host: site.host, name: site.name },
    url: `${origin}${pathOf(d)}`,
  };
}

const toApiLink = (l: DocumentLink, origin: string) => ({ slug: l.slug, number: l.number, typeLabel: l.typeLabel, summary: l.summary, url: `${origin}${pathOf(l)}` });

const apiText = (name: string, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => v?.normalize('NFC').trim() || undefined)
    .pipe(z.string().max(max, { error: `Tham số ${name} dài tối đa ${max} ký tự.` }).optional());

const yearMessage = 'Tham số year phải là năm có 4 chữ số (1945–2100).';

/** GET /api/v1/documents query: a wrong value is refused with a JSON error rather than ignored. */
export const ApiDocumentQuerySchema = PagingSchema.extend({
  type: z.enum(DOCUMENT_TYPE_CODES, { error: `Tham số type phải là một trong: ${DOCUMENT_TYPE_CODES.join(', ')}.` }).optional(),
  group: z.enum(Object.keys(DOCUMENT_GROUPS) as [DocumentGroup, ...DocumentGroup[]], { error: `Tham số group phải là: ${Object.keys(DOCUMENT_GROUPS).join(', ')}.` }).optional(),
  status: z.enum(LEGAL_STATUS_CODES, { error: `Tham số status phải là một trong: ${LEGAL_STATUS_CODES.join(', ')}.` }).optional(),
  year: z.coerce.number({ error: yearMessage }).int({ error: yearMessage }).min(1945, { error: yearMessage }).max(2100, { error: yearMessage }).optional(),
  field: apiText('field', 120),
  issuer: apiText('issuer', 200),
  number: apiText('number', 100),
  q: apiText('q', 200),
  lang: z.enum(['vi', 'en'], { error: 'Tham số lang phải là vi hoặc en.' }).default('vi'),
});

export async function apiListDocuments(site: SiteDto, origin: string, query: Record<string, string>) {
  const q = parseInput(ApiDocumentQuerySchema, query);
  const r = await searchDocuments({
    siteId: site.id,
    filter: { lang: q.lang, q: q.q, number: q.number, type: q.type, group: q.group, field: q.field, issuer: q.issuer, year: q.year, status: q.status },
    page: q.page,
    pageSize: q.pageSize,
  });
  return { items: r.items.map((d) => toApiDocument(d, site, origin)), page: r.page, pageSize: r.pageSize, total: r.total };
}

export async function apiGetDocument(site: SiteDto, origin: string, rawSlug: string, query: Record<string, string>) {
  const lang = query.lang === 'en' ? 'en' : 'vi';
  const slug = decodeSlug(rawSlug);
  const d = slug ? await getPublishedDocument({ siteId: site.id, slug, lang }) : null;
  if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
  return {
    ...toApiDocument(d, site, origin),
    updatedAt: d.updatedAt,
    bodyHtml: d.bodyHtml,
    replacedBy: d.replacedBy ? toApiLink(d.replacedBy, origin) : null,
    replaces: d.replaces.map((l) => toApiLink(l, origin)),
    related: d.related.map((l) => toApiLink(l, origin)),
  };
}
