'use client';

import { confirmDelete } from '@/components/forms/confirm-delete';
import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { publishScheduleWeekAction, saveScheduleEntryAction, scheduleEntryCommandAction } from '../schedule.actions';

type Initial = {
  date?: string;
  startTime?: string | null;
  endTime?: string | null;
  leader?: string;
  content?: string;
  place?: string | null;
  participants?: string | null;
  preparedBy?: string | null;
  lang?: string;
};

const LABELS = {
  date: 'Ngày',
  startTime: 'Giờ bắt đầu',
  endTime: 'Giờ kết thúc',
  leader: 'Lãnh đạo chủ trì',
  content: 'Nội dung công tác',
  place: 'Địa điểm',
  participants: 'Thành phần tham dự',
  preparedBy: 'Đơn vị chuẩn bị',
  lang: 'Ngôn ngữ',
} as const;

/** Add or edit one entry of the leaders' schedule (C4); a refused submission keeps what was typed. */
export function ScheduleEntryForm(props: { siteId: string; entryId: string | null; initial: Initial; canPublish: boolean; status?: string }) {
  const { state, onSubmit, pending } = useFormAction(saveScheduleEntryAction.bind(null, props.siteId, props.entryId));
  const i = props.initial;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormStatus state={state} />
      <Field name="lang" label={LABELS.lang} state={state} defaultValue={i.lang ?? 'vi'}>
        <option value="vi">Tiếng Việt</option>
        <option value="en">Tiếng Anh (hiện ở trang /en/lich-cong-tac)</option>
      </Field>
      <Field name="date" label={LABELS.date} type="date" state={state} defaultValue={i.date} required />
      <Field name="startTime" label={LABELS.startTime} hint="Dạng HH:MM, ví dụ 07:30. Để trống nếu cả ngày." state={state} defaultValue={i.startTime} />
      <Field name="endTime" label={LABELS.endTime} hint="Dạng HH:MM, có thể để trống." state={state} defaultValue={i.endTime} />
      <Field name="leader" label={LABELS.leader} hint="Chức vụ và họ tên, ví dụ: Chủ tịch UBND tỉnh Nguyễn Văn A." state={state} defaultValue={i.leader} required />
      <Field name="content" label={LABELS.content} state={state} defaultValue={i.content} multiline required />
      <Field name="place" label={LABELS.place} state={state} defaultValue={i.place} />
      <Field name="participants" label={LABELS.participants} state={state} defaultValue={i.participants} multiline />
      <Field name="preparedBy" label={LABELS.preparedBy} hint="Cơ quan, đơn vị chuẩn bị nội dung." state={state} defaultValue={i.preparedBy} />
      <div className="button-row">
        {props.status === 'PUBLISHED' ? (
          <button className="button" type="submit" name="intent" value="save" disabled={pending}>
            Lưu thay đổi
          </button>
        ) : (
          <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
            Lưu nháp
          </button>
        )}
        {props.canPublish && props.status !== 'PUBLISHED' ? (
          <button className="button" type="submit" name="intent" value="publish" disabled={pending}>
            Lưu và đăng
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Publish, withdraw or delete one entry: board head, deputy and super-admin only (content.policy). */
export function ScheduleEntryCommands({ siteId, entryId, status, week }: { siteId: string; entryId: string; status: string; week: string }) {
  const { state, onSubmit, pending } = useFormAction(scheduleEntryCommandAction.bind(null, siteId, entryId));
  return (
    <form onSubmit={onSubmit} style={{ marginBottom: '1.5rem' }}>
      <FormStatus state={state} />
      <input type="hidden" name="tuan" value={week} />
      <div className="button-row">
        {status === 'PUBLISHED' ? (
          <button className="button button--secondary" type="submit" name="command" value="unpublish" disabled={pending}>
            Gỡ khỏi trang công khai
          </button>
        ) : (
          <button className="button" type="submit" name="command" value="publish" disabled={pending}>
            Đăng
          </button>
        )}
        <button className="button button--warning" type="submit" name="command" value="delete" disabled={pending} onClick={(e) => confirmDelete(e, 'Xóa hẳn mục lịch này? Thao tác không thể hoàn tác.')}>
          Xóa mục lịch
        </button>
      </div>
    </form>
  );
}

/** Publishes the drafts of the week shown in the console in one go. */
export function PublishWeekButton({ siteId, week, weekNumber }: { siteId: string; week: string; weekNumber: number }) {
  const { state, onSubmit, pending } = useFormAction(publishScheduleWeekAction.bind(null, siteId));
  return (
    <form onSubmit={onSubmit} style={{ marginBottom: '1.5rem' }}>
      <FormStatus state={state} />
      <input type="hidden" name="tuan" value={week} />
      <button className="button" type="submit" disabled={pending}>
        Đăng tất cả bản nháp của tuần {weekNumber}
      </button>
    </form>
  );
}
