import type { Metadata } from 'next';

/**
 * Open Graph + Dublin Core (dữ liệu đặc tả, seed 003 Đ8.2, Đ23.1) for a detail page.
 * Dublin Core goes into <meta name="DC.*"> through Next's `other` metadata.
 */
export function detailMetadata(input: {
  title: string;
  description: string;
  url: string;
  siteName: string;
  publisher: string;
  type: 'article' | 'website';
  publishedAt?: string | null;
  modifiedAt?: string | null;
  lang: 'vi' | 'en';
  image?: string | null;
  subject?: string | null;
  identifier?: string | null;
  creator?: string | null;
}): Metadata {
  const other: Record<string, string> = {
    'DC.title': input.title,
    'DC.description': input.description,
    'DC.publisher': input.publisher,
    'DC.language': input.lang,
    'DC.identifier': input.identifier ?? input.url,
    'DC.type': input.type === 'article' ? 'Text' : 'InteractiveResource',
    'DC.format': 'text/html',
  };
  if (input.publishedAt) other['DC.date'] = input.publishedAt.slice(0, 10);
  if (input.subject) other['DC.subject'] = input.subject;
  if (input.creator) other['DC.creator'] = input.creator;
  return {
    title: input.title,
    description: input.description,
    alternates: { canonical: input.url },
    openGraph: {
      title: input.title,
      description: input.description,
      url: input.url,
      siteName: input.siteName,
      locale: input.lang === 'vi' ? 'vi_VN' : 'en_US',
      type: input.type,
      ...(input.type === 'article' && input.publishedAt ? { publishedTime: input.publishedAt } : {}),
      ...(input.type === 'article' && input.modifiedAt ? { modifiedTime: input.modifiedAt } : {}),
      ...(input.image ? { images: [{ url: input.image }] } : {}),
    },
    other,
  };
}
