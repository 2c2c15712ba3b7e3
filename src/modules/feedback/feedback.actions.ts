'use server';

import { toActionError } from '@/server/action-result';
import { publicRequest } from '@/server/public-request';
import { assertNotSpam, typedValues, type PublicFormResult } from '@/modules/public-forms/public-form';
import { submitRating } from './feedback.service';

/** Public: the site rating form of /danh-gia (I3). */
export async function submitRatingAction(_prev: PublicFormResult | null, form: FormData): Promise<PublicFormResult> {
  try {
    const req = await publicRequest();
    assertNotSpam(form);
    const v = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : null);
    await submitRating({ siteId: req.siteId, address: req.address }, { interface: v('interface'), content: v('content'), quality: v('quality'), support: v('support') });
    return { ok: true, message: 'Cảm ơn ông/bà đã đánh giá trang. Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.' };
  } catch (e) {
    return { ...toActionError(e, { action: 'submitRating' }), values: typedValues(form, ['interface', 'content', 'quality', 'support']) };
  }
}
