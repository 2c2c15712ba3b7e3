import type { Metadata } from 'next';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { ServiceForm } from '@/modules/services/components/service-form';
import { canPublishServices } from '@/modules/services/services.policy';

export const metadata: Metadata = { title: 'Thêm thủ tục' };

type Props = { params: Promise<{ siteId: string }> };

export default async function NewService({ params }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}/dich-vu-cong`}>← Thủ tục hành chính</a></p>
      <h1>Thêm thủ tục</h1>
      <ServiceForm siteId={site.id} serviceId={null} initial={{}} canPublish={canPublishServices(actor, site.id)} />
    </>
  );
}
