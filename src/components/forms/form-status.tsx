import type { ActionResult } from '@/server/action-result';

/** Error summary (GOV.UK pattern) or success notice at the top of a form. */
export function FormStatus({ state, labels, title = 'Chưa lưu được' }: { state: ActionResult | null; labels?: Record<string, string>; title?: string }) {
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
      <h2>{title}</h2>
      {fields.length > 0 ? (
        <ul>
          {fields.map(([field, message]) => (
            <li key={field}>
              <a href={`#f-${field.replace(/\./g, '-')}`}>{labels?.[field] ? `${labels[field]}: ${message}` : message}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{state.message}</p>
      )}
    </div>
  );
}
