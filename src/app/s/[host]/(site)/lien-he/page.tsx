import type { Metadata } from 'next';
import { ContactPage, contactMetadata } from '@/modules/intro/components/contact-page';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return contactMetadata((await params).host, 'vi');
}

/** Contacts (C7): the unit's official data, the person in charge of the site, contact persons, e-mail directory. */
export default async function Contact({ params }: Props) {
  return <ContactPage host={(await params).host} lang="vi" />;
}
