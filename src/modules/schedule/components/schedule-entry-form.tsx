'use client';

import { Field } from '@/components/forms/field';
import { FormStatus } from '@/components/forms/form-status';
import { useFormAction } from '@/components/forms/use-form-action';
import { ProtectionMarksFields } from '@/modules/content/components/protection-marks-fields';
import { approveScheduleWeekAction, saveScheduleEntryAction } from '../schedule.actions';

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
  classification?: string;
  forbiddenSubject?: boolean;
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
export function ScheduleEntryForm(props: {
  siteId: string;
  entryId: string | null;
  initial: Initial;
  /** Offer "save and submit" (the server decides again). */
  canSubmit: boolean;
}) {
  const { state, onSubmit, pending } = useFormAction(saveScheduleEntryAction.bind(null, props.siteId, props.entryId));
  const i = props.initial;
  return (
    <form id="schedule-entry-form" onSubmit={onSubmit} noValidate>
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
      <ProtectionMarksFields state={state} classification={i.classification} forbiddenSubject={i.forbiddenSubject} />
      <div className="button-row">
        <button className="button button--secondary" type="submit" name="intent" value="save" disabled={pending}>
          {props.entryId ? 'Lưu phiên bản' : 'Lưu nháp'}
        </button>
        {props.canSubmit ? (
          <button className="button" type="submit" name="intent" value="submit" disabled={pending}>
            Lưu và gửi duyệt
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Approves and publishes, in one go, the entries of the week shown in the console that wait for approval. */
export function ApproveWeekButton({ siteId, week, weekNumber, count }: { siteId: string; week: string; weekNumber: number; count: number }) {
  const { state, onSubmit, pending } = useFormAction(approveScheduleWeekAction.bind(null, siteId));
  return (
    <form onSubmit={onSubmit} style={{ marginBottom: '1.5rem' }}>
      <FormStatus state={state} />
      <input type="hidden" name="tuan" value={week} />
      <button className="button" type="submit" disabled={pending}>
        Duyệt và đăng {count} mục chờ duyệt của tuần {weekNumber}
      </button>
    </form>
  );
}
