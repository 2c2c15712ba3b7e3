import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, sql } from '../helpers/db';
import { portal } from '../helpers/cli';
import { ROOT, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

// Each case starts several Node processes (tsx); on a loaded machine that takes a while, hence the long timeout.
describe('npm run portal (CONTRACT "Command line")', { timeout: 120_000 }, () => {
  it('prints help for the tool and for a command', () => {
    const all = portal(['--help']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('site:create');
    expect(all.stdout).toContain('user:create');
    const one = portal(['site:create', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('--admin-email');
  });

  it('rejects malformed arguments with exit 2 and a Vietnamese message', () => {
    const unknown = portal(['site:create', '--nam', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Tùy chọn không hợp lệ: --nam.');
    const missing = portal(['site:create', '--kind', 'COMMUNE']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Thiếu --name (tên đơn vị).');
    const cmd = portal(['site:delete']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Lệnh không tồn tại: "site:delete".');
  });

  it('creates a site and lists it; refuses a duplicate host and a weak password with exit 1', async () => {
    await smallProvince();
    const created = portal([
      'site:create',
      '--name', 'Xã Sơn Thái',
      '--kind', 'commune',
      '--parent', `khanhson.${ROOT}`,
      '--alias', 'sonthai.vn',
      '--admin-email', 'quantri@sonthai.vn',
      '--admin-name', 'Mấu Văn Hùng',
      '--admin-password', 'CongSo@2026',
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(`Đã tạo trang "Xã Sơn Thái" tại sonthai.khanhson.${ROOT}`);

    const list = portal(['site:list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^\s+- Xã Sơn Thái \[COMMUNE, Đang hoạt động\] sonthai\.khanhson\./m);
    const json = JSON.parse(portal(['site:list', '--json']).stdout) as { host: string }[];
    expect(json.map((s) => s.host)).toContain(`sonthai.khanhson.${ROOT}`);

    const dup = portal(['site:create', '--name', 'Xã Sơn Thái', '--kind', 'COMMUNE', '--parent', `khanhson.${ROOT}`, '--admin-email', 'b@b.vn', '--admin-name', 'B', '--admin-password', 'CongSo@2026']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain(`Lỗi: Tên miền sonthai.khanhson.${ROOT} đã thuộc về một trang khác.`);

    const weak = portal(['user:create', '--email', 'bt@sonthai.vn', '--name', 'Biên tập', '--password', 'matkhau', '--site', 'sonthai.vn', '--role', 'EDITOR']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Mật khẩu phải có ít nhất một chữ in hoa.');
    expect(await sql(`SELECT 1 FROM users WHERE email = 'bt@sonthai.vn'`)).toEqual([]);

    const ok = portal(['user:create', '--email', 'bt@sonthai.vn', '--name', 'Biên tập', '--site', 'sonthai.vn', '--role', 'EDITOR'], { PORTAL_USER_PASSWORD: 'Bien@Tap2026' });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Đã tạo tài khoản bt@sonthai.vn với vai trò EDITOR trên sonthai.khanhson.${ROOT}.`);

    const unknownSite = portal(['user:create', '--email', 'x@x.vn', '--name', 'X', '--password', 'CongSo@2026', '--site', 'khong-co.vn', '--role', 'EDITOR']);
    expect(unknownSite.code).toBe(2);
    expect(unknownSite.stderr).toContain('Không tìm thấy trang "khong-co.vn"');
  });

  it('says plainly when the database cannot be reached', () => {
    const r = portal(['site:list'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('không kết nối được cơ sở dữ liệu');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
