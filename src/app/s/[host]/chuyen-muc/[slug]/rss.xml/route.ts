import { feedResponse } from '@/modules/articles/feed-response';

export const dynamic = 'force-dynamic';

/** GET /chuyen-muc/<slug>/rss.xml: one category's latest news (X1). */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string; slug: string }> }) {
  const { host, slug } = await params;
  return feedResponse({ host, categorySlug: decodeURIComponent(slug) });
}
