import { parseEmcCode } from '../emc';

/** The site's EMC tracking script (X3), rebuilt from its validated parts; nothing when unset. */
export function EmcScript({ code }: { code: string | null }) {
  const parsed = code ? parseEmcCode(code) : null;
  if (!parsed) return null;
  return <script async src={parsed.src} {...parsed.data} />;
}
