import type { Metadata } from 'next';
import { RatingForm } from '@/modules/feedback/components/rating-form';
import { getRequestSite } from '@/server/request-site';

export const metadata: Metadata = { title: 'Đánh giá trang thông tin điện tử' };

/** /danh-gia (I3): rating the site's interface, content, quality and support; linked from every footer. */
export default async function RatingPage({ params }: { params: Promise<{ host: string }> }) {
  const site = await getRequestSite((await params).host);
  return (
    <>
      <h1>Đánh giá trang thông tin điện tử</h1>
      <p className="lead">Ông/bà đánh giá thế nào về {site.name}? Chọn điểm cho những tiêu chí ông/bà muốn; không cần tài khoản, không cần cho biết thông tin cá nhân.</p>
      <RatingForm />
    </>
  );
}
