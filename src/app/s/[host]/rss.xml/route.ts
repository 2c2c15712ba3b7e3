import { feedResponse } from '@/modules/articles/feed-response';

/** GET /rss.xml: the site's latest news (X1). */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string }> }) {
  return feedResponse({ host: (await params).host });
}
