import type { Metadata } from 'next';
import { TrackQuestionPage } from '@/modules/questions/components/question-pages';
import { getRequestSite } from '@/server/request-site';

export const metadata: Metadata = { title: 'Tra cứu câu hỏi đã gửi', robots: { index: false } };

/** /hoi-dap/tra-cuu: never cached (src/lib/page-cache-policy.ts); the code is sent by POST. */
export default async function TrackPage({ params }: { params: Promise<{ host: string }> }) {
  await getRequestSite((await params).host);
  return <TrackQuestionPage />;
}
