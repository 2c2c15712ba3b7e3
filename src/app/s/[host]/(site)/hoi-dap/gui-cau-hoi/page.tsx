import type { Metadata } from 'next';
import { AskQuestionPage } from '@/modules/questions/components/question-pages';
import { getRequestSite } from '@/server/request-site';

export const metadata: Metadata = { title: 'Gửi câu hỏi, phản ánh, kiến nghị' };

export default async function AskPage({ params }: { params: Promise<{ host: string }> }) {
  await getRequestSite((await params).host);
  return <AskQuestionPage />;
}
