'use client';

import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/server/action-result';

/**
 * Submits a form to a server action without React's automatic form reset, so that a refused
 * submission keeps everything the person typed ("bad input loses nothing").
 */
export function useFormAction(action: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return { state, onSubmit, pending };
}
