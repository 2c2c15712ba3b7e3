import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/public/language-switch';
import { Pagination } from '@/components/public/pagination';
import { formatDateEn, formatDateVi } from '@/lib/dates';
import { JsonLd } from '@/modules/seo/json-ld';
import { originResolver } from '@/server/public-origin';
import { getRequestSite } from '@/server/request-site';
import type { GalleryKindName } from '../galleries.schemas';
import { getPublishedGallery, listPublishedGalleries } from '../galleries.service';
import { galleryBasePath } from '../gallery-paths';
import { galleryJsonLd, galleryMetadata } from '../gallery-seo';
import { GalleryCards } from './gallery-cards';
import { GALLERY_TEXT } from './gallery-text';
import { PhotoGrid } from './photo-grid';
import { VideoList } from './video-list';
import './galleries.css';

type Lang = 'vi' | 'en';

/** Shared by /thu-vien-anh, /video and their /en versions: the route files pass kind and language. */
export async function GalleryIndexPage({ host, page, lang, kind }: { host: string; page: number; lang: Lang; kind: GalleryKindName }) {
  const site = await getRequestSite(host);
  const result = await listPublishedGalleries({ siteId: site.id, kind, lang, page });
  const t = GALLERY_TEXT[lang];
  const base = galleryBasePath(kind, lang);
  return (
    <div lang={lang === 'en' ? 'en' : undefined}>
      <h1>{t.heading[kind]}</h1>
      <p>
        <a href={galleryBasePath(kind === 'PHOTO' ? 'VIDEO' : 'PHOTO', lang)}>{t.other[kind]}</a>
      </p>
      {result.items.length === 0 ? <p>{t.empty[kind]}</p> : <GalleryCards items={result.items} />}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(p) => `${base}?trang=${p}`} lang={lang} />
    </div>
  );
}

async function loadGallery(host: string, slug: string, lang: Lang, kind: GalleryKindName) {
  const site = await getRequestSite(host);
  const gallery = await getPublishedGallery({ siteId: site.id, kind, slug: decodeURIComponent(slug), lang });
  if (!gallery) notFound();
  const origin = (await originResolver())(site.host);
  return { site, gallery, origin, url: `${origin}${galleryBasePath(kind, lang)}/${gallery.slug}` };
}

export async function galleryPageMetadata(host: string, slug: string, lang: Lang, kind: GalleryKindName): Promise<Metadata> {
  const { site, gallery, origin, url } = await loadGallery(host, slug, lang, kind);
  return galleryMetadata(gallery, { url, origin, siteName: site.name, publisher: site.governingBody ?? site.name });
}

/** One album: photos in a grid of figures, or the list of videos (C10). */
export async function GalleryDetailPage({ host, slug, lang, kind, play }: { host: string; slug: string; lang: Lang; kind: GalleryKindName; play?: string }) {
  const { site, gallery, origin, url } = await loadGallery(host, slug, lang, kind);
  const t = GALLERY_TEXT[lang];
  const base = galleryBasePath(kind, lang);
  const other = galleryBasePath(kind, lang === 'en' ? 'vi' : 'en');
  return (
    <>
      <JsonLd data={galleryJsonLd(gallery, { url, origin, publisher: site.governingBody ?? site.name })} />
      <article className="gallery" lang={lang === 'en' ? 'en' : undefined}>
        <nav className="breadcrumbs" aria-label={t.breadcrumbs}>
          <ol>
            <li>
              <a href="/">{t.home}</a>
            </li>
            <li>
              <a href={base}>{t.heading[kind]}</a>
            </li>
          </ol>
        </nav>
        <h1>{gallery.title}</h1>
        <LanguageSwitch href={gallery.translation ? `${other}/${gallery.translation.slug}` : null} to={lang === 'en' ? 'vi' : 'en'} />
        <p className="meta">
          <time dateTime={gallery.publishedAt}>{lang === 'en' ? formatDateEn(gallery.publishedAt) : formatDateVi(gallery.publishedAt)}</time> · {t.count(kind, gallery.count)}
        </p>
        {gallery.description ? <p className="lead">{gallery.description}</p> : null}
        {kind === 'PHOTO' ? <PhotoGrid items={gallery.items} lang={lang} /> : <VideoList items={gallery.items} lang={lang} play={play} poster={gallery.cover} />}
        <p>
          <a href={base}>{t.back[kind]}</a>
        </p>
      </article>
    </>
  );
}
