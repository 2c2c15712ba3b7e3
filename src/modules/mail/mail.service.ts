import { z } from 'zod';
import type { Db } from '@/server/db';
import { enqueueJob, PermanentJobError, registerJobHandler } from '@/modules/jobs/job-registry';
import { deliver, isPermanentSmtpError, mailFrom } from './mail-transport';

const MailSchema = z.object({
  to: z.email({ error: 'Địa chỉ nhận thư không hợp lệ.' }),
  subject: z.string().trim().min(1).max(250).transform((v) => v.normalize('NFC')),
  text: z.string().min(1).max(100_000).transform((v) => v.normalize('NFC')),
  html: z.string().max(300_000).optional(),
  replyTo: z.email().optional(),
});
export type MailMessage = z.input<typeof MailSchema>;

export const MAIL_JOB = 'mail.send';

/**
 * Queues one e-mail in the caller's transaction: it goes out only if the change that causes it commits, and it is
 * not lost when the SMTP server is down (the job retries with back-off). Nothing personal is logged.
 */
export async function queueMail(tx: Db, message: MailMessage, options: { siteId?: string | null; runAt?: Date } = {}): Promise<void> {
  const mail = MailSchema.parse(message);
  await enqueueJob(tx, { kind: MAIL_JOB, payload: mail, siteId: options.siteId ?? null, runAt: options.runAt, maxAttempts: 12 });
}

export function registerMailJobs(): void {
  registerJobHandler(MAIL_JOB, async (payload) => {
    const parsed = MailSchema.safeParse(payload);
    if (!parsed.success) throw new PermanentJobError('Thư trong hàng đợi không hợp lệ.');
    try {
      await deliver({ from: mailFrom(), ...parsed.data });
    } catch (error) {
      if (isPermanentSmtpError(error)) throw new PermanentJobError(`Máy chủ thư từ chối: ${(error as Error).message.slice(0, 300)}`);
      throw new Error(`Chưa gửi được thư: ${(error as Error).message.slice(0, 300)}`);
    }
  });
}
