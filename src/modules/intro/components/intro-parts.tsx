import type { ReactNode } from 'react';
import { ResponsiveImage } from '@/modules/media/components/responsive-image';
import type { MediaRef } from '@/modules/media/media-url';
import { INTRO_TEXT } from '../intro-labels';
import './intro.css';

/** `lang` only where a piece of text differs from the page's language (WCAG 3.1.2). */
export function langOf(textLang: 'vi' | 'en', pageLang: 'vi' | 'en'): 'vi' | 'en' | undefined {
  return textLang === pageLang ? undefined : textLang;
}

export function Breadcrumbs({ lang, items }: { lang: 'vi' | 'en'; items: { href?: string; label: string }[] }) {
  const t = INTRO_TEXT[lang];
  const trail = [{ href: '/', label: t.home }, ...items];
  return (
    <nav className="breadcrumbs" aria-label={t.breadcrumbs}>
      <ol>
        {trail.map((item, i) => (
          <li key={`${item.label}-${i}`}>{item.href && i < trail.length - 1 ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

/** A portrait, or a neutral silhouette when the site has not chosen one. */
export function PersonPhoto({ photo, alt, className, sizes }: { photo: MediaRef | null; alt: string; className?: string; sizes?: string }) {
  if (photo) return <ResponsiveImage media={photo} alt={alt} sizes={sizes ?? '13rem'} className={`person-photo${className ? ` ${className}` : ''}`} />;
  return (
    <span className={`person-photo person-photo--placeholder${className ? ` ${className}` : ''}`} aria-hidden="true">
      <svg viewBox="0 0 60 70" focusable="false">
        <circle cx="30" cy="24" r="14" fill="currentColor" />
        <path d="M4 70c0-15 11.5-25 26-25s26 10 26 25z" fill="currentColor" />
      </svg>
    </span>
  );
}

/** Duties as typed by the editors: one paragraph per line; lines starting with "-", "+" or "•" form a list. */
export function DutiesText({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const blocks: ReactNode[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length) blocks.push(<ul key={`ul-${blocks.length}`}>{items.map((it, i) => <li key={i}>{it}</li>)}</ul>);
    items = [];
  };
  for (const line of lines) {
    const m = /^[-+•]\s*(.*)$/.exec(line);
    if (m) items.push(m[1]!);
    else {
      flush();
      blocks.push(<p key={`p-${blocks.length}`}>{line}</p>);
    }
  }
  flush();
  return <div className="duties">{blocks}</div>;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Label/value rows of a person's or unit's public contact facts. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
