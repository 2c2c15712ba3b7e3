import type { Actor } from '@/server/actor';
import type { Db } from '@/server/db';
import { AppError, isUniqueViolation } from '@/server/errors';
import { hashPassword, verifyPassword } from '@/server/password-hash';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { afterFailedSignIn, isLocked, isPasswordExpired, LOCKOUT_MINUTES, passwordProblems } from '@/lib/password-policy';
import { recordAudit } from '@/modules/audit/audit.service';
import { findSiteById } from '@/modules/sites/sites.repository';
import {
  findSessionUser,
  findSuperAdminOfSite,
  findUserByEmail,
  findUserById,
  insertMembership,
  insertUser,
  updateUserRow,
} from './users.repository';
import { ChangePasswordSchema, CreateUserSchema, SignInSchema, type CreateUserInput } from './users.schemas';
import type { SiteRoleName } from './roles';

const SUPER_ADMIN_TAKEN = 'Đơn vị này đã có quản trị cao nhất; mỗi trang chỉ có đúng một (Quy chế Đ19.2c).';

/**
 * Gives a new site its single super-admin: an existing account by e-mail, or a new one
 * (then a password meeting the policy is required). Runs inside the site-creation transaction.
 */
export async function attachSuperAdmin(
  tx: Db,
  actor: Actor,
  input: { siteId: string; email: string; name?: string; password?: string },
): Promise<{ id: string; email: string }> {
  if (await findSuperAdminOfSite(input.siteId, tx)) throw new AppError('CONFLICT', SUPER_ADMIN_TAKEN);
  let user = await findUserByEmail(input.email, tx);
  if (!user) {
    if (!input.password) {
      throw new AppError('VALIDATION', 'Tài khoản quản trị trang chưa tồn tại: hãy nhập mật khẩu ban đầu.', {
        'superAdmin.password': 'Hãy nhập mật khẩu ban đầu.',
      });
    }
    const problems = passwordProblems(input.password);
    if (problems.length > 0) throw new AppError('VALIDATION', problems.join(' '), { 'superAdmin.password': problems.join(' ') });
    if (!input.name) {
      throw new AppError('VALIDATION', 'Hãy nhập họ tên quản trị trang.', { 'superAdmin.name': 'Hãy nhập họ tên.' });
    }
    user = await insertUser(tx, { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) });
    await recordAudit(tx, actor, { siteId: input.siteId, action: 'user.create', entity: 'user', entityId: user.id, after: { email: user.email, name: user.name } });
  }
  await insertMembership(tx, { siteId: input.siteId, userId: user.id, role: 'SUPER_ADMIN' });
  await recordAudit(tx, actor, {
    siteId: input.siteId,
    action: 'membership.grant',
    entity: 'membership',
    entityId: user.id,
    after: { email: user.email, role: 'SUPER_ADMIN' },
  });
  return { id: user.id, email: user.email };
}

/** Creates an account, optionally with a role on one site (CLI `user:create`, console). */
export async function createUser(actor: Actor, input: CreateUserInput) {
  if (!actor.isPlatformAdmin) {
    const allowed = input.siteId && actor.memberships.some((m) => m.siteId === input.siteId && m.role === 'SUPER_ADMIN');
    if (!allowed || input.isPlatformAdmin) throw new AppError('FORBIDDEN', 'Bạn không có quyền tạo tài khoản này.');
  }
  const data = parseInput(CreateUserSchema, input);
  if ((data.siteId && !data.role) || (!data.siteId && data.role)) {
    throw new AppError('VALIDATION', 'Vai trò và đơn vị phải đi cùng nhau.', { role: 'Chọn cả đơn vị và vai trò.' });
  }
  if (await findUserByEmail(data.email)) {
    throw new AppError('CONFLICT', `Tài khoản ${data.email} đã tồn tại.`, { email: 'Thư điện tử đã được dùng.' });
  }
  try {
    return await withTransaction(async (tx) => {
      if (data.siteId) {
        const site = await findSiteById(data.siteId, tx);
        if (!site) throw new AppError('VALIDATION', 'Đơn vị không tồn tại.', { siteId: 'Đơn vị không tồn tại.' });
        if (data.role === 'SUPER_ADMIN' && (await findSuperAdminOfSite(data.siteId, tx))) throw new AppError('CONFLICT', SUPER_ADMIN_TAKEN);
      }
      const user = await insertUser(tx, {
        email: data.email,
        name: data.name,
        passwordHash: await hashPassword(data.password),
        isPlatformAdmin: data.isPlatformAdmin,
      });
      await recordAudit(tx, actor, {
        siteId: data.siteId ?? null,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: { email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin },
      });
      if (data.siteId && data.role) {
        await insertMembership(tx, { siteId: data.siteId, userId: user.id, role: data.role });
        await recordAudit(tx, actor, {
          siteId: data.siteId,
          action: 'membership.grant',
          entity: 'membership',
          entityId: user.id,
          after: { email: user.email, role: data.role },
        });
      }
      return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin, siteId: data.siteId ?? null, role: data.role ?? null };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Tài khoản hoặc quản trị trang đã tồn tại.');
    throw e;
  }
}

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number; mustChangePassword: boolean };

