import type { ReactNode } from 'react';
import type { ActionResult } from '@/server/action-result';

type Props = {
  name: string;
  label: string;
  hint?: string;
  state: ActionResult | null;
  type?: string;
  defaultValue?: string | null;
  required?: boolean;
  autoComplete?: string;
  children?: ReactNode;
  multiline?: boolean;
  onChange?: (value: string) => void;
  value?: string;
};

/** A labelled input with hint and inline error; id f-<name> is the error summary's link target. */
export function Field({ name, label, hint, state, type = 'text', defaultValue, required, autoComplete, children, multiline, onChange, value }: Props) {
  const id = `f-${name.replace(/\./g, '-')}`;
  const error = state && !state.ok ? state.fields?.[name] : undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    autoComplete,
    ...(onChange ? { value: value ?? '', onChange: (e: { target: { value: string } }) => onChange(e.target.value) } : { defaultValue: defaultValue ?? undefined }),
  };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </span>
      ) : null}
      {children ? (
        <select {...common}>{children}</select>
      ) : multiline ? (
        <textarea {...common} />
      ) : (
        <input type={type} {...common} />
      )}
    </div>
  );
}
