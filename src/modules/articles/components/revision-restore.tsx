'use client';

import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { restoreArticleRevisionAction } from '../articles.actions';

export function RevisionRestore({ siteId, articleId, number }: { siteId: string; articleId: string; number: number }) {
  const { state, onSubmit, pending } = useFormAction(restoreArticleRevisionAction.bind(null, siteId, articleId));
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
