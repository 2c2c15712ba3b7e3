'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { Honeypot } from '@/components/forms/honeypot';
import { usePublicForm } from '@/components/forms/use-public-form';
import { submitCommentAction } from '../consultations.actions';

const LABELS = { name: 'Họ và tên', email: 'Thư điện tử', organisation: 'Cơ quan, tổ chức', article: 'Góp ý cho', content: 'Nội dung góp ý' };

/** Comment on the whole draft or one article of it (I2); works without JavaScript. */
export function CommentForm({ slug, articles }: { slug: string; articles: { label: string; heading: string }[] }) {
  const { state, formAction, onSubmit, pending, value } = usePublicForm(submitCommentAction.bind(null, slug), `/gop-y-du-thao/${slug}`);
  if (state?.ok) {
    return (
      <div className="notice" role="status">
        <h3>Đã gửi góp ý</h3>
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} labels={LABELS} title="Chưa gửi được góp ý" />
      <Honeypot />
      <Field name="name" label="Họ và tên" state={state} defaultValue={value('name')} autoComplete="name" required />
      <Field name="email" label="Thư điện tử" hint="Không hiển thị công khai." type="email" state={state} defaultValue={value('email')} autoComplete="email" required />
      <Field name="organisation" label="Cơ quan, tổ chức (không bắt buộc)" state={state} defaultValue={value('organisation')} autoComplete="organization" />
      <Field name="article" label="Góp ý cho" state={state} defaultValue={value('article') ?? ''}>
        <option value="">Toàn bộ dự thảo</option>
        {articles.map((a) => (
          <option key={a.label} value={a.label}>
            {a.heading.length > 90 ? `${a.heading.slice(0, 90)}…` : a.heading}
          </option>
        ))}
      </Field>
      <Field name="content" label="Nội dung góp ý" hint="Tối đa 10.000 ký tự." state={state} defaultValue={value('content')} multiline required />
      <button className="button" type="submit" disabled={pending}>
        Gửi góp ý
      </button>
    </form>
  );
}
