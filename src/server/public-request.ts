import { headers } from 'next/headers';
import { AppError } from './errors';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { clientAddressFrom } from './client-address';

/**
 * The site and client address of a public form's server action. The site comes from the internal header the proxy
 * sets after resolving the Host (clients cannot send it: the proxy deletes it first), never from the form.
 */
export async function publicRequest(): Promise<{ siteId: string; host: string; address: string }> {
  const h = await headers();
  const host = h.get('x-cs-host');
  const site = host ? await getPublicSiteByHost(host) : null;
  if (!site) throw new AppError('NOT_FOUND', 'Không tìm thấy trang.');
  return { siteId: site.id, host: site.host, address: clientAddressFrom(h) };
}
