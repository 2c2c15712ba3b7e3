'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { autosaveVersion } from '@/modules/workflow/autosave';
import { marksFromForm } from '@/modules/content/protection-marks';
import { workflowStepAction } from '@/modules/workflow/workflow.actions';
import { createProject, deleteProject, projectTransition, updateProject } from './projects.service';
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

/** Save (a version), or save and submit it for review, from the project form. */
export async function saveProjectAction(siteId: string, projectId: string | null, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  const submit = form.get('intent') === 'submit';
  try {
    if (projectId) {
      const saved = await updateProject(actor, siteId, projectId, projectInput(form), { marks: marksFromForm(form) });
      if (submit) await projectTransition(actor, siteId, projectId, { action: 'submit' });
      revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
      const pending = saved.pendingVersion ? ' Bản đang đăng không đổi cho đến khi phiên bản mới được duyệt.' : '';
      return { ok: true, message: submit ? `Đã lưu phiên bản ${saved.revision} và gửi duyệt.` : `Đã lưu phiên bản ${saved.revision}.${pending}` };
    }
    const created = await createProject(actor, siteId, projectInput(form), { marks: marksFromForm(form) });
    if (submit) await projectTransition(actor, siteId, created.id, { action: 'submit' });
    revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
    return { ok: true, message: submit ? 'Đã lưu và gửi duyệt.' : 'Đã lưu bản nháp.', redirectTo: `/quan-tri/trang/${siteId}/du-an/${created.id}?da-luu=1` };
  } catch (e) {
    return toActionError(e, { action: 'saveProject', siteId });
  }
}

/** Autosave of a draft project being written (E3). */
export async function autosaveProjectAction(siteId: string, projectId: string, form: FormData): Promise<ActionResult> {
  return autosaveVersion('autosaveProject', siteId, (actor) => updateProject(actor, siteId, projectId, projectInput(form), { marks: marksFromForm(form), autosave: true }));
}

/** A workflow step from the console (the service decides again whether this person may take it), or delete. */
export async function projectCommandAction(siteId: string, projectId: string, prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    if (form.get('command') === 'delete') {
      await deleteProject(actor, siteId, projectId);
      revalidatePath(`/quan-tri/trang/${siteId}/du-an`, 'layout');
      return { ok: true, message: 'Đã xóa dự án.', redirectTo: `/quan-tri/trang/${siteId}/du-an` };
    }
    return workflowStepAction('project', siteId, projectId, prev, form);
  } catch (e) {
    return toActionError(e, { action: 'projectCommand', siteId });
  }
}
