import type { Db } from '@/server/db';
import { absoluteUrl, rootDomain } from '@/server/env';
import { queueMail } from '@/modules/mail/mail.service';
import type { WorkflowAdapter } from './workflow-adapter';
import { findSiteForWorkflow, findSiteMembersForNotice } from './workflow.repository';
import type { WorkflowAction } from './transitions';

type Notice = {
  adapter: WorkflowAdapter;
  action: WorkflowAction;
  siteId: string;
  entityId: string;
  title: string;
  authorId: string | null;
  actorId: string | null;
  actorLabel: string;
  reason: string | null;
  scheduledAt: Date | null;
  publicPath: string | null;
};

const vnTime = (d: Date) => d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });

/**
 * E6: who hears of a step. Mail goes through the job queue in the same transaction as the step, so a
 * step that commits is always announced and a step that fails announces nothing.
 */
export async function notifyTransition(tx: Db, n: Notice): Promise<void> {
  const members = await findSiteMembersForNotice(n.siteId, tx);
  const site = await findSiteForWorkflow(n.siteId, tx);
  const board = (m: (typeof members)[number]) => m.role === 'BOARD_HEAD' || (m.role === 'BOARD_DEPUTY' && m.approvalDelegated);
  let to: typeof members = [];
  let subject = '';
  let lead = '';
  const what = `${n.adapter.noun} "${n.title}"`;
  switch (n.action) {
    case 'submit':
      to = members.filter((m) => m.role === 'EDITOR' || m.role === 'BOARD_HEAD' || m.role === 'BOARD_DEPUTY');
      subject = `Có ${n.adapter.noun} chờ biên tập: ${n.title}`;
      lead = `${n.actorLabel} đã gửi ${what} để biên tập.`;
      break;
    case 'review':
      to = members.filter(board);
      subject = `Có ${n.adapter.noun} chờ duyệt: ${n.title}`;
      lead = `${n.actorLabel} đã biên tập xong ${what} và trình duyệt.`;
      break;
    case 'return':
      to = members.filter((m) => m.userId === n.authorId);
      subject = `${cap(n.adapter.noun)} bị trả lại: ${n.title}`;
      lead = `${n.actorLabel} đã trả lại ${what}.\nLý do: ${n.reason ?? ''}`;
      break;
    case 'approve':
    case 'publishScheduled':
      to = members.filter((m) => m.userId === n.authorId || (n.action === 'publishScheduled' && board(m)));
      subject = `${cap(n.adapter.noun)} đã được đăng: ${n.title}`;
      lead = n.action === 'approve' ? `${n.actorLabel} đã duyệt và đăng ${what}.` : `${cap(what)} đã được đăng theo lịch.`;
      break;
    case 'schedule':
      to = members.filter((m) => m.userId === n.authorId);
      subject = `${cap(n.adapter.noun)} đã được duyệt, hẹn giờ đăng: ${n.title}`;
      lead = `${n.actorLabel} đã duyệt ${what}; bài sẽ được đăng lúc ${n.scheduledAt ? vnTime(n.scheduledAt) : ''}.`;
      break;
    case 'unpublish':
      to = members.filter((m) => m.userId === n.authorId || m.role === 'BOARD_HEAD');
      subject = `${cap(n.adapter.noun)} đã bị gỡ: ${n.title}`;
      lead = `${n.actorLabel} đã gỡ ${what}.\nLý do: ${n.reason ?? ''}`;
      break;
    default:
      return;
  }
  const recipients = new Map(to.filter((m) => m.userId !== n.actorId && m.user.email).map((m) => [m.user.email, m.user.name]));
  const consoleUrl = absoluteUrl(rootDomain(), n.adapter.consolePath(n.siteId, n.entityId));
  const host = site?.domains[0]?.host;
  const publicUrl = n.publicPath && host ? absoluteUrl(host, n.publicPath) : null;
  for (const [email, name] of recipients) {
    const text = [
      `Kính gửi ${name},`,
      '',
      lead,
      `Trang: ${site?.name ?? ''}`,
      `Xem trong trang quản trị: ${consoleUrl}`,
      ...(publicUrl ? [`Xem trên trang công khai: ${publicUrl}`] : []),
      '',
      'Thư này được gửi tự động từ Cổng Số; vui lòng không trả lời.',
    ].join('\n');
    await queueMail(tx, { to: email, subject: `[${site?.name ?? 'Cổng Số'}] ${subject}`, text }, { siteId: n.siteId });
  }
}

/** A scheduled publish or unpublish that failed for good: the board head and the author are told (never silent). */
export async function notifyScheduleFailure(tx: Db, n: { adapter: WorkflowAdapter; siteId: string; entityId: string; title: string; authorId: string | null; error: string }) {
  const members = await findSiteMembersForNotice(n.siteId, tx);
  const site = await findSiteForWorkflow(n.siteId, tx);
  const to = new Map(members.filter((m) => m.role === 'BOARD_HEAD' || m.userId === n.authorId).map((m) => [m.user.email, m.user.name]));
  for (const [email, name] of to) {
    await queueMail(
      tx,
      {
        to: email,
        subject: `[${site?.name ?? 'Cổng Số'}] Không đăng/gỡ được theo lịch: ${n.title}`,
        text: [
          `Kính gửi ${name},`,
          '',
          `Việc đăng/gỡ theo lịch ${n.adapter.noun} "${n.title}" không thực hiện được.`,
          `Lý do: ${n.error}`,
          `Xem và xử lý: ${absoluteUrl(rootDomain(), n.adapter.consolePath(n.siteId, n.entityId))}`,
        ].join('\n'),
      },
      { siteId: n.siteId },
    );
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
