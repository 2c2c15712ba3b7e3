'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { AppError } from '@/server/errors';
import { createProject, deleteProject, setProjectPublished, updateProject } from './projects.service';
import type { ProjectInput } from './projects.schemas';

function projectInput(form: FormData): ProjectInput {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : undefined;
  };
  return {
    name: s('name') ?? '',
    objective: s('objective') ?? '',
    type: (s('type') ?? '') as ProjectInput['type'],
    phase: (s('phase') ?? '') as ProjectInput['phase'],
    field: s('field'),
    location: s('location'),
    startDate: s('startDate'),
    endDate: s('endDate'),
    durationText: s('durationText'),
    budget: s('budget'),
    fundingType: s('fundingType'),
    sponsor: s('sponsor'),
    body: s('body') ?? null,
    lang: s('lang') === 'en' ? 'en' : 'vi',
    translationOfId: s('translationOfId') || null,
  };
}

/** Save (draft) or save-and-publish, from the project form. */
export async function saveProjectAction(siteId: string, projectId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const publish = form.get('intent') === 'publish';
  try {
    if (projectId) {
      await updateProject(actor, siteId, projectId, projectInput(form));
      if (publish) await setProjectPublished(actor, siteId, projectId, true);
      revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
      return { ok: true, message: publish ? 'Đã lưu và đăng dự án.' : 'Đã lưu dự án.' };
    }
    const created = await createProject(actor, siteId, projectInput(form), { publish });
    revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
    return { ok: true, message: publish ? 'Đã đăng dự án.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/du-an/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveProject', siteId });
  }
}

/** Publish, withdraw or delete one project. */
export async function projectCommandAction(siteId: string, projectId: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const command = form.get('command');
  try {
    if (command === 'delete') {
      await deleteProject(actor, siteId, projectId);
      revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
      return { ok: true, message: 'Đã xóa dự án.', redirectTo: `/quan-tri/trang/${siteId}/du-an` };
    }
    if (command !== 'publish' && command !== 'unpublish') throw new AppError('VALIDATION', 'Thao tác không hợp lệ.');
    await setProjectPublished(actor, siteId, projectId, command === 'publish');
    revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
    return { ok: true, message: command === 'publish' ? 'Đã đăng dự án.' : 'Đã gỡ dự án khỏi trang công khai.' };
  } catch (e) {
    return toActionError(e, { action: 'projectCommand', siteId });
  }
}
