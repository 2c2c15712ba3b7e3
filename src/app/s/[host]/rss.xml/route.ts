import { feedResponse } from '@/modules/articles/feed-response';

export const dynamic = 'force-dynamic';

/** GET /rss.xml: the site's latest news (X1). */
export async function GET(_req: Request, { params }: { params: Promise<{ host: string }> }) {
  return feedResponse({ host: (await params).host });
}
