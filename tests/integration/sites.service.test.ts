import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { archiveSite, setSiteStatus } from '@/modules/sites/site-lifecycle';
import { createSite, listActiveSites, updateSite } from '@/modules/sites/sites.service';
import { addAliasDomain, makePrimaryDomain, removeAliasDomain } from '@/modules/domains/domains.service';
import { createUser } from '@/modules/users/users.service';
import { resetDatabase, sql } from '../helpers/db';
import { PASSWORD, ROOT, signedInActor, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

describe('creating a site (T1–T3)', () => {
  it('creates the site, its primary host under the parent, aliases, super-admin, menu and audit in one step', async () => {
    const { district } = await smallProvince();
    const commune = await createSite(CLI_ACTOR, {
      name: 'Xã Sơn Thái',
      kind: 'COMMUNE',
      parentId: district.id,
      aliases: 'sonthai.vn',
      superAdmin: { email: 'quantri@sonthai.vn', name: 'Quản trị xã', password: PASSWORD },
      address: 'Thôn Ko Róa',
    });
    expect(commune.host).toBe(`sonthai.khanhson.${ROOT}`);
    expect(commune.aliases.map((a) => a.host)).toEqual(['sonthai.vn']);
    expect(commune.code).toBe('sonthai-khanhson');
    const admins = await sql<{ email: string }>(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m."userId" WHERE m."siteId" = $1 AND m.role = 'SUPER_ADMIN'`,
      [commune.id],
    );
    expect(admins).toEqual([{ email: 'quantri@sonthai.vn' }]);
    const menu = await sql(`SELECT label FROM menu_items WHERE "siteId" = $1`, [commune.id]);
    expect(menu.length).toBeGreaterThan(0);
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_logs WHERE "siteId" = $1 ORDER BY "createdAt"`, [commune.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['site.create', 'user.create', 'membership.grant']));
  });

  it('stores text as NFC whatever the editor pasted (C12)', async () => {
    const { root } = await smallProvince();
    const s = await createSite(CLI_ACTOR, {
      name: 'Phường Nha Trang'.normalize('NFD'),
      kind: 'COMMUNE',
      parentId: root.id,
      superAdmin: { email: 'qt@nhatrang.vn', name: 'Lê Thị Hoà'.normalize('NFD'), password: PASSWORD },
      address: 'Số 28 Lê Thánh Tôn'.normalize('NFD'),
    });
    const [row] = await sql<{ name: string; address: string }>(`SELECT name, address FROM sites WHERE id = $1`, [s.id]);
    expect(row!.name).toBe('Phường Nha Trang'.normalize('NFC'));
    expect(row!.address).toBe('Số 28 Lê Thánh Tôn'.normalize('NFC'));
    const [user] = await sql<{ name: string }>(`SELECT name FROM users WHERE email = 'qt@nhatrang.vn'`);
    expect(user!.name).toBe('Lê Thị Hoà'.normalize('NFC'));
  });

  it('refuses a duplicate host, an alias taken by another site, an unknown parent and a weak password, leaving nothing behind', async () => {
    const { root } = await smallProvince();
    const base = { kind: 'DEPARTMENT' as const, parentId: root.id, superAdmin: { email: 'x@y.vn', name: 'X', password: PASSWORD } };
    const count = async () => Number((await sql<{ n: string }>('SELECT count(*) AS n FROM sites'))[0]!.n);
    const before = await count();

    await expect(createSite(CLI_ACTOR, { ...base, name: 'Sở Thông tin và Truyền thông' })).rejects.toThrow(`Tên miền stttt.${ROOT} đã thuộc về một trang khác.`);
    await expect(createSite(CLI_ACTOR, { ...base, name: 'Sở Tài chính', aliases: 'stttt.vn' })).rejects.toThrow('Tên miền stttt.vn đã thuộc về một trang khác.');
    await expect(createSite(CLI_ACTOR, { ...base, name: 'Sở Y tế', parentId: '0190b0c2-7d1a-7cc2-9a3b-1b2c3d4e5f60' })).rejects.toThrow('Đơn vị cấp trên không tồn tại.');
    await expect(
      createSite(CLI_ACTOR, { ...base, name: 'Sở Y tế', superAdmin: { email: 'new@syt.vn', name: 'Y', password: 'yeu' } }),
    ).rejects.toThrow(/Mật khẩu phải có ít nhất 8 ký tự/);
    await expect(createSite(CLI_ACTOR, { ...base, name: 'Sở Xây dựng', label: 'Sở XD' })).rejects.toThrow(/không dấu/);
    expect(await count()).toBe(before);
    expect(await sql(`SELECT 1 FROM users WHERE email IN ('x@y.vn', 'new@syt.vn')`)).toEqual([]);
  });

  it('keeps exactly one super-admin per site', async () => {
    const { dept } = await smallProvince();
    await expect(
      createUser(CLI_ACTOR, { email: 'hai@stttt.vn', name: 'Người thứ hai', password: PASSWORD, siteId: dept.id, role: 'SUPER_ADMIN' }),
    ).rejects.toThrow(/đã có quản trị cao nhất/);
    // The database enforces it too, whatever a future code path forgets.
    const [u] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = 'quantri@khanhhoa.gov.vn'`);
    await expect(
      sql(`INSERT INTO memberships (id, "siteId", "userId", role) VALUES (gen_random_uuid(), $1, $2, 'SUPER_ADMIN')`, [dept.id, u!.id]),
    ).rejects.toThrow(/memberships_one_super_admin_per_site/);
  });

  it('only platform administrators create sites', async () => {
    const { root, dept } = await smallProvince();
    const superAdminOfDept = await signedInActor('sa2@stttt.vn', null);
    const actor = { ...superAdminOfDept, memberships: [{ siteId: dept.id, role: 'SUPER_ADMIN' as const }] };
    await expect(
      createSite(actor, { name: 'Sở Y tế', kind: 'DEPARTMENT', parentId: root.id, superAdmin: { email: 'a@b.vn', name: 'A', password: PASSWORD } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('site lifecycle', () => {
  it('suspends and reactivates without losing anything, with before/after in the audit log', async () => {
    const { dept } = await smallProvince();
    await setSiteStatus(CLI_ACTOR, dept.id, { status: 'SUSPENDED' });
    expect((await listActiveSites()).map((s) => s.id)).not.toContain(dept.id);
    const back = await setSiteStatus(CLI_ACTOR, dept.id, { status: 'ACTIVE' });
    expect(back.status).toBe('ACTIVE');
    expect(back.aliases.map((a) => a.host)).toEqual(['stttt.vn']);
    const audit = await sql<{ action: string; before: { status: string }; after: { status: string } }>(
      `SELECT action, before, after FROM audit_logs WHERE "siteId" = $1 AND action LIKE 'site.%' ORDER BY "createdAt"`,
      [dept.id],
    );
    expect(audit.slice(1)).toEqual([
      { action: 'site.suspend', before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' } },
      { action: 'site.reactivate', before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' } },
    ]);
  });

  it('does not archive a site with children until they are archived; then points to a successor', async () => {
    const { root, district } = await smallProvince();
    const commune = await createSite(CLI_ACTOR, {
      name: 'Xã Sơn Bình',
      kind: 'COMMUNE',
      parentId: district.id,
      superAdmin: { email: 'qt@sonbinh.vn', name: 'Q', password: PASSWORD },
    });
    await expect(archiveSite(CLI_ACTOR, district.id, {})).rejects.toThrow('Đơn vị còn 1 trang con đang hoạt động; hãy chuyển hoặc lưu trữ chúng trước.');
    await archiveSite(CLI_ACTOR, commune.id, { successorId: root.id });
    const archived = await archiveSite(CLI_ACTOR, district.id, {});
    expect(archived.status).toBe('ARCHIVED');
    await expect(createSite(CLI_ACTOR, { name: 'Xã Mới', kind: 'COMMUNE', parentId: district.id, superAdmin: { email: 'm@m.vn', name: 'M', password: PASSWORD } })).rejects.toThrow(/đã lưu trữ/);
  });

  it('edits look and contacts; the super-admin of the site may, others may not', async () => {
    const { dept, root } = await smallProvince();
    const input = { name: 'Sở Khoa học và Công nghệ', code: 'skhcn', primaryColor: '#004080', accentColor: '#FFCC00', phone: '0258 123 456', email: 'SKHCN@khanhhoa.gov.vn' };
    const updated = await updateSite(CLI_ACTOR, dept.id, input);
    expect(updated).toMatchObject({ name: 'Sở Khoa học và Công nghệ', code: 'skhcn', accentColor: '#ffcc00', email: 'skhcn@khanhhoa.gov.vn' });
    const outsider = { userId: null, label: 'x', isPlatformAdmin: false, memberships: [{ siteId: root.id, role: 'SUPER_ADMIN' as const }] };
    await expect(updateSite(outsider, dept.id, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateSite(CLI_ACTOR, dept.id, { ...input, primaryColor: 'red' })).rejects.toThrow('Màu chủ đạo phải là mã màu dạng #RRGGBB.');
  });
});

describe('domains', () => {
  it('adds, promotes and removes alias domains; a host belongs to one site', async () => {
    const { dept, root } = await smallProvince();
    await addAliasDomain(CLI_ACTOR, dept.id, { host: 'TTTT.KhanhHoa.gov.vn' });
    await expect(addAliasDomain(CLI_ACTOR, root.id, { host: 'tttt.khanhhoa.gov.vn' })).rejects.toThrow('Tên miền tttt.khanhhoa.gov.vn đã thuộc về một trang.');
    await expect(addAliasDomain(CLI_ACTOR, root.id, { host: 'không-hợp-lệ' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const domains = await sql<{ id: string; host: string; isPrimary: boolean }>(`SELECT id, host, "isPrimary" FROM domains WHERE "siteId" = $1`, [dept.id]);
    const alias = domains.find((d) => d.host === 'tttt.khanhhoa.gov.vn')!;
    await makePrimaryDomain(CLI_ACTOR, dept.id, { domainId: alias.id });
    const primary = await sql<{ host: string }>(`SELECT host FROM domains WHERE "siteId" = $1 AND "isPrimary"`, [dept.id]);
    expect(primary).toEqual([{ host: 'tttt.khanhhoa.gov.vn' }]);
    await expect(removeAliasDomain(CLI_ACTOR, dept.id, { domainId: alias.id })).rejects.toThrow(/tên miền chính/);
    const old = domains.find((d) => d.host === `stttt.${ROOT}`)!;
    await removeAliasDomain(CLI_ACTOR, dept.id, { domainId: old.id });
    expect((await sql(`SELECT 1 FROM domains WHERE id = $1`, [old.id])).length).toBe(0);
  });
});

describe('moving a site', () => {
  it('moves a commune to another parent, refusing cycles and archived parents', async () => {
    const { root, district } = await smallProvince();
    const { moveSite } = await import('@/modules/sites/site-lifecycle');
    const commune = await createSite(CLI_ACTOR, { name: 'Xã Sơn Thái', kind: 'COMMUNE', parentId: district.id, superAdmin: { email: 's@t.vn', name: 'S', password: PASSWORD } });
    await expect(moveSite(CLI_ACTOR, district.id, { parentId: commune.id })).rejects.toThrow('Không thể chuyển một đơn vị vào chính nó hoặc đơn vị con của nó.');
    await expect(moveSite(CLI_ACTOR, root.id, { parentId: district.id })).rejects.toThrow('Không thể chuyển cổng gốc của tỉnh.');
    const moved = await moveSite(CLI_ACTOR, commune.id, { parentId: root.id });
    expect(moved.parentId).toBe(root.id);
    expect(moved.host).toBe(`sonthai.khanhson.${ROOT}`);
    await archiveSite(CLI_ACTOR, district.id, {});
    await expect(moveSite(CLI_ACTOR, commune.id, { parentId: district.id })).rejects.toThrow(/đã lưu trữ/);
  });
});
