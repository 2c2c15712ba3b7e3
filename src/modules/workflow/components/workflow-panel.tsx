'use client';

import { useEffect, useState } from 'react';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import type { ActionResult } from '@/server/action-result';
import type { LockResult } from '../workflow.actions';

type ActionView = { action: string; label: string; reasonRequired: boolean };

const vnTime = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/**
 * The workflow steps this person may take now (computed by the server from the one transition table) and
 * the extra each step needs: a reason to return or unpublish, a time to schedule.
 */
export function WorkflowPanel(props: {
  /** The type's step action, bound to the item on the server (it decides again). */
  step: (prev: ActionResult | null, form: FormData) => Promise<ActionResult>;
  actions: ActionView[];
  /** Type-specific commands handled by the same action (e.g. propose upward, delete). */
  extra?: { command: string; label: string; warning?: boolean }[];
}) {
  const { state, onSubmit, pending } = useFormAction(props.step);
  // Until the page is interactive the buttons wait: a click before hydration would submit the form natively.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const extra = props.extra ?? [];
  const needsReason = props.actions.some((a) => a.reasonRequired);
  const schedules = props.actions.some((a) => a.action === 'schedule');
  const approves = schedules || props.actions.some((a) => a.action === 'approve');
  if (props.actions.length === 0 && extra.length === 0) return null;
  return (
    <section aria-labelledby="workflow-heading" className="panel">
      <h2 id="workflow-heading">Xử lý theo quy trình</h2>
      <form onSubmit={onSubmit} noValidate>
        <FormStatus state={state} />
        {needsReason ? (
          <div className={`form-group${state && !state.ok && /lý do/i.test(state.message) ? ' form-group--error' : ''}`}>
            <label htmlFor="f-reason">Lý do (bắt buộc khi trả lại hoặc gỡ bài)</label>
            <textarea id="f-reason" name="reason" rows={3} maxLength={2000} />
          </div>
        ) : null}
        {approves ? (
          <div className="form-row">
            {schedules ? (
              <div className="form-group">
                <label htmlFor="f-scheduledAt">Hẹn giờ đăng (giờ Việt Nam)</label>
                <input id="f-scheduledAt" name="scheduledAt" type="datetime-local" />
              </div>
            ) : null}
            <div className="form-group">
              <label htmlFor="f-unpublishAt">Tự gỡ lúc (không bắt buộc)</label>
              <input id="f-unpublishAt" name="unpublishAt" type="datetime-local" />
            </div>
          </div>
        ) : null}
        <div className="button-row">
          {props.actions.map((a) => (
            <button key={a.action} className={`button${['submit', 'review', 'approve', 'schedule'].includes(a.action) ? '' : ' button--secondary'}`} type="submit" name="command" value={a.action} disabled={pending || !ready}>
              {a.label}
            </button>
          ))}
          {extra.map((x) => (
            <button key={x.command} className={`button ${x.warning ? 'button--warning' : 'button--secondary'}`} type="submit" name="command" value={x.command} disabled={pending || !ready}>
              {x.label}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/**
 * Edit lock: opening an item only shows whether someone else is editing it; the lock is taken at the first change
 * in the editing form and renewed every minute while the page stays open. Someone else's lock is shown with an
 * explicit "take over" (the server refuses saves from anyone but the holder).
 */
export function EditLock({ lock: lockAction, formId }: { lock: (mode: 'check' | 'take' | 'takeOver') => Promise<LockResult>; formId?: string }) {
  const [lock, setLock] = useState<{ mine: boolean; holder: string; since: string } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let stop = false;
    let editing = false;
    const ask = async (mode: 'check' | 'take') => {
      const r = await lockAction(mode);
      if (stop) return;
      if (r.ok) setLock(r.lock);
      else setError(r.message);
    };
    const start = () => {
      if (editing) return;
      editing = true;
      void ask('take');
    };
    void ask('check');
    const form = formId ? document.getElementById(formId) : null;
    form?.addEventListener('input', start);
    form?.addEventListener('change', start);
    const timer = window.setInterval(() => void ask(editing ? 'take' : 'check'), 60_000);
    return () => {
      stop = true;
      window.clearInterval(timer);
      form?.removeEventListener('input', start);
      form?.removeEventListener('change', start);
    };
  }, [lockAction, formId]);
  if (error) return <p className="hint">{error}</p>;
  if (!lock || lock.mine) return null;
  return (
    <div className="warning-text" role="alert">
      <p>
        <strong>{lock.holder}</strong> đang sửa nội dung này (từ {vnTime(lock.since)}). Lưu lúc này sẽ bị từ chối để không ghi đè thay đổi của họ.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={async () => {
          const r = await lockAction('takeOver');
          if (r.ok) setLock(r.lock);
        }}
      >
        Tiếp quản việc sửa
      </button>
    </div>
  );
}
