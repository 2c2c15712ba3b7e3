/** Password rules of seed 003 Đ20.4 and seed 004 Đ8.3-4 (O5). Pure. */

export const PASSWORD_MIN_LENGTH = 8;
/** A password older than this must be changed at next sign-in (6 months). */
export const PASSWORD_MAX_AGE_DAYS = 183;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

/** Every rule the password breaks, as Vietnamese sentences; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (!/\p{Lu}/u.test(password)) problems.push('Mật khẩu phải có ít nhất một chữ in hoa.');
  if (!/\p{Ll}/u.test(password)) problems.push('Mật khẩu phải có ít nhất một chữ thường.');
  if (!/\p{Nd}/u.test(password)) problems.push('Mật khẩu phải có ít nhất một chữ số.');
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push('Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $ %).');
  return problems;
}

export function isPasswordExpired(changedAt: Date, now: Date = new Date()): boolean {
  return now.getTime() - changedAt.getTime() > PASSWORD_MAX_AGE_DAYS * 24 * 3600 * 1000;
}

export function isLocked(lockedUntil: Date | null | undefined, now: Date = new Date()): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

/** State after a failed sign-in: the fifth failure in a row locks the account for a while. */
export function afterFailedSignIn(failedLogins: number, now: Date = new Date()): { failedLogins: number; lockedUntil: Date | null } {
  const next = failedLogins + 1;
  if (next >= MAX_FAILED_SIGN_INS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60 * 1000) };
  }
  return { failedLogins: next, lockedUntil: null };
}
