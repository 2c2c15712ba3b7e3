import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '@/server/actor';
import { currentIsoWeek, weekStart, addDays } from '@/modules/schedule/iso-week';
import { findEntriesForConsole, findEntryForConsole, updateEntryRow, deleteEntryRow } from '@/modules/schedule/schedule.repository';
import {
  approveScheduleWeek,
  createScheduleEntry,
  deleteScheduleEntry,
  getPublishedWeek,
  getScheduleEntryForEditing,
  getWeekForConsole,
  hasEnglishSchedule,
  scheduleEntryTransition,
  updateScheduleEntry,
} from '@/modules/schedule/schedule.service';
import type { ScheduleEntryInput } from '@/modules/schedule/schedule.schemas';
import { withTransaction } from '@/server/transaction';
import { resetDatabase, sql } from '../helpers/db';
import { editorialBoard, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

/** A schedule approved before the platform, brought in published by the command line (like the demo seed). */
const importEntry = (siteId: string, input: ScheduleEntryInput) => createScheduleEntry(CLI_ACTOR, siteId, input, { imported: 'PUBLISHED' });
const W48 = { year: 2026, week: 48 };
const entry = { date: '2026-11-23', startTime: '07:30', endTime: '11:00', leader: 'Chủ tịch UBND tỉnh Nguyễn Văn An', content: 'Giao ban lãnh đạo UBND tỉnh', place: 'Phòng họp số 1' };

describe('leaders’ weekly schedule (C4)', () => {
  it('groups a week’s published entries by day, Monday first, ordered by time, with NFC text', async () => {
    const { root } = await smallProvince();
    await importEntry(root.id, { ...entry, date: '2026-11-25', startTime: '14:00', endTime: '', content: 'Họp chiều thứ Tư' });
    await importEntry(root.id, { ...entry, date: '2026-11-25', startTime: '08:00', content: 'Họp sáng thứ Tư' });
    await importEntry(root.id, { ...entry, leader: 'Phó Chủ tịch UBND tỉnh Lê Thị Bình'.normalize('NFD') });
    await importEntry(root.id, { ...entry, date: '2026-11-30', content: 'Tuần sau' });
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
    await importEntry(root.id, { ...entry, date: '2026-12-31', content: 'Tổng kết năm' });
    await importEntry(root.id, { ...entry, date: '2027-01-02', content: 'Trực Tết Dương lịch' });
    await importEntry(root.id, { ...entry, date: '2027-01-04', content: 'Giao ban đầu năm' });
    const w53 = await getPublishedWeek({ siteId: root.id, week: { year: 2026, week: 53 } });
    expect(w53.days.flatMap((d) => d.entries.map((e) => `${d.date} ${e.content}`))).toEqual(['2026-12-31 Tổng kết năm', '2027-01-02 Trực Tết Dương lịch']);
    expect(w53.next).toBe('2027-W01');
    const w1 = await getPublishedWeek({ siteId: root.id, week: { year: 2027, week: 1 } });
    expect(w1.previous).toBe('2026-W53');
    expect(w1.total).toBe(1);
  });

  it('never lists drafts, withdrawn entries or entries of another language', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'hidden');
    const head = board.head;
    await createScheduleEntry(board.contributor, root.id, { ...entry, content: 'Bản nháp chưa duyệt' });
    const withdrawn = await importEntry(root.id, { ...entry, content: 'Lịch đã gỡ' });
    await scheduleEntryTransition(head, root.id, withdrawn.id, { action: 'unpublish', reason: 'Lãnh đạo đổi lịch.' });
    await importEntry(root.id, { ...entry, content: 'Weekly leadership meeting', lang: 'en' });
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
    const writer = (await editorialBoard(root.id, 'en')).contributor;
    expect(await hasEnglishSchedule(root.id)).toBe(false);
    await createScheduleEntry(writer, root.id, { ...entry, content: 'Draft in English', lang: 'en' });
    expect(await hasEnglishSchedule(root.id)).toBe(false);
  });

  it('refuses bad input with precise Vietnamese messages and stores nothing', async () => {
    const { root } = await smallProvince();
    const head = (await editorialBoard(root.id, 'bad')).contributor;
    await expect(createScheduleEntry(head, root.id, { ...entry, startTime: '7g30' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fields: { startTime: 'Giờ bắt đầu phải có dạng HH:MM (từ 00:00 đến 23:59), ví dụ 07:30.' },
    });
    await expect(createScheduleEntry(head, root.id, { ...entry, startTime: '14:00', endTime: '09:00' })).rejects.toThrow('Giờ kết thúc phải sau giờ bắt đầu.');
    await expect(createScheduleEntry(head, root.id, { ...entry, leader: '   ' })).rejects.toMatchObject({ fields: { leader: 'Lãnh đạo chủ trì là bắt buộc.' } });
    await expect(createScheduleEntry(head, root.id, { ...entry, date: '2026-02-30' })).rejects.toMatchObject({ fields: { date: expect.stringContaining('Ngày không hợp lệ') } });
    expect(await sql('SELECT id FROM schedule_entries')).toEqual([]);
  });

  it('goes through the board: written, submitted, reviewed, approved by someone else; every step audited', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'rights');
    await expect(createScheduleEntry(board.editor, root.id, entry, { imported: 'PUBLISHED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const superAdmin: Actor = { userId: null, label: 'quản trị trang', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' }] };
    await expect(createScheduleEntry(superAdmin, root.id, entry)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createScheduleEntry({ userId: null, label: 'admin', isPlatformAdmin: true, memberships: [] }, root.id, entry)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const draft = await createScheduleEntry(board.contributor, root.id, entry);
    expect(draft.status).toBe('DRAFT');
    await expect(scheduleEntryTransition(board.contributor, root.id, draft.id, { action: 'approve' })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await expect(deleteScheduleEntry(board.editor, root.id, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await scheduleEntryTransition(board.contributor, root.id, draft.id, { action: 'submit' });
    await scheduleEntryTransition(board.editor, root.id, draft.id, { action: 'review' });
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).total).toBe(0);
    await scheduleEntryTransition(board.head, root.id, draft.id, { action: 'approve' });
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).days[0]!.entries[0]!.content).toBe(entry.content);
    // A new version of a published entry waits for approval; the public keeps the approved one.
    const saved = await updateScheduleEntry(board.editor, root.id, draft.id, { ...entry, content: 'Giao ban lãnh đạo (dời sang 08:00)', startTime: '08:00' });
    expect(saved).toMatchObject({ pendingVersion: true });
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).days[0]!.entries[0]!.content).toBe(entry.content);
    expect(await getScheduleEntryForEditing(board.editor, root.id, draft.id)).toMatchObject({ content: 'Giao ban lãnh đạo (dời sang 08:00)', status: 'PUBLISHED', editorial: { pendingVersion: true } });
    expect((await getWeekForConsole(board.editor, root.id, W48)).working[draft.id]).toMatchObject({ pendingVersion: true, label: 'Bản nháp' });
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 AND entity = 'schedule' ORDER BY "createdAt", id`, [root.id]);
    expect(audit.map((a) => a.action)).toEqual(['schedule.create', 'schedule.submit', 'schedule.review', 'schedule.approve', 'schedule.save']);
  });

  it('a board head cannot publish their own entry; only the head deletes, never a public entry', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'own');
    const mine = await createScheduleEntry(board.head, root.id, entry);
    await scheduleEntryTransition(board.head, root.id, mine.id, { action: 'submit' });
    await scheduleEntryTransition(board.editor, root.id, mine.id, { action: 'review' });
    await expect(scheduleEntryTransition(board.head, root.id, mine.id, { action: 'approve' })).rejects.toThrow('Không ai được tự biên tập, duyệt hoặc đăng bài của chính mình.');
    const pub = await importEntry(root.id, { ...entry, content: 'Lịch đã đăng' });
    await expect(deleteScheduleEntry(board.head, root.id, pub.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    await deleteScheduleEntry(board.head, root.id, mine.id);
    expect((await sql<{ content: string }>('SELECT content FROM schedule_entries')).map((r) => r.content)).toEqual(['Lịch đã đăng']);
  });

  it('approves a whole week’s entries waiting for approval at once, through the workflow rules for each', async () => {
    const { root } = await smallProvince();
    const board = await editorialBoard(root.id, 'week');
    const write = async (input: ScheduleEntryInput, by = board.contributor, marks?: { classification: 'MAT' }) => {
      const e = await createScheduleEntry(by, root.id, input, { marks });
      await scheduleEntryTransition(by, root.id, e.id, { action: 'submit' });
      await scheduleEntryTransition(by === board.editor ? board.deputy : board.editor, root.id, e.id, { action: 'review' });
      return e;
    };
    await write({ ...entry, content: 'Chờ duyệt 1' });
    await write({ ...entry, date: '2026-11-29', content: 'Chờ duyệt 2' });
    await write({ ...entry, date: '2026-11-30', content: 'Tuần sau' });
    await write({ ...entry, content: 'Lịch mật' }, board.contributor, { classification: 'MAT' });
    await createScheduleEntry(board.contributor, root.id, { ...entry, content: 'Bản nháp chưa gửi' });
    const headOwn = await createScheduleEntry(board.head, root.id, { ...entry, content: 'Lịch trưởng ban tự viết' });
    await scheduleEntryTransition(board.head, root.id, headOwn.id, { action: 'submit' });
    await scheduleEntryTransition(board.editor, root.id, headOwn.id, { action: 'review' });
    await expect(approveScheduleWeek(board.editor, root.id, W48)).resolves.toMatchObject({ approved: 0 });
    const r = await approveScheduleWeek(board.head, root.id, W48);
    expect(r.approved).toBe(2);
    expect(r.refused.map((x) => x.content).sort()).toEqual(['Lịch mật', 'Lịch trưởng ban tự viết']);
    expect((await getPublishedWeek({ siteId: root.id, week: W48 })).days.flatMap((d) => d.entries.map((e) => e.content)).sort()).toEqual(['Chờ duyệt 1', 'Chờ duyệt 2']);
    expect((await getPublishedWeek({ siteId: root.id, week: { year: 2026, week: 49 } })).total).toBe(0);
  });

  it('seeded-style dates: the current week in Vietnam holds entries created for "this Monday"', async () => {
    const { root } = await smallProvince();
    const monday = weekStart(currentIsoWeek());
    await importEntry(root.id, { ...entry, date: addDays(monday, 6), content: 'Chủ nhật tuần này' });
    const week = await getPublishedWeek({ siteId: root.id, week: currentIsoWeek() });
    expect(week.days[6]!.entries.map((e) => e.content)).toEqual(['Chủ nhật tuần này']);
  });
});

describe('two-site isolation (schedule)', () => {
  it('site B cannot read, edit, move or delete site A entries', async () => {
    const { root, dept } = await smallProvince();
    const a = await importEntry(root.id, entry);
    await importEntry(dept.id, { ...entry, content: 'Lịch của Sở' });
    const deptBoard = await editorialBoard(dept.id, 'iso-b');
    const deptHead = deptBoard.head;
    expect((await getPublishedWeek({ siteId: dept.id, week: W48 })).days[0]!.entries.map((e) => e.content)).toEqual(['Lịch của Sở']);
    expect(await getScheduleEntryForEditing(deptHead, dept.id, a.id)).toBeNull();
    await expect(updateScheduleEntry(deptHead, dept.id, a.id, { ...entry, content: 'Chiếm quyền' })).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    await expect(scheduleEntryTransition(deptHead, dept.id, a.id, { action: 'unpublish', reason: 'x' })).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    await expect(deleteScheduleEntry(deptHead, dept.id, a.id)).rejects.toThrow('Không tìm thấy mục lịch công tác.');
    // Acting on site A with only a site B role is refused outright.
    await expect(scheduleEntryTransition(deptHead, root.id, a.id, { action: 'unpublish', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getWeekForConsole(deptHead, root.id, W48)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveScheduleWeek(deptHead, root.id, W48)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // The repository itself scopes by site in the where.
    expect(await findEntryForConsole({ siteId: dept.id, id: a.id })).toBeNull();
    expect((await findEntriesForConsole({ siteId: dept.id, from: '2026-11-23', to: '2026-11-29' })).map((e) => e.siteId)).toEqual([dept.id]);
    expect(await withTransaction((tx) => updateEntryRow(tx, { siteId: dept.id, id: a.id, data: { content: 'x' } }))).toBe(0);
    expect(await withTransaction((tx) => deleteEntryRow(tx, { siteId: dept.id, id: a.id }))).toBe(0);
    const [row] = await sql<{ content: string; status: string }>('SELECT content, status FROM schedule_entries WHERE id = $1', [a.id]);
    expect(row).toEqual({ content: 'Giao ban lãnh đạo UBND tỉnh', status: 'PUBLISHED' });
  });
});
