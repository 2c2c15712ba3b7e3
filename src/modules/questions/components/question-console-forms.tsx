'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { assignQuestionAction, draftAnswerAction, publishQuestionAction, questionSettingsAction, reviewAnswerAction } from '../questions.actions';

export function AssignQuestionForm(props: { siteId: string; id: string; members: { userId: string; name: string; role: string }[]; units: string[]; assigneeUserId: string | null; assignedUnit: string | null; dueDate: string }) {
  const { state, onSubmit, pending } = useFormAction(assignQuestionAction.bind(null, props.siteId, props.id));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="assigneeUserId" label="Người xử lý" hint="Thành viên của trang được giao soạn trả lời." state={state} defaultValue={props.assigneeUserId ?? ''}>
        <option value="">Không giao cho người cụ thể</option>
        {props.members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name} ({m.role})
          </option>
        ))}
      </Field>
      {props.units.length > 0 ? (
        <Field name="assignedUnitPick" label="Đơn vị trong danh bạ của trang" state={state} defaultValue={props.units.includes(props.assignedUnit ?? '') ? (props.assignedUnit ?? '') : ''}>
          <option value="">Không chọn</option>
          {props.units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </Field>
      ) : null}
      <Field name="assignedUnit" label="Hoặc ghi tên đơn vị xử lý" state={state} defaultValue={props.units.includes(props.assignedUnit ?? '') ? '' : (props.assignedUnit ?? '')} />
      <Field name="dueDate" label="Hạn trả lời" type="date" state={state} defaultValue={props.dueDate} />
      <button className="button" type="submit" disabled={pending}>
        Phân công
      </button>
    </form>
  );
}

export function DraftAnswerForm({ siteId, id, answer }: { siteId: string; id: string; answer: string | null }) {
  const { state, onSubmit, pending } = useFormAction(draftAnswerAction.bind(null, siteId, id));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="answer" label="Nội dung trả lời" hint="Câu trả lời được gửi cho người hỏi sau khi trưởng ban hoặc phó trưởng ban duyệt." state={state} defaultValue={answer ?? ''} multiline required />
      <button className="button" type="submit" disabled={pending}>
        Lưu và trình duyệt
      </button>
    </form>
  );
}

export function ReviewAnswerForm({ siteId, id }: { siteId: string; id: string }) {
  const { state, onSubmit, pending } = useFormAction(reviewAnswerAction.bind(null, siteId, id));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <div className="form-group">
        <input type="checkbox" id="f-publish" name="publish" value="1" defaultChecked />{' '}
        <label htmlFor="f-publish">Đăng câu hỏi và câu trả lời lên trang Hỏi đáp (không kèm họ tên, thư điện tử, điện thoại, địa chỉ)</label>
      </div>
      <Field name="reason" label="Lý do trả lại (khi trả lại để soạn lại)" state={state} multiline />
      <div className="button-row">
        <button className="button" type="submit" name="command" value="approve" disabled={pending}>
          Duyệt và gửi trả lời
        </button>
        <button className="button button--secondary" type="submit" name="command" value="return" disabled={pending}>
          Trả lại để soạn lại
        </button>
      </div>
    </form>
  );
}

export function PublishQuestionForm({ siteId, id, isPublished }: { siteId: string; id: string; isPublished: boolean }) {
  const { state, onSubmit, pending } = useFormAction(publishQuestionAction.bind(null, siteId, id));
  return (
    <form onSubmit={onSubmit}>
      <FormStatus state={state} />
      <button className={`button${isPublished ? ' button--secondary' : ''}`} type="submit" name="command" value={isPublished ? 'unpublish' : 'publish'} disabled={pending}>
        {isPublished ? 'Gỡ khỏi trang Hỏi đáp' : 'Đăng lên trang Hỏi đáp'}
      </button>
    </form>
  );
}

export function QuestionSettingsForm({ siteId, questionDueDays }: { siteId: string; questionDueDays: number }) {
  const { state, onSubmit, pending } = useFormAction(questionSettingsAction.bind(null, siteId));
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="questionDueDays" label="Thời hạn trả lời mặc định (ngày làm việc)" hint="Tính từ ngày làm việc sau ngày tiếp nhận; không tính thứ Bảy, Chủ nhật và các ngày lễ dương lịch." type="number" state={state} defaultValue={String(questionDueDays)} />
      <button className="button button--secondary" type="submit" disabled={pending}>
        Lưu thời hạn
      </button>
    </form>
  );
}
