'use client';

import { useEffect } from 'react';
import { signOut } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { useFormAction } from '@/components/forms/use-form-action';
import { FormStatus } from '@/components/forms/form-status';
import { changePasswordAction } from '../users.actions';

export function ChangePasswordForm() {
  const { state, onSubmit: action, pending } = useFormAction(changePasswordAction);
  useEffect(() => {
    if (state?.ok) {
      const t = setTimeout(() => signOut({ callbackUrl: '/quan-tri/dang-nhap' }), 1500);
      return () => clearTimeout(t);
    }
  }, [state]);
  return (
    <form onSubmit={action} noValidate>
      <FormStatus state={state} />
      <Field name="currentPassword" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" state={state} required />
      <Field
        name="newPassword"
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        hint="Ít nhất 8 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt."
        state={state}
        required
      />
      <Field name="confirmPassword" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" state={state} required />
      <button className="button" type="submit" disabled={pending}>
        Đổi mật khẩu
      </button>
    </form>
  );
}
