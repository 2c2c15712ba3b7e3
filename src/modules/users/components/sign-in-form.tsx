'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import type { ActionResult } from '@/server/action-result';
import { SignInSchema } from '../users.schemas';

/** Credentials sign-in; the same zod schema validates here and in the server's authorize(). */
export function SignInForm({ next }: { next: string }) {
  const [state, setState] = useState<ActionResult | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = SignInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const i of parsed.error.issues) fields[String(i.path[0])] ??= i.message;
      setState({ ok: false, message: 'Thông tin đăng nhập chưa hợp lệ.', fields });
      return;
    }
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      const message = result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Thư điện tử hoặc mật khẩu không đúng.';
      setState({ ok: false, message });
      return;
    }
    window.location.assign(next);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="email" label="Thư điện tử" type="email" autoComplete="username" state={state} required />
      <Field name="password" label="Mật khẩu" type="password" autoComplete="current-password" state={state} required />
      <button className="button" type="submit" disabled={pending}>
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
