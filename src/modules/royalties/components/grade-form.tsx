'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { gradeRoyaltyAction } from '../royalties.actions';

type Initial = { mode: 'coefficient' | 'amount'; coefficient: string; unitValue: string; amount: string; note: string; shares: { author: string; percent: number }[] };

/** E7 grading: coefficient × value of one coefficient, or an amount; co-authors share in per cent. */
export function GradeForm({ siteId, articleId, initial }: { siteId: string; articleId: string; initial: Initial }) {
  const { state, onSubmit, pending } = useFormAction(gradeRoyaltyAction.bind(null, siteId, articleId));
  const rows = [...initial.shares, { author: '', percent: '' as unknown as number }, { author: '', percent: '' as unknown as number }];
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <fieldset>
        <legend>Cách tính</legend>
        <div>
          <input type="radio" id="mode-coefficient" name="mode" value="coefficient" defaultChecked={initial.mode === 'coefficient'} />{' '}
          <label htmlFor="mode-coefficient" style={{ display: 'inline', fontWeight: 400 }}>Theo hệ số nhuận bút</label>
        </div>
        <div>
          <input type="radio" id="mode-amount" name="mode" value="amount" defaultChecked={initial.mode === 'amount'} />{' '}
          <label htmlFor="mode-amount" style={{ display: 'inline', fontWeight: 400 }}>Theo số tiền</label>
        </div>
      </fieldset>
      <div className="form-row">
        <Field name="coefficient" label="Hệ số nhuận bút" hint="Ví dụ 1,5" state={state} defaultValue={initial.coefficient} />
        <Field name="unitValue" label="Giá trị một hệ số (đồng)" hint="Ví dụ 234.000" state={state} defaultValue={initial.unitValue} />
        <Field name="amount" label="Hoặc số tiền (đồng)" state={state} defaultValue={initial.amount} />
      </div>
      <fieldset>
        <legend>Tác giả và tỷ lệ hưởng (cộng đủ 100%)</legend>
        {state && !state.ok && state.fields?.shares ? <p className="error-message" id="f-shares">{state.fields.shares}</p> : null}
        {rows.map((s, i) => (
          <div className="form-row" key={i}>
            <div className="form-group">
              <label htmlFor={`f-author-${i}`}>Tác giả {i + 1}</label>
              <input id={`f-author-${i}`} name={`author-${i}`} defaultValue={s.author} />
            </div>
            <div className="form-group">
              <label htmlFor={`f-percent-${i}`}>Tỷ lệ (%) của tác giả {i + 1}</label>
              <input id={`f-percent-${i}`} name={`percent-${i}`} inputMode="numeric" defaultValue={String(s.percent)} size={5} />
            </div>
          </div>
        ))}
      </fieldset>
      <Field name="note" label="Ghi chú" state={state} defaultValue={initial.note} />
      <button className="button" type="submit" disabled={pending}>Lưu nhuận bút</button>
    </form>
  );
}
