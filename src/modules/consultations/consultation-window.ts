import { vnDate } from '@/modules/questions/question-deadline';

/**
 * When a consultation takes comments (I2, pure): from its first to its last day inclusive, in Vietnam's calendar,
 * decided at the moment of each request — so it closes itself at the deadline with no timer.
 */
export type ConsultationPhase = 'upcoming' | 'open' | 'closed';

export function consultationPhase(params: { startsOn: string; endsOn: string; now: Date }): ConsultationPhase {
  const today = vnDate(params.now);
  if (today < params.startsOn) return 'upcoming';
  if (today > params.endsOn) return 'closed';
  return 'open';
}

/** The instant comments stop: midnight at the end of the last day, Vietnam time (UTC+7). */
export function closingInstant(endsOn: string): Date {
  return new Date(new Date(`${endsOn}T00:00:00+07:00`).getTime() + 24 * 3600_000);
}

export type DraftArticle = { anchor: string; label: string; heading: string };

const ARTICLE = /^\s*(Điều\s+(\d+[a-zđ]?))\s*[.:]\s*(.*)$/iu;

/** "Điều 3. Phạm vi điều chỉnh" lines of a draft: the articles a comment may point to. */
export function draftArticles(body: string): DraftArticle[] {
  const out: DraftArticle[] = [];
  const seen = new Set<string>();
  for (const line of body.normalize('NFC').split(/\r?\n/)) {
    const m = ARTICLE.exec(line);
    if (!m) continue;
    const label = `Điều ${m[2]}`;
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ anchor: `dieu-${m[2]!.toLowerCase().replace('đ', 'd')}`, label, heading: line.trim() });
  }
  return out;
}
