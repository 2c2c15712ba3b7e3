'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { addAliasDomain, makePrimaryDomain, removeAliasDomain } from '@/modules/domains/domains.service';
import { archiveSite, moveSite, setSiteStatus } from './site-lifecycle';
import { createSite, updateSite } from './sites.service';

function str(form: FormData, key: string): string | undefined {
  const v = form.get(key);
  return typeof v === 'string' ? v : undefined;
}

/** Parse → context → service → revalidate → result (GUIDE). */
export async function createSiteAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  let id: string;
  try {
    const site = await createSite(actor, {
      name: str(form, 'name') ?? '',
      nameEn: str(form, 'nameEn'),
      kind: (str(form, 'kind') ?? '') as never,
      parentId: str(form, 'parentId') || null,
      label: str(form, 'label') || undefined,
      aliases: str(form, 'aliases'),
      superAdmin: { email: str(form, 'superAdmin.email') ?? '', name: str(form, 'superAdmin.name'), password: str(form, 'superAdmin.password') },
      governingBody: str(form, 'governingBody'),
      responsiblePerson: str(form, 'responsiblePerson'),
      address: str(form, 'address'),
      phone: str(form, 'phone'),
      email: str(form, 'email'),
      licence: str(form, 'licence'),
    });
    id = site.id;
  } catch (e) {
    return toActionError(e, { action: 'createSite' });
  }
  revalidatePath('/quan-tri/don-vi');
  // The client navigates: a server-side redirect would make Next fetch the target through the
  // public hostname, which the server itself may not resolve (*.localhost in development).
  return { ok: true, redirectTo: `/quan-tri/don-vi/${id}?da-tao=1` };
}

export async function updateSiteAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await updateSite(actor, siteId, {
      name: str(form, 'name') ?? '',
      nameEn: str(form, 'nameEn'),
      code: str(form, 'code') ?? '',
      logoUrl: str(form, 'logoUrl'),
      primaryColor: str(form, 'primaryColor') ?? '',
      accentColor: str(form, 'accentColor') ?? '',
      emcCode: str(form, 'emcCode'),
      governingBody: str(form, 'governingBody'),
      responsiblePerson: str(form, 'responsiblePerson'),
      address: str(form, 'address'),
      phone: str(form, 'phone'),
      email: str(form, 'email'),
      licence: str(form, 'licence'),
    });
  } catch (e) {
    return toActionError(e, { action: 'updateSite', siteId });
  }
  revalidatePath(`/quan-tri/don-vi/${siteId}`);
  return { ok: true, message: 'Đã lưu thông tin đơn vị.' };
}

export async function setSiteStatusAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const site = await setSiteStatus(actor, siteId, { status: str(form, 'status') ?? '' });
    revalidatePath(`/quan-tri/don-vi/${siteId}`);
    return { ok: true, message: site.status === 'SUSPENDED' ? 'Đã tạm ngừng trang.' : 'Trang đã hoạt động trở lại.' };
  } catch (e) {
    return toActionError(e, { action: 'setSiteStatus', siteId });
  }
}

export async function archiveSiteAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await archiveSite(actor, siteId, { successorId: str(form, 'successorId') || null });
    revalidatePath(`/quan-tri/don-vi/${siteId}`);
    return { ok: true, message: 'Đã lưu trữ trang.' };
  } catch (e) {
    return toActionError(e, { action: 'archiveSite', siteId });
  }
}

export async function addAliasAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await addAliasDomain(actor, siteId, { host: str(form, 'host') ?? '' });
    revalidatePath(`/quan-tri/don-vi/${siteId}`);
    return { ok: true, message: 'Đã thêm tên miền phụ.' };
  } catch (e) {
    return toActionError(e, { action: 'addAlias', siteId });
  }
}

export async function domainCommandAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const domainId = str(form, 'domainId') ?? '';
  try {
    if (str(form, 'command') === 'make-primary') {
      await makePrimaryDomain(actor, siteId, { domainId });
      revalidatePath(`/quan-tri/don-vi/${siteId}`);
      return { ok: true, message: 'Đã đổi tên miền chính.' };
    }
    await removeAliasDomain(actor, siteId, { domainId });
    revalidatePath(`/quan-tri/don-vi/${siteId}`);
    return { ok: true, message: 'Đã xóa tên miền phụ.' };
  } catch (e) {
    return toActionError(e, { action: 'domainCommand', siteId });
  }
}

export async function moveSiteAction(siteId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    await moveSite(actor, siteId, { parentId: str(form, 'parentId') ?? '' });
    revalidatePath(`/quan-tri/don-vi/${siteId}`);
    return { ok: true, message: 'Đã chuyển đơn vị sang đơn vị cấp trên mới.' };
  } catch (e) {
    return toActionError(e, { action: 'moveSite', siteId });
  }
}
