/** Shown only where a translation exists (C11): a link to the other language's version. */
export function LanguageSwitch({ href, to }: { href: string | null; to: 'vi' | 'en' }) {
  if (!href) return null;
  return (
    <p className="language-switch">
      {to === 'en' ? (
        <a href={href} hrefLang="en" lang="en">
          English version
        </a>
      ) : (
        <a href={href} hrefLang="vi" lang="vi">
          Bản tiếng Việt
        </a>
      )}
    </p>
  );
}
