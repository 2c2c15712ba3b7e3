import type { Metadata } from 'next';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/public/language-switch';
import { detailMetadata } from '@/modules/seo/metadata';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import { currentIsoWeek, formatCalendarDateEn, formatCalendarDateVi, formatIsoWeek, parseWeekParam, sameWeek, vietnamDate } from '../iso-week';
import { getPublishedWeek, hasEnglishSchedule } from '../schedule.service';
import { ScheduleWeekView } from './schedule-week-view';
import { WeekNav } from './week-nav';

type Lang = 'vi' | 'en';
type TuanParam = string | string[] | undefined;

const T = {
  vi: {
    title: 'Lịch công tác',
    heading: (n: number, y: number) => `Lịch công tác tuần ${n} năm ${y}`,
    range: (a: string, b: string) => `Từ Thứ Hai ${formatCalendarDateVi(a)} đến Chủ nhật ${formatCalendarDateVi(b)}`,
    empty: 'Chưa có lịch công tác nào được đăng cho tuần này. Mời quý vị xem tuần khác hoặc quay lại sau.',
    invalidTitle: 'Tuần không hợp lệ',
    backToCurrent: 'Xem lịch công tác tuần này',
    description: (siteName: string) => `Lịch công tác hằng tuần của lãnh đạo ${siteName}.`,
  },
  en: {
    title: 'Work schedule',
    heading: (n: number, y: number) => `Work schedule, week ${n} of ${y}`,
    range: (a: string, b: string) => `From Monday ${formatCalendarDateEn(a)} to Sunday ${formatCalendarDateEn(b)}`,
    empty: 'No activities have been published for this week yet. Please choose another week or come back later.',
    invalidTitle: 'Invalid week',
    backToCurrent: 'Show this week’s schedule',
    description: (siteName: string) => `Weekly work schedule of the leaders of ${siteName}.`,
  },
};

const basePathOf = (lang: Lang) => (lang === 'en' ? '/en/lich-cong-tac' : '/lich-cong-tac');

/** The site and whether it publishes English entries, once per request for the page and its metadata. */
const loadSite = cache(async (host: string, lang: Lang) => {
  const site = await getRequestSite(host);
  // The English page exists only where English entries were published (C11).
  const hasEnglish = await hasEnglishSchedule(site.id);
  if (lang === 'en' && !hasEnglish) notFound();
  return { site, hasEnglish };
});

async function load(host: string, tuan: TuanParam, lang: Lang) {
  return { ...(await loadSite(host, lang)), parsed: parseWeekParam(tuan, { lang }) };
}

export async function schedulePageMetadata(host: string, tuan: TuanParam, lang: Lang): Promise<Metadata> {
  const { site, parsed } = await load(host, tuan, lang);
  const t = T[lang];
  if (!parsed.ok) return { title: `${t.invalidTitle} – ${site.name}`, robots: { index: false } };
  const origin = (await originResolver())(site.host);
  const given = typeof tuan === 'string' && tuan.trim() !== '';
  return detailMetadata({
    title: `${t.heading(parsed.week.week, parsed.week.year)} – ${site.name}`,
    description: t.description(lang === 'en' ? (site.nameEn ?? site.name) : site.name),
    url: `${origin}${basePathOf(lang)}${given ? `?tuan=${formatIsoWeek(parsed.week)}` : ''}`,
    siteName: site.name,
    publisher: site.governingBody ?? site.name,
    type: 'website',
    lang,
  });
}

/** /lich-cong-tac and /en/lich-cong-tac (C4): the route files only pass the language. */
export async function SchedulePage({ host, tuan, lang }: { host: string; tuan: TuanParam; lang: Lang }) {
  const { site, hasEnglish, parsed } = await load(host, tuan, lang);
  const t = T[lang];
  const base = basePathOf(lang);
  const current = currentIsoWeek();
  if (!parsed.ok) {
    return (
      <div lang={lang === 'en' ? 'en' : undefined}>
        <h1>{t.title}</h1>
        <div className="error-summary" role="alert">
          <h2>{t.invalidTitle}</h2>
          <p>{parsed.message}</p>
        </div>
        <p>
          <a href={base}>{t.backToCurrent}</a>
        </p>
      </div>
    );
  }
  const week = await getPublishedWeek({ siteId: site.id, week: parsed.week, lang });
  const otherBase = lang === 'en' ? '/lich-cong-tac' : '/en/lich-cong-tac';
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <h1>{t.heading(week.number, week.year)}</h1>
      <p className="lead">{t.range(week.from, week.to)}</p>
      <LanguageSwitch href={lang === 'en' || hasEnglish ? `${otherBase}?tuan=${week.week}` : null} to={lang === 'en' ? 'vi' : 'en'} />
      <WeekNav week={week} basePath={base} lang={lang} isCurrent={sameWeek(parsed.week, current)} currentWeek={formatIsoWeek(current)} />
      {week.total === 0 ? <p>{t.empty}</p> : <ScheduleWeekView week={week} lang={lang} today={vietnamDate()} />}
    </div>
  );
}
