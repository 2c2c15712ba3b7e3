import { z } from 'zod';
import { AppError } from '@/server/errors';
import { parseInput } from '@/server/validation';
import { PagingSchema } from '@/server/api';
import type { SiteDto } from '@/modules/sites/sites.dto';
import { LEVEL_LABELS, SERVICE_LEVELS } from './service-levels';
import { listServiceCatalogue, type ServiceSummary } from './services.service';

const apiText = (name: string, max: number) =>
  z
    .string()
    .optional()
    .transform((v) => v?.normalize('NFC').trim() || undefined)
    .pipe(z.string().max(max, { error: `Tham số ${name} dài tối đa ${max} ký tự.` }).optional());

/** GET /api/v1/services query: a wrong value is refused with a JSON error rather than ignored. */
export const ApiServiceQuerySchema = PagingSchema.extend({
  level: z.enum(SERVICE_LEVELS, { error: `Tham số level phải là một trong: ${SERVICE_LEVELS.join(', ')}.` }).optional(),
  field: apiText('field', 200),
  q: apiText('q', 200),
  site: apiText('site', 100).transform((v) => v?.toLowerCase()),
});

/** The service resource of the public API (CONTRACT "Public JSON API", X2). */
export function toApiService(s: ServiceSummary, originFor: (host: string) => string) {
  return {
    slug: s.slug,
    code: s.code,
    name: s.name,
    field: s.field,
    level: s.level,
    levelLabel: LEVEL_LABELS[s.level],
    implementingBody: s.implementingBody,
    onlineUrl: s.onlineUrl,
    publishedAt: s.publishedAt,
    site: { host: s.site.host, name: s.site.name, code: s.site.code },
    url: `${originFor(s.site.host)}/dich-vu-cong/${s.slug}`,
  };
}

/** /api/v1/services: the site's published procedures; on the root portal every unit's (P3), `site` narrows to one. */
export async function apiListServices(site: SiteDto, originFor: (host: string) => string, query: Record<string, string>) {
  const q = parseInput(ApiServiceQuerySchema, query);
  const r = await listServiceCatalogue({ site, q: q.q, field: q.field, level: q.level, siteCode: q.site, page: q.page, pageSize: q.pageSize });
  if (q.site && !site.parentId && !r.unit) throw new AppError('VALIDATION', `Tham số site: không có đơn vị "${q.site}" (dùng mã hoặc tên miền).`);
  return { items: r.items.map((s) => toApiService(s, originFor)), page: r.page, pageSize: r.pageSize, total: r.total };
}
