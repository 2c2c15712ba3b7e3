import { mediaVariantUrl, type MediaRef } from '@/modules/media/media-url';
import type { GalleryItemView } from '../galleries.service';
import { GALLERY_TEXT, type GalleryLang } from './gallery-text';

/**
 * The videos of an album (C10). Uploaded MP4 files play in <video controls preload="none"> (nothing is
 * downloaded until the visitor presses play). External videos are links; YouTube and Vimeo can be played
 * on the page, but the third-party player is only loaded after the visitor asks for it (?xem=<item>),
 * a plain link that works without JavaScript, so nobody's browser talks to those hosts just by opening
 * the album.
 */
export function VideoList({ items, lang, play, poster }: { items: GalleryItemView[]; lang: GalleryLang; play?: string; poster?: MediaRef | null }) {
  const t = GALLERY_TEXT[lang];
  return (
    <ol className="video-list">
      {items.map((item, n) => {
        const title = item.caption ?? t.untitled(n + 1);
        const link = item.videoLink;
        const playing = !!link?.embedUrl && play === item.id;
        return (
          <li key={item.id} id={`video-${item.id}`} className="video-list__item">
            <h2 className="video-list__title">{title}</h2>
            {item.videoFile ? (
              <>
                <video controls preload="none" className="video-list__player" poster={poster ? mediaVariantUrl(poster, 960) : undefined}>
                  <source src={item.videoFile.url} type={item.videoFile.mimeType} />
                  <a href={item.videoFile.url}>{t.download}</a>
                </video>
                <p className="hint">{t.noCaptions}</p>
                <p>
                  <a href={item.videoFile.url} download>
                    {t.download}
                    <span className="visually-hidden">: {title}</span>
                  </a>
                </p>
              </>
            ) : null}
            {link ? (
              <>
                {playing ? (
                  <div className="video-list__frame">
                    <iframe
                      src={link.embedUrl!}
                      title={`Video: ${title}`}
                      loading="lazy"
                      allow="accelerometer; encrypted-media; picture-in-picture; fullscreen"
                      referrerPolicy="strict-origin-when-cross-origin"
                      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
                    />
                  </div>
                ) : null}
                <p className="video-list__actions">
                  {link.embedUrl && !playing ? (
                    <a className="button" href={`?xem=${item.id}#video-${item.id}`}>
                      <span aria-hidden="true">▶ </span>
                      {t.play}
                      <span className="visually-hidden">: {title}</span>
                    </a>
                  ) : null}
                  <a href={link.url} rel="noopener noreferrer">
                    {t.watchOn(link.provider ?? link.host)}
                    <span className="visually-hidden">: {title}</span>
                  </a>
                </p>
                {link.embedUrl ? <p className="hint">{t.embedNote(link.provider ?? link.host)}</p> : null}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
