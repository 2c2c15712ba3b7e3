'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { PublicFormResult } from '@/modules/public-forms/public-form';

/**
 * Public forms (I4): `formAction` goes in `<form action>` so the form works before or without JavaScript (the
 * server renders the result, and `state.values` refills the fields); with JavaScript `onSubmit` sends it without
 * React's automatic reset, so a refused form keeps everything typed.
 */
export function usePublicForm(action: (prev: PublicFormResult | null, form: FormData) => Promise<PublicFormResult>, permalink: string) {
  // The permalink is the page's own path: without JavaScript the browser posts there and the server renders the result.
  const [state, formAction, pending] = useActionState(action, null, permalink);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  const value = (name: string) => state?.values?.[name];
  return { state, formAction, onSubmit, pending, value };
}
