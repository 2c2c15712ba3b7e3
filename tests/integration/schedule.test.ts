import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { currentIsoWeek, weekStart, addDays } from '@/modules/schedule/iso-week';
import { findEntriesForConsole, findEntryForConsole, updateEntryRow, deleteEntryRow } from '@/modules/schedule/schedule.repository';
import {
  createScheduleEntry,
  deleteScheduleEntry,
  getPublishedWeek,
  getScheduleEntryForEditing,
  getWeekForConsole,
  hasEnglishSchedule,
  publishScheduleWeek,
  setScheduleEntryPublished,
  updateScheduleEntry,
} from '@/modules/schedule/schedule.service';
import { withTransaction } from '@/server/transaction';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'BOARD_DEPUTY' | 'EDITOR' | 'CONTRIBUTOR';
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const W48 = { year: 2026, week: 48 };
const entry = { date: '2026-11-23', startTime: '07:30', endTime: '11:00', leader: 'Chủ tịch UBND tỉnh Nguyễn Văn An', content: 'Giao ban lãnh đạo UBND tỉnh', place: 'Phòng họp số 1' };

describe('leaders’ weekly schedule (C4)', () => {
  it('groups a week’s published entries by day, Monday first, ordered by time, with NFC text', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-11-25', startTime: '14:00', endTime: '', content: 'Họp chiều thứ Tư' }, { publish: true });
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-11-25', startTime: '08:00', content: 'Họp sáng thứ Tư' }, { publish: true });
    await createScheduleEntry(head, root.id, { ...entry, leader: 'Phó Chủ tịch UBND tỉnh Lê Thị Bình'.normalize('NFD') }, { publish: true });
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-11-30', content: 'Tuần sau' }, { publish: true });
    const week = await getPublishedWeek({ siteId: root.id, week: W48 });
    expect(week).toMatchObject({ week: '2026-W48', from: '2026-11-23', to: '2026-11-29', previous: '2026-W47', next: '2026-W49', total: 3 });
    expect(week.days.map((d) => d.label)).toEqual([
      'Thứ Hai, 23/11/2026',
      'Thứ Ba, 24/11/2026',
      'Thứ Tư, 25/11/2026',
      'Thứ Năm, 26/11/2026',
      'Thứ Sáu, 27/11/2026',
      'Thứ Bảy, 28/11/2026',
      'Chủ nhật, 29/11/2026',
    ]);
    expect(week.days[0]!.entries[0]).toMatchObject({ leader: 'Phó Chủ tịch UBND tỉnh Lê Thị Bình'.normalize('NFC'), startTime: '07:30', endTime: '11:00', place: 'Phòng họp số 1' });
    expect(week.days[2]!.entries.map((e) => e.content)).toEqual(['Họp sáng thứ Tư', 'Họp chiều thứ Tư']);
    expect(week.days[2]!.entries[1]!.endTime).toBeNull();
    const next = await getPublishedWeek({ siteId: root.id, week: { year: 2026, week: 49 } });
    expect(next.days[0]!.entries.map((e) => e.content)).toEqual(['Tuần sau']);
  });

  it('shows the week that spans New Year (2026-W53) with both years’ days', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'SUPER_ADMIN');
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-12-31', content: 'Tổng kết năm' }, { publish: true });
    await createScheduleEntry(head, root.id, { ...entry, date: '2027-01-02', content: 'Trực Tết Dương lịch' }, { publish: true });
    await createScheduleEntry(head, root.id, { ...entry, date: '2027-01-04', content: 'Giao ban đầu năm' }, { publish: true });
    const w53 = await getPublishedWeek({ siteId: root.id, week: { year: 2026, week: 53 } });
    expect(w53.days.flatMap((d) => d.entries.map((e) => `${d.date} ${e.content}`))).toEqual(['2026-12-31 Tổng kết năm', '2027-01-02 Trực Tết Dương lịch']);
    expect(w53.next).toBe('2027-W01');
    const w1 = await getPublishedWeek({ siteId: root.id, week: { year: 2027, week: 1 } });
    expect(w1.previous).toBe('2026-W53');
    expect(w1.total).toBe(1);
  });

  it('never lists drafts, withdrawn entries or entries of another language', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createScheduleEntry(head, root.id, { ...entry, content: 'Bản nháp chưa duyệt' });
    const withdrawn = await createScheduleEntry(head, root.id, { ...entry, content: 'Lịch đã gỡ' }, { publish: true });
    await setScheduleEntryPublished(head, root.id, withdrawn.id, false);
    await createScheduleEntry(head, root.id, { ...entry, content: 'Weekly leadership meeting', lang: 'en' }, { publish: true });
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).total).toBe(0);
    const en = await getPublishedWeek({ siteId: root.id, week: W48, lang: 'en' });
    expect(en.days[0]!.entries.map((e) => e.content)).toEqual(['Weekly leadership meeting']);
    expect(en.days[0]!.label).toBe('Monday, 23 November 2026');
    expect(await hasEnglishSchedule(root.id)).toBe(true);
    // The console sees all three, with their states.
    const consoleWeek = await getWeekForConsole(head, root.id, W48);
    expect(consoleWeek.days[0]!.entries.map((e) => e.status).sort()).toEqual(['DRAFT', 'PUBLISHED', 'UNPUBLISHED']);
  });

  it('the English page exists only when English entries are published', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    expect(await hasEnglishSchedule(root.id)).toBe(false);
    await createScheduleEntry(head, root.id, { ...entry, content: 'Draft in English', lang: 'en' });
    expect(await hasEnglishSchedule(root.id)).toBe(false);
  });

  it('refuses bad input with precise Vietnamese messages and stores nothing', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await expect(createScheduleEntry(head, root.id, { ...entry, startTime: '7g30' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { startTime: 'Giờ bắt đầu phải có dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.' },
    });
    await expect(createScheduleEntry(head, root.id, { ...entry, startTime: '14:00', endTime: '09:00' })).rejects.toThrow('Giờ kết thúc phải sau giờ bắt đầu.');
    await expect(createScheduleEntry(head, root.id, { ...entry, leader: '   ' })).rejects.toMatchObject({ fields: { leader: 'Lãnh đạo chủ trì là bắt buộc.' } });
    await expect(createScheduleEntry(head, root.id, { ...entry, date: '2026-02-30' })).rejects.toMatchObject({ fields: { date: expect.stringContaining('Ngày không hợp lệ') } });
    expect(await sql('SELECT id FROM schedule_entries')).toEqual([]);
  });

  it('publish rights follow content.policy: editors and contributors write drafts, the board publishes', async () => {
    const { root } = await smallProvince();
    await expect(createScheduleEntry(as(root.id, 'EDITOR'), root.id, entry, { publish: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createScheduleEntry(as(root.id, 'CONTRIBUTOR'), root.id, entry);
    expect(draft.status).toBe('DRAFT');
    await expect(setScheduleEntryPublished(as(root.id, 'CONTRIBUTOR'), root.id, draft.id, true)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deleteScheduleEntry(as(root.id, 'EDITOR'), root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(publishScheduleWeek(as(root.id, 'EDITOR'), root.id, W48)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createScheduleEntry({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, entry)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setScheduleEntryPublished(as(root.id, 'BOARD_DEPUTY'), root.id, draft.id, true);
    // Once published, only the board may change it.
    await expect(updateScheduleEntry(as(root.id, 'EDITOR'), root.id, draft.id, { ...entry, content: 'Sửa sau khi đăng' })).rejects.toThrow('Lịch đã đăng chỉ ban biên tập được sửa.');
    await updateScheduleEntry(as(root.id, 'SUPER_ADMIN'), root.id, draft.id, { ...entry, content: 'Sửa sau khi đăng' });
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).days[0]!.entries[0]!.content).toBe('Sửa sau khi đăng');
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 AND entity = 'schedule_entry' ORDER BY "createdAt"`, [root.id]);
    expect(audit.map((a) => a.action)).toEqual(['schedule.create', 'schedule.publish', 'schedule.update']);
  });

  it('publishes a whole week’s drafts at once, leaving withdrawn entries and other weeks alone', async () => {
    const { root } = await smallProvince();
    const head = as(root.id, 'BOARD_HEAD');
    await createScheduleEntry(head, root.id, { ...entry, content: 'Nháp 1' });
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-11-29', content: 'Nháp 2' });
    await createScheduleEntry(head, root.id, { ...entry, date: '2026-11-30', content: 'Nháp tuần sau' });
    const withdrawn = await createScheduleEntry(head, root.id, { ...entry, content: 'Đã gỡ' }, { publish: true });
    await setScheduleEntryPublished(head, root.id, withdrawn.id, false);
    expect(await publishScheduleWeek(head, root.id, W48)).toBe(2);
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).days.flatMap((d) => d.entries.map((e) => e.content)).sort()).toEqual(['Nháp 1', 'Nháp 2']);
    expect((await getPublishedWeek({ siteId: root.id, week: { year: 2026, week: 49 } })).total).toBe(0);
  });

  it('seeded-style dates: the current week in Vietnam holds entries created for "this Monday"', async () => {
    const { root } = await smallProvince();
    const monday = weekStart(currentIsoWeek());
    await createScheduleEntry(as(root.id, 'BOARD_HEAD'), root.id, { ...entry, date: addDays(monday, 6), content: 'Chủ nhật tuần này' }, { publish: true });
    const week = await getPublishedWeek({ siteId: root.id, week: currentIsoWeek() });
    expect(week.days[6]!.entries.map((e) => e.content)).toEqual(['Chủ nhật tuần này']);
  });
});

describe('two-site isolation (schedule)', () => {
  it('site B cannot read, edit, publish or delete site A entries', async () => {
    const { root, dept } = await smallProvince();
    const a = await createScheduleEntry(as(root.id, 'BOARD_HEAD'), root.id, entry, { publish: true });
    await createScheduleEntry(as(dept.id, 'BOARD_HEAD'), dept.id, { ...entry, content: 'Lịch của Sở' }, { publish: true });
    const deptHead = as(dept.id, 'BOARD_HEAD');
    expect((await getPublishedWeek({ siteId: dept.id, week: W48 })).days[0]!.entries.map((e) => e.content)).toEqual(['Lịch của Sở']);
    expect(await getScheduleEntryForEditing(deptHead, dept.id, a.id)).toBeNull();
    await expect(updateScheduleEntry(deptHead, dept.id, a.id, { ...entry, content: 'Chiếm quyền' })).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    await expect(setScheduleEntryPublished(deptHead, dept.id, a.id, false)).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    await expect(deleteScheduleEntry(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    // Acting on site A with only a site B role is refused outright.
    await expect(setScheduleEntryPublished(deptHead, root.id, a.id, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getWeekForConsole(deptHead, root.id, W48)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The repository itself scopes by site in the where.
    expect(await findEntryForConsole({ siteId: dept.id, id: a.id })).toBeNull();
    expect((await findEntriesForConsole({ siteId: dept.id, from: '2026-11-23', to: '2026-11-29' })).map((e) => e.siteId)).toEqual([dept.id]);
    expect(await withTransaction((tx) => updateEntryRow(tx, { siteId: dept.id, id: a.id, data: { content: 'x' } }))).toBe(0);
    expect(await withTransaction((tx) => deleteEntryRow(tx, { siteId: dept.id, id: a.id }))).toBe(0);
    const [row] = await sql<{ content: string; status: string }>('SELECT content, status FROM schedule_entries WHERE id = $1', [a.id]);
    expect(row).toEqual({ content: 'Giao ban lãnh đạo UBND tỉnh', status: 'PUBLISHED' });
  });
});
