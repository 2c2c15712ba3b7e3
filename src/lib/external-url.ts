/**
 * Addresses of other web sites typed by editors (links to state portals C8, banner targets C9, video
 * pages C10). Only absolute http(s) addresses with a real host name are accepted: no javascript:,
 * data: or relative URLs, and no user:password@ part that could disguise the real host (pure).
 */
export function parseExternalUrl(value: string, options: { httpsOnly?: boolean } = {}): URL | null {
  const text = value.normalize('NFC').trim();
  if (text.length === 0 || text.length > 2000 || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const allowed = options.httpsOnly ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) return null;
  if (url.username || url.password) return null;
  const host = url.hostname;
  // A public name: at least one dot, labels of letters, digits and hyphens (IDNs arrive as punycode).
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i.test(host)) return null;
  return url;
}

/** The host a visitor will land on, for "(chinhphu.vn)" hints next to a link. */
export function displayHost(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
