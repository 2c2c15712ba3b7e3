import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import { LEVEL_LABELS } from './service-levels';
import type { ServiceDetail } from './services.service';

type Ctx = { url: string; siteName: string; publisher: string };

function description(s: ServiceDetail): string {
  return `Thủ tục ${s.name} (mã ${s.code}), lĩnh vực ${s.field}, ${LEVEL_LABELS[s.level].toLowerCase()}; cơ quan thực hiện: ${s.implementingBody}.`;
}

/** Open Graph and Dublin Core (X1) for a procedure page. */
export function serviceMetadata(s: ServiceDetail, ctx: Ctx): Metadata {
  return detailMetadata({
    title: s.name,
    description: description(s),
    url: ctx.url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    type: 'website',
    publishedAt: s.publishedAt,
    modifiedAt: s.updatedAt,
    lang: 'vi',
    subject: `${s.field}; ${LEVEL_LABELS[s.level]}`,
    identifier: s.code,
  });
}

/** schema.org GovernmentService: who provides it, for whom, and the online channel where it is filed. */
export function serviceJsonLd(s: ServiceDetail, ctx: Omit<Ctx, 'siteName'>) {
  return {
    '@type': 'GovernmentService',
    name: s.name,
    identifier: s.code,
    url: ctx.url,
    description: description(s),
    serviceType: s.field,
    category: LEVEL_LABELS[s.level],
    provider: { '@type': 'GovernmentOrganization', name: s.implementingBody },
    serviceOperator: { '@type': 'GovernmentOrganization', name: ctx.publisher },
    ...(s.applicants ? { audience: { '@type': 'Audience', audienceType: s.applicants.split('\n').join('; ') } } : {}),
    ...(s.onlineUrl ? { availableChannel: { '@type': 'ServiceChannel', name: 'Nộp hồ sơ trực tuyến', serviceUrl: s.onlineUrl } } : {}),
    ...(s.result ? { produces: { '@type': 'Thing', name: s.result.split('\n')[0] } } : {}),
  };
}
