import type { Metadata } from 'next';
import { ContactFacts } from '@/modules/sites/components/contact-facts';
import { getRequestSite } from '@/server/request-site';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getRequestSite((await params).host);
  return { title: `Liên hệ – ${site.name}` };
}

export default async function ContactPage({ params }: Props) {
  const site = await getRequestSite((await params).host);
  return (
    <>
      <h1>Liên hệ</h1>
      <p className="lead">Thông tin liên hệ chính thức của {site.name}.</p>
      <ContactFacts site={site} />
    </>
  );
}
