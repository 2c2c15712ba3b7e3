import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '@/server/transaction';
import { runDueJobs } from '@/modules/jobs/job-worker';
import { queueMail, registerMailJobs } from '@/modules/mail/mail.service';
import { resetDatabase, sql } from '../helpers/db';
import { header, startSmtpServer, textBody } from '../helpers/smtp';

beforeAll(registerMailJobs);
beforeEach(resetDatabase);
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_DIR;
});

const message = { to: 'nguoidan@example.vn', subject: 'Câu hỏi của ông/bà đã được tiếp nhận', text: 'Mã tra cứu: HD-2026-000123.\nXin cảm ơn ông/bà.' };
const jobs = () => sql<{ status: string; attempts: number; lastError: string | null }>('SELECT status, attempts, "lastError" FROM jobs');

describe('mail through the job queue (nodemailer, real SMTP server)', () => {
  it('delivers a queued message in Vietnamese to the SMTP server', async () => {
    const smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
    try {
      await withTransaction((tx) => queueMail(tx, message));
      await runDueJobs();
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail!.to).toEqual(['nguoidan@example.vn']);
      expect(header(mail!.raw, 'Subject')).toBe('Câu hỏi của ông/bà đã được tiếp nhận');
      expect(textBody(mail!.raw)).toContain('Mã tra cứu: HD-2026-000123.');
      expect((await jobs())[0]).toMatchObject({ status: 'DONE' });
    } finally {
      await smtp.close();
    }
  });

  it('loses nothing while the SMTP server is down: the job waits and goes out when it is back', async () => {
    const smtp = await startSmtpServer();
    const url = smtp.url;
    await smtp.close(); // the server is down
    process.env.SMTP_URL = url;
    await withTransaction((tx) => queueMail(tx, message));
    await runDueJobs();
    const [pending] = await jobs();
    expect(pending).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(pending!.lastError).toContain('Chưa gửi được thư');
    // The mail service is back (here: a new server the setting points to); the retry is due.
    const again = await startSmtpServer();
    process.env.SMTP_URL = again.url;
    try {
      await sql('UPDATE jobs SET "runAt" = now()');
      await runDueJobs();
      expect(again.received).toHaveLength(1);
      expect((await jobs())[0]).toMatchObject({ status: 'DONE', attempts: 2 });
    } finally {
      await again.close();
    }
  });

  it('a recipient refused with 550 is not retried; the reason is kept', async () => {
    const smtp = await startSmtpServer({ reject: true });
    process.env.SMTP_URL = smtp.url;
    try {
      await withTransaction((tx) => queueMail(tx, message));
      await runDueJobs();
      const [row] = await jobs();
      expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(row!.lastError).toContain('Máy chủ thư từ chối');
      expect(row!.lastError).not.toContain('nguoidan@example.vn');
    } finally {
      await smtp.close();
    }
  });

  it('without SMTP_URL writes each message as an .eml file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'congso-mail-'));
    process.env.MAIL_DIR = dir;
    try {
      await withTransaction((tx) => queueMail(tx, message));
      await runDueJobs();
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const raw = readFileSync(join(dir, files[0]!), 'utf8');
      expect(header(raw, 'To')).toBe('nguoidan@example.vn');
      expect(header(raw, 'Subject')).toBe('Câu hỏi của ông/bà đã được tiếp nhận');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to queue a message to a malformed address', async () => {
    await expect(withTransaction((tx) => queueMail(tx, { ...message, to: 'khong-phai-email' }))).rejects.toThrow('Địa chỉ nhận thư không hợp lệ.');
    expect(await jobs()).toHaveLength(0);
  });
});
