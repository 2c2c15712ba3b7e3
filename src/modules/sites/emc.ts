/**
 * The national monitoring (EMC) tracking code of a site (X3). Administrators paste the embed code the
 * monitoring system hands out; we never store or print pasted HTML. What is kept is the script's https
 * address (on a state host: *.gov.vn, or hosts listed in EMC_ALLOWED_HOSTS) and its data-* attributes,
 * and the page renders a script element rebuilt from those parts.
 */
export type EmcScript = { src: string; data: Record<string, string> };

function allowedHost(host: string): boolean {
  const extra = (process.env.EMC_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return host === 'gov.vn' || host.endsWith('.gov.vn') || extra.includes(host);
}

export const EMC_FORMAT_MESSAGE =
  'Mã theo dõi EMC phải là thẻ <script> do hệ thống giám sát cấp, có địa chỉ https thuộc tên miền .gov.vn (ví dụ <script src="https://emc.gov.vn/…" data-id="…"></script>), hoặc chỉ địa chỉ https đó.';

/** Reads a pasted embed code or bare address; null when it is not an acceptable tracking script. */
export function parseEmcCode(input: string): EmcScript | null {
  const text = input.trim();
  let src: string | undefined;
  const data: Record<string, string> = {};
  if (/^https:\/\//i.test(text)) {
    src = text;
  } else {
    const tag = /^<script\b([^>]*)>\s*<\/script>$/i.exec(text);
    if (!tag) return null;
    for (const m of tag[1]!.matchAll(/([a-zA-Z][\w-]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      const name = m[1]!.toLowerCase();
      const value = m[2] ?? m[3] ?? m[4] ?? '';
      if (name === 'src') src = value;
      else if (name.startsWith('data-') && /^[\w\-.:/=?&%+ ]{0,200}$/.test(value)) data[name] = value;
      else if (!['async', 'defer', 'type', 'charset'].includes(name)) return null;
    }
  }
  if (!src) return null;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !allowedHost(url.hostname)) return null;
  return { src: url.toString(), data };
}

/** The canonical stored form: a rebuilt script element. */
export function normaliseEmcCode(input: string): string | null {
  const parsed = parseEmcCode(input);
  if (!parsed) return null;
  const attrs = Object.entries(parsed.data)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  return `<script src="${parsed.src}"${attrs}></script>`;
}
