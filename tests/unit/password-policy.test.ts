import { describe, expect, it } from 'vitest';
import { afterFailedSignIn, isLocked, isPasswordExpired, MAX_FAILED_SIGN_INS, passwordProblems } from '@/lib/password-policy';

describe('password policy (O5)', () => {
  it('accepts a password with upper, lower, digit and special character of 8+', () => {
    expect(passwordProblems('CongSo@2026')).toEqual([]);
    expect(passwordProblems('Đăng#Nhập9')).toEqual([]);
  });
  it('names every missing rule in Vietnamese', () => {
    expect(passwordProblems('abc')).toEqual([
      'Mật khẩu phải có ít nhất 8 ký tự.',
      'Mật khẩu phải có ít nhất một chữ in hoa.',
      'Mật khẩu phải có ít nhất một chữ số.',
      'Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ ! @ # $ %).',
    ]);
    expect(passwordProblems('ABCDEFG1!')).toEqual(['Mật khẩu phải có ít nhất một chữ thường.']);
    expect(passwordProblems('Abcdefgh1')).toHaveLength(1);
  });
  it('expires passwords older than six months', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(isPasswordExpired(new Date('2026-06-01T00:00:00Z'), now)).toBe(false);
    expect(isPasswordExpired(new Date('2026-05-01T00:00:00Z'), now)).toBe(true);
  });
  it('locks after the fifth failure in a row', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) {
      state = afterFailedSignIn(state.failedLogins, now);
      expect(state.lockedUntil).toBeNull();
    }
    state = afterFailedSignIn(state.failedLogins, now);
    expect(state.lockedUntil).not.toBeNull();
    expect(isLocked(state.lockedUntil, now)).toBe(true);
    expect(isLocked(state.lockedUntil, new Date(now.getTime() + 16 * 60_000))).toBe(false);
  });
});
