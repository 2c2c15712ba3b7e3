'use client';

import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/server/action-result';

/**
 * Autosave every 30 s while something in the form changed (E3: drafts only — the page passes `save` only for a
 * draft or returned item, and the server refuses what may not be saved). Consecutive autosaves of one person
 * replace each other in the item's revisions.
 */
export function useAutosave(formRef: React.RefObject<HTMLFormElement | null>, save: ((form: FormData) => Promise<ActionResult>) | null) {
  const [message, setMessage] = useState('');
  const dirty = useRef(false);
  // The latest save function (a bound server action is a new function at every render; the timer keeps running).
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const enabled = save !== null;
  useEffect(() => {
    if (!enabled) return;
    const form = formRef.current;
    const mark = () => {
      dirty.current = true;
    };
    form?.addEventListener('input', mark);
    form?.addEventListener('change', mark);
    const timer = window.setInterval(async () => {
      if (!dirty.current || !formRef.current || !saveRef.current) return;
      dirty.current = false;
      const result = await saveRef.current(new FormData(formRef.current));
      setMessage(result.ok ? (result.message ?? '') : `Chưa tự lưu được: ${result.message}`);
    }, 30_000);
    return () => {
      window.clearInterval(timer);
      form?.removeEventListener('input', mark);
      form?.removeEventListener('change', mark);
    };
  }, [formRef, enabled]);
  return message;
}

/** Where the autosave result is announced (politely, to screen readers too). */
export function AutosaveStatus({ message }: { message: string }) {
  return (
    <p className="hint" role="status" aria-live="polite">
      {message}
    </p>
  );
}
