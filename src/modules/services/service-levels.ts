import { removeDiacritics } from '@/lib/vietnamese';

/**
 * Mức độ dịch vụ công trực tuyến (P1). Nghị định 42/2022 Điều 11 has two online levels, "toàn trình"
 * (the whole procedure online) and "một phần"; a procedure that is not online is only published
 * with its information and forms. The legacy levels of Nghị định 43/2011 still appear in exports:
 * level 4 is toàn trình, level 3 một phần, levels 1–2 information only.
 */
export const SERVICE_LEVELS = ['FULL', 'PARTIAL', 'INFO'] as const;
export type ServiceLevelName = (typeof SERVICE_LEVELS)[number];

export const LEVEL_LABELS: Record<ServiceLevelName, string> = {
  FULL: 'Toàn trình',
  PARTIAL: 'Một phần',
  INFO: 'Cung cấp thông tin',
};

export const LEVEL_DESCRIPTIONS: Record<ServiceLevelName, string> = {
  FULL: 'Dịch vụ công trực tuyến toàn trình: nộp hồ sơ, nộp phí và nhận kết quả trên môi trường mạng.',
  PARTIAL: 'Dịch vụ công trực tuyến một phần: nộp hồ sơ trực tuyến, một số bước thực hiện trực tiếp.',
  INFO: 'Chưa cung cấp trực tuyến: thông tin thủ tục và biểu mẫu để người dân chuẩn bị hồ sơ.',
};

/** Vietnamese values of the public filter: /dich-vu-cong?muc-do=toan-trinh. */
export const LEVEL_SLUGS: Record<ServiceLevelName, string> = { FULL: 'toan-trinh', PARTIAL: 'mot-phan', INFO: 'cung-cap-thong-tin' };

export function levelFromSlug(slug: string | undefined): ServiceLevelName | undefined {
  return SERVICE_LEVELS.find((l) => LEVEL_SLUGS[l] === slug);
}

/**
 * A level as written in a form or an exported file: the code (FULL), the Vietnamese name with or
 * without diacritics ("Toàn trình", "mot phan"), or a legacy level ("4", "Mức độ 3", "mức 2").
 */
export function parseServiceLevel(value: string): ServiceLevelName | null {
  const v = removeDiacritics(value).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (!v) return null;
  const upper = v.toUpperCase();
  if ((SERVICE_LEVELS as readonly string[]).includes(upper)) return upper as ServiceLevelName;
  if (/^(dvc |dich vu cong )?(truc tuyen )?toan trinh$/.test(v)) return 'FULL';
  if (/^(dvc |dich vu cong )?(truc tuyen )?mot phan$/.test(v)) return 'PARTIAL';
  if (/^(cung cap )?thong tin$/.test(v)) return 'INFO';
  const legacy = /^(muc do |muc )?([1-4])$/.exec(v);
  if (legacy) return legacy[2] === '4' ? 'FULL' : legacy[2] === '3' ? 'PARTIAL' : 'INFO';
  return null;
}

export const LEVEL_MESSAGE = 'Mức độ phải là "Toàn trình", "Một phần" hoặc "Cung cấp thông tin" (hoặc mức độ cũ 1–4).';
