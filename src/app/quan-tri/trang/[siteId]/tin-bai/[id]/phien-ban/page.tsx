import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { articleWorkflow } from '@/modules/articles/article-workflow';
import { getArticleForEditing } from '@/modules/articles/articles.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { RevisionsView } from '@/modules/workflow/components/revisions-view';

export const metadata: Metadata = { title: 'Lịch sử phiên bản' };

type Props = { params: Promise<{ siteId: string; id: string }>; searchParams: Promise<{ trai?: string; phai?: string }> };

export default async function ArticleRevisions({ params, searchParams }: Props) {
  const { siteId, id } = await params;
  const { actor, site } = await requireSiteEditor(siteId);
  const article = /^[0-9a-f-]{36}$/.test(id) ? await getArticleForEditing(actor, site.id, id) : null;
  if (!article) notFound();
  return <RevisionsView actor={actor} adapter={articleWorkflow} siteId={site.id} entityId={article.id} title={article.title} sp={await searchParams} />;
}
