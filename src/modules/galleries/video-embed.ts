/**
 * External videos of a video gallery (C10). Any https address may be listed (it is shown as a link);
 * only these hosts are ever embedded, each through its privacy-friendly player address, and only after
 * the visitor asks to play (the album page has no third-party frame by default).
 */
export const EMBED_HOSTS = ['youtube.com', 'youtu.be', 'youtube-nocookie.com', 'vimeo.com'] as const;

export type VideoLink = { url: string; provider: 'YouTube' | 'Vimeo' | null; embedUrl: string | null; host: string };

const YT_ID = /^[A-Za-z0-9_-]{11}$/;

function youTubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www|m|music)\./, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = url.pathname.split('/')[1] ?? null;
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = url.pathname.split('/');
    if (first === 'watch') id = url.searchParams.get('v');
    else if (first === 'embed' || first === 'shorts' || first === 'live' || first === 'v') id = second ?? null;
  }
  return id && YT_ID.test(id) ? id : null;
}

function vimeoId(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  if (host === 'vimeo.com' && parts.length >= 1 && /^\d{1,12}$/.test(parts[parts.length - 1]!)) return parts[parts.length - 1]!;
  if (host === 'player.vimeo.com' && parts[0] === 'video' && /^\d{1,12}$/.test(parts[1] ?? '')) return parts[1]!;
  return null;
}

function isHost(hostname: string, base: string): boolean {
  return hostname === base || hostname.endsWith(`.${base}`);
}

/** What a stored video address becomes on the public page (pure). */
export function describeVideoLink(href: string): VideoLink {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { url: href, provider: null, embedUrl: null, host: '' };
  }
  const host = url.hostname.replace(/^www\./, '');
  if (url.protocol === 'https:' && (isHost(url.hostname, 'youtube.com') || url.hostname === 'youtu.be' || isHost(url.hostname, 'youtube-nocookie.com'))) {
    const id = youTubeId(url);
    return { url: href, provider: 'YouTube', embedUrl: id ? `https://www.youtube-nocookie.com/embed/${id}` : null, host };
  }
  if (url.protocol === 'https:' && isHost(url.hostname, 'vimeo.com')) {
    const id = vimeoId(url);
    return { url: href, provider: 'Vimeo', embedUrl: id ? `https://player.vimeo.com/video/${id}?dnt=1` : null, host };
  }
  return { url: href, provider: null, embedUrl: null, host };
}
