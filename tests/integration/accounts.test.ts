import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { authenticate, changeOwnPassword, createUser, disableUser, loadSessionAccount } from '@/modules/users/users.service';
import { resetDatabase, sql } from '../helpers/db';
import { PASSWORD, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

describe('accounts (O5)', () => {
  it('stores a slow hash, never the password', async () => {
    await createUser(CLI_ACTOR, { email: 'Bien.Tap@KhanhHoa.gov.vn', name: 'Biên tập', password: PASSWORD });
    const [row] = await sql<{ email: string; passwordHash: string }>(`SELECT email, "passwordHash" FROM users`);
    expect(row!.email).toBe('bien.tap@khanhhoa.gov.vn');
    expect(row!.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });

  it('rejects weak passwords with the rules broken', async () => {
    await expect(createUser(CLI_ACTOR, { email: 'a@b.vn', name: 'A', password: 'matkhau1' })).rejects.toThrow(
      'Mật khẩu phải có ít nhất một chữ in hoa.',
    );
  });

  it('locks the account after 5 failed sign-ins, even for the right password', async () => {
    await createUser(CLI_ACTOR, { email: 'a@b.vn', name: 'A', password: PASSWORD });
    for (let i = 0; i < 4; i++) {
      await expect(authenticate({ email: 'a@b.vn', password: 'Sai@12345' })).rejects.toThrow('Thư điện tử hoặc mật khẩu không đúng.');
    }
    await expect(authenticate({ email: 'a@b.vn', password: 'Sai@12345' })).rejects.toThrow(/tạm khóa 15 phút/);
    await expect(authenticate({ email: 'a@b.vn', password: PASSWORD })).rejects.toThrow(/tạm khóa/);
    await sql(`UPDATE users SET "lockedUntil" = now() - interval '1 minute'`);
    await expect(authenticate({ email: 'a@b.vn', password: PASSWORD })).resolves.toMatchObject({ email: 'a@b.vn' });
    expect((await sql(`SELECT 1 FROM audit_logs WHERE action = 'user.lock'`)).length).toBe(1);
  });

  it('answers the same message for an unknown account', async () => {
    await expect(authenticate({ email: 'khong@co.vn', password: PASSWORD })).rejects.toThrow('Thư điện tử hoặc mật khẩu không đúng.');
  });

  it('asks for a new password after six months', async () => {
    await createUser(CLI_ACTOR, { email: 'a@b.vn', name: 'A', password: PASSWORD });
    expect((await authenticate({ email: 'a@b.vn', password: PASSWORD })).mustChangePassword).toBe(false);
    await sql(`UPDATE users SET "passwordChangedAt" = now() - interval '190 days'`);
    expect((await authenticate({ email: 'a@b.vn', password: PASSWORD })).mustChangePassword).toBe(true);
  });

  it('ends sessions when the password changes or the account is disabled', async () => {
    const { dept } = await smallProvince();
    const user = await createUser(CLI_ACTOR, { email: 'bt@stttt.vn', name: 'BT', password: PASSWORD, siteId: dept.id, role: 'EDITOR' });
    const signed = await authenticate({ email: 'bt@stttt.vn', password: PASSWORD });
    expect(await loadSessionAccount(user.id, signed.sessionVersion)).toMatchObject({ memberships: [{ siteId: dept.id, role: 'EDITOR' }] });

    const actor = { userId: user.id, label: user.email, isPlatformAdmin: false, memberships: [] };
    await expect(changeOwnPassword(actor, { currentPassword: 'Sai@1234', newPassword: 'Moi@20261', confirmPassword: 'Moi@20261' })).rejects.toThrow(
      'Mật khẩu hiện tại không đúng.',
    );
    await expect(changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD })).rejects.toThrow(
      'Mật khẩu mới phải khác mật khẩu hiện tại.',
    );
    const { sessionVersion } = await changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: 'Moi@20261', confirmPassword: 'Moi@20261' });
    expect(await loadSessionAccount(user.id, signed.sessionVersion)).toBeNull();
    expect(await loadSessionAccount(user.id, sessionVersion)).not.toBeNull();

    await disableUser(CLI_ACTOR, user.id);
    expect(await loadSessionAccount(user.id, sessionVersion)).toBeNull();
    expect(await loadSessionAccount(user.id, sessionVersion + 1)).toBeNull();
    await expect(authenticate({ email: 'bt@stttt.vn', password: 'Moi@20261' })).rejects.toThrow(/vô hiệu hóa/);
  });
});
