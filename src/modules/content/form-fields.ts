/**
 * zod field builders shared by the site-structure and media-content forms (links, banners, galleries):
 * Vietnamese messages, NFC normalisation (C12), external addresses limited to http(s).
 */
import { z } from 'zod';
import { parseExternalUrl } from '@/lib/external-url';
import { parseVnMoment } from '@/lib/vn-time';

/** Required text, NFC-normalised and trimmed (C12). */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }).max(max, { error: `${label} dài tối đa ${max} ký tự.` }));

/** Optional text: empty becomes undefined. */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? undefined : v.normalize('NFC').trim() || undefined))
    .pipe(z.string().max(max, { error: `${label} dài tối đa ${max} ký tự.` }).optional());

export const positionField = z.coerce
  .number({ error: 'Thứ tự phải là một số.' })
  .int({ error: 'Thứ tự phải là số nguyên.' })
  .min(0, { error: 'Thứ tự không được âm.' })
  .max(10_000, { error: 'Thứ tự tối đa là 10000.' })
  .default(0);

function urlMessage(label: string, httpsOnly: boolean) {
  return httpsOnly
    ? `${label} phải là địa chỉ web đầy đủ bắt đầu bằng https:// (ví dụ https://www.youtube.com/watch?v=…).`
    : `${label} phải là địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http:// (ví dụ https://chinhphu.vn).`;
}

/** An external address (http/https only, see lib/external-url), stored in its normalised form. */
export const externalUrl = (label: string, options: { httpsOnly?: boolean } = {}) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.` }))
    .transform((v, ctx) => {
      const url = parseExternalUrl(v, options);
      if (!url) {
        ctx.addIssue({ code: 'custom', message: urlMessage(label, !!options.httpsOnly) });
        return z.NEVER;
      }
      return url.href;
    });

/** The same, but an empty value means "no address". */
export const optionalExternalUrl = (label: string, options: { httpsOnly?: boolean } = {}) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null ? '' : v.normalize('NFC').trim()))
    .transform((v, ctx) => {
      if (!v) return undefined;
      const url = parseExternalUrl(v, options);
      if (!url) {
        ctx.addIssue({ code: 'custom', message: urlMessage(label, !!options.httpsOnly) });
        return z.NEVER;
      }
      return url.href;
    });

/** A moment typed in Vietnam's time ("YYYY-MM-DDTHH:mm"), a Date or an ISO string; empty = none. */
export const vnMoment = (label: string) =>
  z
    .union([z.date(), z.string()])
    .nullish()
    .transform((v, ctx) => {
      const d = parseVnMoment(v);
      if (d === null) {
        ctx.addIssue({ code: 'custom', message: `${label} không hợp lệ; hãy chọn ngày và giờ.` });
        return z.NEVER;
      }
      return d ?? null;
    });
