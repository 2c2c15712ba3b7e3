import { slugify } from '@/lib/vietnamese';

/** A slug from a Vietnamese title, unique within its scope: "ten-bai", "ten-bai-2", "ten-bai-3"… */
export async function uniqueSlug(title: string, isTaken: (slug: string) => Promise<boolean>, fallback = 'muc'): Promise<string> {
  const base = slugify(title) || fallback;
  if (!(await isTaken(base))) return base;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  return `${base}-${Date.now().toString(36)}`;
}
