'use client';

import { FormStatus } from '@/components/forms/form-status';
import { Honeypot } from '@/components/forms/honeypot';
import { usePublicForm } from '@/components/forms/use-public-form';
import { submitRatingAction } from '../feedback.actions';
import { RATING_ASPECTS, SCORE_LABELS } from '../feedback.schemas';

/** Four radio groups 1–5, each a fieldset with its legend (I3); works without JavaScript. */
export function RatingForm() {
  const { state, formAction, onSubmit, pending, value } = usePublicForm(submitRatingAction, '/danh-gia');
  if (state?.ok) {
    return (
      <div className="notice" role="status">
        <h2>Đã gửi đánh giá</h2>
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <FormStatus state={state} title="Chưa gửi được đánh giá" />
      <Honeypot />
      {RATING_ASPECTS.map((a, i) => {
        const error = i === 0 && state && !state.ok ? state.fields?.interface : undefined;
        return (
          <fieldset key={a.key} className={`rating-group${error ? ' form-group--error' : ''}`} id={i === 0 ? 'f-interface' : undefined} aria-describedby={`${a.key}-hint${error ? ` ${a.key}-error` : ''}`}>
            <legend>{a.label}</legend>
            <p className="hint" id={`${a.key}-hint`}>
              {a.hint}. 1 = {SCORE_LABELS[0].toLowerCase()}, 5 = {SCORE_LABELS[4].toLowerCase()}.
            </p>
            {error ? (
              <p className="error-message" id={`${a.key}-error`}>
                <span className="visually-hidden">Lỗi: </span>
                {error}
              </p>
            ) : null}
            <div className="rating-options">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n}>
                  <input type="radio" name={a.key} value={n} defaultChecked={value(a.key) === String(n)} /> {n} – {SCORE_LABELS[n - 1]}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button className="button" type="submit" disabled={pending}>
        Gửi đánh giá
      </button>
    </form>
  );
}
