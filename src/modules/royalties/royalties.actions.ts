'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { gradeRoyalty } from './royalties.service';

export async function gradeRoyaltyAction(siteId: string, articleId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const shares: { author: string; percent: string }[] = [];
    for (let i = 0; i < 20; i++) {
      const author = String(form.get(`author-${i}`) ?? '').trim();
      const percent = String(form.get(`percent-${i}`) ?? '').trim();
      if (author || percent) shares.push({ author, percent });
    }
    const r = await gradeRoyalty(actor, siteId, {
      articleId,
      mode: form.get('mode') === 'amount' ? 'amount' : 'coefficient',
      coefficient: String(form.get('coefficient') ?? '') || undefined,
      unitValue: String(form.get('unitValue') ?? '') || undefined,
      amount: String(form.get('amount') ?? '') || undefined,
      shares,
      note: String(form.get('note') ?? ''),
    });
    revalidatePath(`/quan-tri/trang/${siteId}/nhuan-but`);
    return { ok: true, message: `Đã chấm nhuận bút: ${BigInt(r.total).toLocaleString('vi-VN')} đồng (${r.shares.map((s) => `${s.author}: ${BigInt(s.amount).toLocaleString('vi-VN')} đ`).join('; ')}).` };
  } catch (e) {
    return toActionError(e, { action: 'gradeRoyalty', siteId });
  }
}
