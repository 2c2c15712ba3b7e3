import { clientAddressFrom } from '@/server/client-address';
import { isAppError } from '@/server/errors';
import { getRequestSite } from '@/server/request-site';
import { HONEYPOT_FIELD } from '@/modules/public-forms/public-form';
import { submitPageFeedback } from '@/modules/feedback/feedback.service';
import { FEEDBACK_PATH } from '@/modules/feedback/feedback.schemas';

/** POST /phan-hoi-trang (I3 "Thông tin này có hữu ích không?"): records the answer and goes back to the page (303). */
export async function POST(request: Request, { params }: { params: Promise<{ host: string }> }) {
  const site = await getRequestSite((await params).host);
  if (Number(request.headers.get('content-length') ?? 0) > 4096) return new Response('Yêu cầu quá lớn.', { status: 413 });
  const form = await request.formData().catch(() => null);
  const path = typeof form?.get('path') === 'string' ? (form!.get('path') as string) : '';
  // Only a page of this site is a place to go back to (no open redirect).
  const back = FEEDBACK_PATH.test(path) ? path : '/';
  const go = (fragment: string) => new Response(null, { status: 303, headers: { location: `${back}#${fragment}`, 'cache-control': 'no-store' } });
  const trap = form?.get(HONEYPOT_FIELD);
  if (!form || (typeof trap === 'string' && trap !== '')) return go('huu-ich');
  try {
    await submitPageFeedback({ siteId: site.id, address: clientAddressFrom(request.headers) }, { path, helpful: form.get('helpful') });
    return go('da-ghi-nhan');
  } catch (e) {
    if (isAppError(e) && e.code === 'RATE_LIMITED') return go('qua-nhieu-lan');
    if (isAppError(e)) return go('huu-ich');
    throw e;
  }
}
