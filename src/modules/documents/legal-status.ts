import type { LegalStatusCode } from './document-types';

/**
 * The legal status a reader sees (C3 "expiry/status"). Editors set REPLACED, EXPIRED and
 * PARTLY_EXPIRED by hand (they depend on other acts); "not yet in force", "in force" and "expired
 * at its end date" follow from the dates, so a document never shows a stale state the day its
 * effective or expiry date passes. `today` is the date in Vietnam ("YYYY-MM-DD").
 */
export function effectiveLegalStatus(
  doc: { legalStatus: LegalStatusCode; effectiveAt: string | null; expiresAt: string | null },
  today: string,
): LegalStatusCode {
  if (doc.legalStatus !== 'IN_FORCE' && doc.legalStatus !== 'NOT_YET_EFFECTIVE') return doc.legalStatus;
  if (doc.effectiveAt && doc.effectiveAt > today) return 'NOT_YET_EFFECTIVE';
  if (doc.expiresAt && doc.expiresAt <= today) return 'EXPIRED';
  return 'IN_FORCE';
}

/** Today's date in Vietnam's time zone, "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}


/** schema.org LegalForceStatus for Legislation JSON-LD (X1). */
export function schemaOrgLegalForce(status: LegalStatusCode): string {
  switch (status) {
    case 'IN_FORCE':
      return 'https://schema.org/InForce';
    case 'PARTLY_EXPIRED':
      return 'https://schema.org/PartiallyInForce';
    default:
      return 'https://schema.org/NotInForce';
  }
}
