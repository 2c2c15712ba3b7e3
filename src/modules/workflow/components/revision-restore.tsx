'use client';

import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/server/action-result';

export function RevisionRestore({ restore, number }: { restore: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>; number: number }) {
  const { state, onSubmit, pending } = useFormAction(restore);
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      <input type="hidden" name="number" value={number} />
      <button className="button button--secondary" type="submit" disabled={pending}>
        Khôi phục phiên bản {number}
      </button>
    </form>
  );
}
