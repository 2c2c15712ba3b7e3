import { cache } from 'react';
import { headers, cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { loadSessionAccount, type SessionAccount } from '@/modules/users/users.service';
import type { Actor } from './actor';
import { authOptions } from './auth';
import { rootDomain } from './env';
import { publicHostFrom } from './request-host';

export type AdminContext = { account: SessionAccount; actor: Actor };

/** Session + database check, once per request (GUIDE "Tenant flow" 3). */
export const getAdminContext = cache(async (): Promise<AdminContext | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || typeof session.sv !== 'number') return null;
  const account = await loadSessionAccount(session.uid, session.sv);
  if (!account) return null;
  const h = await headers();
  const ip = process.env.TRUST_PROXY === '1' ? (h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null) : null;
  return {
    account,
    actor: { userId: account.id, label: account.email, isPlatformAdmin: account.isPlatformAdmin, memberships: account.memberships, ip },
  };
});

/** Whether the request carries a sign-in cookie at all: public requests skip session decoding. */
export async function hasSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.has('next-auth.session-token') || jar.has('__Secure-next-auth.session-token');
}

/** The console exists on the root portal's host only. */
export async function assertConsoleHost(): Promise<void> {
  if (publicHostFrom(await headers()) !== rootDomain()) notFound();
}

/**
 * Every console page and action calls this (never only a layout or the proxy): no session →
 * sign-in; an expired password → change it first (O5).
 */
export async function requireAdmin(options: { allowExpiredPassword?: boolean; returnTo?: string } = {}): Promise<AdminContext> {
  await assertConsoleHost();
  const ctx = await getAdminContext();
  if (!ctx) redirect(options.returnTo ? `/quan-tri/dang-nhap?tiep=${encodeURIComponent(options.returnTo)}` : '/quan-tri/dang-nhap');
  if (ctx.account.mustChangePassword && !options.allowExpiredPassword) redirect('/quan-tri/doi-mat-khau?het-han=1');
  return ctx;
}

/** Only console paths are accepted as a place to return to after sign-in (no open redirect). */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/quan-tri') || value.startsWith('//') || /[\\\s]/.test(value)) return '/quan-tri';
  return value;
}
