/** Names, URL slugs and formats of projects (C6), pure: shared by pages, forms, seeds and tests. */

export const PROJECT_TYPES = ['PROJECT', 'INVESTMENT', 'TENDER', 'PROCUREMENT'] as const;
export type ProjectTypeName = (typeof PROJECT_TYPES)[number];

export const PROJECT_PHASES = ['PREPARING', 'IN_PROGRESS', 'COMPLETED'] as const;
export type ProjectPhaseName = (typeof PROJECT_PHASES)[number];

export const TYPE_LABELS: Record<'vi' | 'en', Record<ProjectTypeName, string>> = {
  vi: { PROJECT: 'Dự án', INVESTMENT: 'Đầu tư', TENDER: 'Đấu thầu', PROCUREMENT: 'Mua sắm công' },
  en: { PROJECT: 'Project', INVESTMENT: 'Investment', TENDER: 'Tender', PROCUREMENT: 'Public procurement' },
};

export const PHASE_LABELS: Record<'vi' | 'en', Record<ProjectPhaseName, string>> = {
  vi: { PREPARING: 'Chuẩn bị đầu tư', IN_PROGRESS: 'Đang thực hiện', COMPLETED: 'Đã hoàn thành' },
  en: { PREPARING: 'Preparation', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' },
};

/** Vietnamese values of the public filters: /du-an?loai=dau-thau&giai-doan=dang-thuc-hien. */
export const TYPE_SLUGS: Record<ProjectTypeName, string> = { PROJECT: 'du-an', INVESTMENT: 'dau-tu', TENDER: 'dau-thau', PROCUREMENT: 'mua-sam-cong' };
export const PHASE_SLUGS: Record<ProjectPhaseName, string> = { PREPARING: 'chuan-bi-dau-tu', IN_PROGRESS: 'dang-thuc-hien', COMPLETED: 'da-hoan-thanh' };

export function typeFromSlug(slug: string | undefined): ProjectTypeName | undefined {
  return PROJECT_TYPES.find((t) => TYPE_SLUGS[t] === slug);
}

export function phaseFromSlug(slug: string | undefined): ProjectPhaseName | undefined {
  return PROJECT_PHASES.find((p) => PHASE_SLUGS[p] === slug);
}

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** "1250000000" → "1.250.000.000 đồng" (Vietnamese grouping) or "VND 1,250,000,000". */
export function formatBudget(digits: string, lang: 'vi' | 'en' = 'vi'): string {
  return lang === 'en' ? `VND ${group(digits, ',')}` : `${group(digits, '.')} đồng`;
}

/** "1250000000" → "1.250.000.000", the way the console shows it back in the form. */
export function formatBudgetInput(digits: string | null | undefined): string {
  return digits ? group(digits, '.') : '';
}
