import { z } from 'zod';
import { AppError } from '@/server/errors';
import type { ActionResult } from '@/server/action-result';

/**
 * Shared rules of every public form (I4). The honeypot is an ordinary-looking field hidden by the stylesheet
 * (`display: none`, so people never see it and screen readers skip it); bots that fill every input fill it too.
 */
export const HONEYPOT_FIELD = 'trang-ca-nhan';

/** What a public form's action returns: the result, plus what was typed so a form without JavaScript keeps it. */
export type PublicFormResult = ActionResult & { values?: Record<string, string>; data?: Record<string, unknown> };

export function assertNotSpam(form: FormData): void {
  const trap = form.get(HONEYPOT_FIELD);
  if (typeof trap === 'string' && trap.trim() !== '') {
    throw new AppError('VALIDATION', 'Không gửi được biểu mẫu. Nếu bạn không dùng công cụ tự động, hãy tải lại trang và gửi lại.');
  }
}

/** The text fields of a submitted form (files excluded), capped so an oversized body cannot be echoed back. */
export function typedValues(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = form.get(n);
    if (typeof v === 'string') out[n] = v.slice(0, 20_000);
  }
  return out;
}

/** Trimmed, NFC, required text with Vietnamese messages. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? undefined : v.normalize('NFC').trim() || undefined))
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

export const emailField = (label = 'Thư điện tử') =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} là bắt buộc.` })
        .max(254, { error: `${label} dài tối đa 254 ký tự.` })
        .pipe(z.email({ error: `${label} không đúng dạng, ví dụ ten@example.vn.` })),
    );
