import type { Metadata } from 'next';
import { QuestionDetailPage, loadQuestion } from '@/modules/questions/components/question-pages';

type Props = { params: Promise<{ host: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host, slug } = await params;
  const { q } = await loadQuestion(host, slug);
  return { title: q.title, description: q.content.slice(0, 200) };
}

export default async function QuestionPage({ params }: Props) {
  const { host, slug } = await params;
  return <QuestionDetailPage host={host} slug={slug} />;
}
