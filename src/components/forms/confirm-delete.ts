import type { MouseEvent } from 'react';

/** Deleting cannot be undone: ask once before the form is submitted. */
export function confirmDelete(event: MouseEvent<HTMLButtonElement>, question: string): void {
  if (!window.confirm(question)) event.preventDefault();
}
