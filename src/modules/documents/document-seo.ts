import type { Metadata } from 'next';
import { detailMetadata } from '@/modules/seo/metadata';
import { schemaOrgLegalForce } from './legal-status';
import type { DocumentDetail } from './documents.service';

export function documentTitle(d: { typeLabel: string; number: string }): string {
  return `${d.typeLabel} ${d.number}`;
}

/** Open Graph and Dublin Core (dữ liệu đặc tả, seed 003 Đ8.2) for a document page (X1). */
export function documentMetadata(d: DocumentDetail, ctx: { url: string; siteName: string; publisher: string }): Metadata {
  const m = detailMetadata({
    title: documentTitle(d),
    description: d.summary,
    url: ctx.url,
    siteName: ctx.siteName,
    publisher: ctx.publisher,
    type: 'article',
    publishedAt: d.issuedAt,
    modifiedAt: d.updatedAt,
    lang: d.lang,
    subject: d.field,
    identifier: d.number,
    creator: d.issuer,
  });
  return { ...m, other: { ...(m.other as Record<string, string>), 'DC.type': d.typeLabel, ...(d.effectiveAt ? { 'DC.date.valid': d.effectiveAt } : {}) } };
}

/** schema.org Legislation (X1): identifier, type, dates, issuing body, legal force, files. */
export function documentJsonLd(d: DocumentDetail, ctx: { url: string; origin: string; publisher: string }) {
  return {
    '@type': 'Legislation',
    name: documentTitle(d),
    abstract: d.summary,
    inLanguage: d.lang,
    url: ctx.url,
    mainEntityOfPage: ctx.url,
    legislationIdentifier: d.number,
    legislationType: d.typeLabel,
    legislationDate: d.issuedAt,
    ...(d.effectiveAt ? { legislationDateOfApplicability: d.effectiveAt } : {}),
    ...(d.expiresAt ? { expires: d.expiresAt } : {}),
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: d.issuer },
    ...(d.signer ? { legislationResponsible: { '@type': 'Person', name: d.signer } } : {}),
    legislationLegalForce: schemaOrgLegalForce(d.status),
    ...(d.field ? { about: d.field } : {}),
    datePublished: d.publishedAt,
    dateModified: d.updatedAt,
    publisher: { '@type': 'GovernmentOrganization', name: ctx.publisher },
    // This document replaces these (schema.org: "amendment, replacement, correction, repeal").
    ...(d.replaces.length ? { legislationChanges: d.replaces.map((r) => ({ '@type': 'Legislation', legislationIdentifier: r.number, url: `${ctx.origin}${r.lang === 'en' ? '/en' : ''}/van-ban/${r.slug}` })) } : {}),
    encoding: d.files.map((f) => ({
      '@type': 'MediaObject',
      name: f.name,
      contentUrl: `${ctx.origin}${f.url}`,
      encodingFormat: f.mimeType,
      contentSize: `${f.size} B`,
    })),
  };
}
