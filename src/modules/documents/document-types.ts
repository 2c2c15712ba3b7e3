/**
 * The fixed vocabulary of legal and administrative documents (C3, C5): kinds of document
 * (Luật 2015 về ban hành văn bản quy phạm pháp luật, Nghị định 30/2020 về công tác văn thư) and
 * legal status. Codes are stored and used by the API; labels are what people read; URL values are
 * the codes in lower-kebab case ("QUYET_DINH" ↔ "quyet-dinh").
 */

export const DOCUMENT_TYPES = [
  { code: 'LUAT', vi: 'Luật', en: 'Law' },
  { code: 'PHAP_LENH', vi: 'Pháp lệnh', en: 'Ordinance' },
  { code: 'NGHI_QUYET', vi: 'Nghị quyết', en: 'Resolution' },
  { code: 'NGHI_DINH', vi: 'Nghị định', en: 'Decree' },
  { code: 'QUYET_DINH', vi: 'Quyết định', en: 'Decision' },
  { code: 'THONG_TU', vi: 'Thông tư', en: 'Circular' },
  { code: 'CHI_THI', vi: 'Chỉ thị', en: 'Directive' },
  { code: 'CHIEN_LUOC', vi: 'Chiến lược', en: 'Strategy' },
  { code: 'QUY_HOACH', vi: 'Quy hoạch', en: 'Master plan' },
  { code: 'KE_HOACH', vi: 'Kế hoạch', en: 'Plan' },
  { code: 'CHUONG_TRINH', vi: 'Chương trình', en: 'Programme' },
  { code: 'DE_AN', vi: 'Đề án', en: 'Scheme' },
  { code: 'HUONG_DAN', vi: 'Hướng dẫn', en: 'Guidance' },
  { code: 'CONG_VAN', vi: 'Công văn', en: 'Official letter' },
  { code: 'THONG_BAO', vi: 'Thông báo', en: 'Notice' },
  { code: 'BAO_CAO', vi: 'Báo cáo', en: 'Report' },
] as const;

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];
export const DOCUMENT_TYPE_CODES = DOCUMENT_TYPES.map((t) => t.code) as [DocumentTypeCode, ...DocumentTypeCode[]];

/**
 * Groups of types with a page of their own. "quy-hoach" is the home of C5 (chiến lược, quy hoạch,
 * kế hoạch — seed 001 Đ7.1đ): the menu links to /van-ban?nhom=quy-hoach.
 */
export const DOCUMENT_GROUPS = {
  'quy-hoach': {
    vi: 'Chiến lược, quy hoạch, kế hoạch',
    en: 'Strategies, master plans and plans',
    types: ['CHIEN_LUOC', 'QUY_HOACH', 'KE_HOACH'] as DocumentTypeCode[],
  },
} as const;
export type DocumentGroup = keyof typeof DOCUMENT_GROUPS;

export const LEGAL_STATUSES = [
  { code: 'NOT_YET_EFFECTIVE', vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  { code: 'IN_FORCE', vi: 'Còn hiệu lực', en: 'In force' },
  { code: 'PARTLY_EXPIRED', vi: 'Hết hiệu lực một phần', en: 'Partly expired' },
  { code: 'EXPIRED', vi: 'Hết hiệu lực', en: 'Expired' },
  { code: 'REPLACED', vi: 'Bị thay thế', en: 'Replaced' },
] as const;

export type LegalStatusCode = (typeof LEGAL_STATUSES)[number]['code'];
export const LEGAL_STATUS_CODES = LEGAL_STATUSES.map((s) => s.code) as [LegalStatusCode, ...LegalStatusCode[]];

export type Lang = 'vi' | 'en';

export function isDocumentType(code: string): code is DocumentTypeCode {
  return (DOCUMENT_TYPE_CODES as string[]).includes(code);
}

export function isLegalStatus(code: string): code is LegalStatusCode {
  return (LEGAL_STATUS_CODES as string[]).includes(code);
}

export function isDocumentGroup(value: string): value is DocumentGroup {
  return Object.hasOwn(DOCUMENT_GROUPS, value);
}

/** "Quyết định" for QUYET_DINH; an unknown code (older data) is shown as it is. */
export function documentTypeLabel(code: string, lang: Lang = 'vi'): string {
  return DOCUMENT_TYPES.find((t) => t.code === code)?.[lang] ?? code;
}

export function legalStatusLabel(code: string, lang: Lang = 'vi'): string {
  return LEGAL_STATUSES.find((s) => s.code === code)?.[lang] ?? code;
}

/** QUYET_DINH → "quyet-dinh" (URL values of the public search form). */
export function codeToParam(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** "quyet-dinh" (or "QUYET_DINH") → QUYET_DINH when it is one of `codes`, otherwise undefined. */
export function paramToCode<C extends string>(value: string | undefined, codes: readonly C[]): C | undefined {
  if (!value) return undefined;
  const code = value.trim().toUpperCase().replace(/-/g, '_');
  return (codes as readonly string[]).includes(code) ? (code as C) : undefined;
}

/** The public search's query string for a filter (links keep the filters: pagination, groups). */
export function documentSearchQuery(
  f: { q?: string; type?: string; group?: string; field?: string; issuer?: string; year?: number; status?: string },
  page = 1,
): string {
  const p = new URLSearchParams();
  if (f.group) p.set('nhom', f.group);
  if (f.q) p.set('q', f.q);
  if (f.type) p.set('loai', codeToParam(f.type));
  if (f.field) p.set('linh-vuc', f.field);
  if (f.issuer) p.set('co-quan', f.issuer);
  if (f.year) p.set('nam', String(f.year));
  if (f.status) p.set('hieu-luc', codeToParam(f.status));
  if (page > 1) p.set('trang', String(page));
  const s = p.toString();
  return s ? `?${s}` : '';
}
