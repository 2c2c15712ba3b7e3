import type { Metadata } from 'next';
import { QuestionIndexPage, type QuestionQuery } from '@/modules/questions/components/question-pages';

export const metadata: Metadata = { title: 'Hỏi đáp, phản ánh kiến nghị' };

type Props = { params: Promise<{ host: string }>; searchParams: Promise<QuestionQuery> };

/** GET /hoi-dap[?linh-vuc=&trang=] (I1). */
export default async function QuestionsPage({ params, searchParams }: Props) {
  return <QuestionIndexPage host={(await params).host} query={await searchParams} />;
}
