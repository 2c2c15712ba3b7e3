import type { Metadata } from 'next';
import { canPublishContent } from '@/modules/content/content.policy';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { ConsultationForm } from '@/modules/consultations/components/consultation-console-forms';
import { listDraftFiles } from '@/modules/consultations/consultations.service';

export const metadata: Metadata = { title: 'Thêm dự thảo lấy ý kiến' };

export default async function NewConsultation({ params }: { params: Promise<{ siteId: string }> }) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const files = await listDraftFiles(actor, site.id);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/gop-y-du-thao`}>← Lấy ý kiến dự thảo</a></p>
      <h1>Thêm dự thảo lấy ý kiến</h1>
      <ConsultationForm siteId={site.id} id={null} initial={{ unitEmail: site.email ?? '', unitAddress: site.address ?? '', unitName: site.name }} files={files} canPublish={canPublishContent(actor, site.id)} />
    </>
  );
}
