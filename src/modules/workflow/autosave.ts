import type { Actor } from '@/server/actor';
import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';

/**
 * The body of every type's autosave server action: the signed-in person saves a version marked as an autosave
 * (the service decides whether they may), answered with the time in Vietnam.
 */
export async function autosaveVersion(action: string, siteId: string, save: (actor: Actor) => Promise<{ revision: number }>): Promise<ActionResult> {
  const { actor } = await requireAdmin();
  try {
    const saved = await save(actor);
    const at = new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' });
    return { ok: true, message: `Đã tự lưu (phiên bản ${saved.revision}) lúc ${at}.` };
  } catch (e) {
    return toActionError(e, { action, siteId });
  }
}