const BAD_CREDENTIALS = 'Thư điện tử hoặc mật khẩu không đúng.';

/**
 * Checks a sign-in (O5): 5 failures in a row lock the account for a while; a disabled account
 * never signs in; the answer never tells which of e-mail or password was wrong.
 */
export async function authenticate(input: { email?: unknown; password?: unknown }, ip?: string | null): Promise<SignedInUser> {
  const { email, password } = parseInput(SignInSchema, input);
  const user = await findUserByEmail(email);
  if (!user) {
    await verifyPassword(password, 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA'); // same cost whether or not the account exists
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  const actor: Actor = { userId: user.id, label: user.email, isPlatformAdmin: user.isPlatformAdmin, memberships: [], ip };
  if (user.disabledAt) throw new AppError('UNAUTHENTICATED', 'Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống.');
  if (isLocked(user.lockedUntil)) {
    const minutes = Math.max(1, Math.ceil((user.lockedUntil!.getTime() - Date.now()) / 60000));
    throw new AppError('UNAUTHENTICATED', `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau ${minutes} phút.`);
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const next = afterFailedSignIn(user.failedLogins);
    await withTransaction(async (tx) => {
      await updateUserRow(tx, user.id, next);
      if (next.lockedUntil) {
        await recordAudit(tx, actor, { siteId: null, action: 'user.lock', entity: 'user', entityId: user.id, after: { lockedUntil: next.lockedUntil } });
      }
    });
    if (next.lockedUntil) {
      throw new AppError('UNAUTHENTICATED', `Đăng nhập sai 5 lần: tài khoản bị tạm khóa ${LOCKOUT_MINUTES} phút.`);
    }
    throw new AppError('UNAUTHENTICATED', BAD_CREDENTIALS);
  }
  await withTransaction(async (tx) => {
    await updateUserRow(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    await recordAudit(tx, actor, { siteId: null, action: 'user.sign-in', entity: 'user', entityId: user.id });
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionVersion: user.sessionVersion,
    mustChangePassword: isPasswordExpired(user.passwordChangedAt),
  };
}

export type SessionAccount = {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  mustChangePassword: boolean;
  memberships: { siteId: string; role: SiteRoleName }[];
};

/**
 * The per-request check behind JWT sessions: a disabled account or a changed password
 * (sessionVersion bumped) ends every session at once (O5).
 */
export async function loadSessionAccount(userId: string, sessionVersion: number): Promise<SessionAccount | null> {
  const user = await findSessionUser(userId);
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    mustChangePassword: isPasswordExpired(user.passwordChangedAt),
    memberships: user.memberships,
  };
}

/** Changes one's own password; every other session of the account ends. */
export async function changeOwnPassword(actor: Actor, input: unknown): Promise<{ sessionVersion: number }> {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED', 'Hãy đăng nhập.');
  const data = parseInput(ChangePasswordSchema, input);
  const user = await findUserById(actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Hãy đăng nhập.');
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  const passwordHash = await hashPassword(data.newPassword);
  const updated = await withTransaction(async (tx) => {
    const row = await updateUserRow(tx, user.id, { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } });
    await recordAudit(tx, actor, { siteId: null, action: 'user.password-change', entity: 'user', entityId: user.id });
    return row;
  });
  return { sessionVersion: updated.sessionVersion };
}

/** Disables an account (platform admin); its sessions end on their next request. */
export async function disableUser(actor: Actor, userId: string): Promise<void> {
  if (!actor.isPlatformAdmin) throw new AppError('FORBIDDEN', 'Chỉ quản trị nền tảng mới được vô hiệu hóa tài khoản.');
  const user = await findUserById(userId);
  if (!user) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  await withTransaction(async (tx) => {
    await updateUserRow(tx, userId, { disabledAt: new Date(), sessionVersion: { increment: 1 } });
    await recordAudit(tx, actor, { siteId: null, action: 'user.disable', entity: 'user', entityId: userId, before: { disabledAt: null }, after: { disabledAt: 'now' } });
  });
}

