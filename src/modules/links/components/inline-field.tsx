import type { ActionResult } from '@/server/action-result';

/**
 * Field and error summary for pages with many small forms (one per link): ids carry a per-form prefix
 * so labels, hints and the summary's links stay unique on the page.
 */
export function InlineField(props: { prefix: string; name: string; label: string; state: ActionResult | null; defaultValue?: string | number | null; type?: string; hint?: string; children?: React.ReactNode; inputMode?: 'numeric' }) {
  const id = `${props.prefix}-${props.name}`;
  const error = props.state && !props.state.ok ? props.state.fields?.[props.name] : undefined;
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = { id, name: props.name, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, defaultValue: props.defaultValue ?? undefined };
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {error ? (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </span>
      ) : null}
      {props.children ? <select {...common}>{props.children}</select> : <input type={props.type ?? 'text'} inputMode={props.inputMode} {...common} />}
    </div>
  );
}

export function InlineFormStatus({ prefix, state }: { prefix: string; state: ActionResult | null }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <div className="notice" role="status">
        {state.message}
      </div>
    ) : null;
  }
  const fields = Object.entries(state.fields ?? {});
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>Chưa lưu được</h2>
      {fields.length > 0 ? (
        <ul>
          {fields.map(([field, message]) => (
            <li key={field}>
              <a href={`#${prefix}-${field}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{state.message}</p>
      )}
    </div>
  );
}
