import { HONEYPOT_FIELD } from '@/modules/public-forms/public-form';

/**
 * The spam trap of public forms (I4). Hidden by the stylesheet's `display: none`, so nobody sees it and assistive
 * technology skips it; automated submitters that fill every field are refused.
 */
export function Honeypot() {
  return (
    <div className="form-trap">
      <label htmlFor={`f-${HONEYPOT_FIELD}`}>Để trống ô này</label>
      <input type="text" id={`f-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} autoComplete="off" tabIndex={-1} defaultValue="" />
    </div>
  );
}
