'use server';

import { requireAdmin } from '@/server/admin-context';
import { toActionError, type ActionResult } from '@/server/action-result';
import { changeOwnPassword } from './users.service';

export async function changePasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const { actor } = await requireAdmin({ allowExpiredPassword: true });
  try {
    await changeOwnPassword(actor, {
      currentPassword: form.get('currentPassword'),
      newPassword: form.get('newPassword'),
      confirmPassword: form.get('confirmPassword'),
    });
    return { ok: true, message: 'Đã đổi mật khẩu. Mọi phiên đăng nhập cũ đã kết thúc; hãy đăng nhập lại.' };
  } catch (e) {
    return toActionError(e, { action: 'changePassword' });
  }
}
