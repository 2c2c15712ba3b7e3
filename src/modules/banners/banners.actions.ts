'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import type { BannerInput } from './banners.schemas';
import { createBanner, deleteBanner, updateBanner } from './banners.service';

const str = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

function bannerInput(form: FormData): BannerInput {
  return {
    slot: str(form, 'slot') as BannerInput['slot'],
    title: str(form, 'title'),
    imageId: str(form, 'imageId') || null,
    alt: str(form, 'alt'),
    url: str(form, 'url'),
    // datetime-local values, read as Vietnam's time by the schema.
    startsAt: str(form, 'startsAt') || null,
    endsAt: str(form, 'endsAt') || null,
    position: (str(form, 'position') || '0') as unknown as number,
  };
}

export async function saveBannerAction(siteId: string, bannerId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  let id: string;
  try {
    if (bannerId) await updateBanner(actor, siteId, bannerId, bannerInput(form), upload);
    id = bannerId ?? (await createBanner(actor, siteId, bannerInput(form), upload)).id;
    revalidatePath(`/quan-tri/trang/${siteId}/banner`);
  } catch (e) {
    return toActionError(e, { action: 'saveBanner', siteId });
  }
  // Server-side redirect: the edit form is re-keyed by the saved values, which would drop a client redirect.
  redirect(`/quan-tri/trang/${siteId}/banner/${id}?da-luu=1`);
}

export async function deleteBannerAction(siteId: string, bannerId: string, _prev: ActionResult | null, _form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await deleteBanner(actor, siteId, bannerId);
    revalidatePath(`/quan-tri/trang/${siteId}/banner`);
    return { ok: true, message: 'Đã xóa banner.', redirectTo: `/quan-tri/trang/${siteId}/banner` };
  } catch (e) {
    return toActionError(e, { action: 'deleteBanner', siteId });
  }
}
