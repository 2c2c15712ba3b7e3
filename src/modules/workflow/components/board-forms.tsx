'use client';

import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/server/action-result';

type Step = (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;

export function DelegationForm({ action, delegated, name }: { action: Step; delegated: boolean; name: string }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      <input type="hidden" name="delegated" value={delegated ? '0' : '1'} />
      <button className="button button--secondary" type="submit" disabled={pending}>
        {delegated ? `Thu hồi ủy quyền của ${name}` : `Ủy quyền duyệt cho ${name}`}
      </button>
    </form>
  );
}

export function CategoryLimitsForm({ action, categories, selected, memberId }: { action: Step; categories: { id: string; name: string }[]; selected: string[]; memberId: string }) {
  const { state, onSubmit, pending } = useFormAction(action);
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      <fieldset>
        <legend className="visually-hidden">Chuyên mục được viết</legend>
        {categories.map((c) => (
          <div key={c.id}>
            <input type="checkbox" id={`lim-${memberId}-${c.id}`} name="categoryIds" value={c.id} defaultChecked={selected.includes(c.id)} />{' '}
            <label htmlFor={`lim-${memberId}-${c.id}`} style={{ display: 'inline', fontWeight: 400 }}>{c.name}</label>
          </div>
        ))}
      </fieldset>
      <button className="button button--secondary" type="submit" disabled={pending}>Lưu phân công</button>
    </form>
  );
}
