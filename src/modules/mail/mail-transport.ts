import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

/**
 * Where mail goes: the SMTP server of SMTP_URL through nodemailer, or, with no SMTP_URL (demo, development),
 * one .eml file per message in MAIL_DIR (default ./.data/mail), built by nodemailer as it would be sent.
 */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; html?: string; replyTo?: string; headers?: Record<string, string> };

export function mailDir(): string {
  return resolve(process.env.MAIL_DIR ?? join(process.cwd(), '.data', 'mail'));
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? `Cổng thông tin điện tử <no-reply@${(process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost').toLowerCase()}>`;
}

let smtp: { url: string; transporter: Transporter } | undefined;

function smtpTransport(url: string): Transporter {
  if (smtp?.url !== url) {
    const u = new URL(url);
    smtp = {
      url,
      transporter: nodemailer.createTransport({
        host: u.hostname,
        port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 587)),
        secure: u.protocol === 'smtps:',
        auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
        // A server without TLS (a local catcher) is allowed only when the URL says so: smtp://…?tls=off
        ignoreTLS: u.searchParams.get('tls') === 'off',
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return smtp.transporter;
}

const fileBuilder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

export async function deliver(mail: OutgoingMail): Promise<{ messageId: string }> {
  const url = process.env.SMTP_URL;
  if (url) {
    const info = await smtpTransport(url).sendMail(mail);
    return { messageId: info.messageId };
  }
  const info = (await fileBuilder.sendMail(mail)) as unknown as { messageId: string; message: Buffer };
  const dir = mailDir();
  await mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
  const tmp = join(dir, `.${name}.tmp`);
  await writeFile(tmp, info.message);
  await rename(tmp, join(dir, name));
  return { messageId: info.messageId };
}

/** SMTP replies that will not get better by retrying (bad address, policy refusal). */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
