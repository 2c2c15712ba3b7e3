import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { listAuditEntries } from '@/modules/audit/audit.service';
import { deleteAliasDomain, findDomainsOfSite, setPrimaryDomain } from '@/modules/domains/domains.repository';
import { removeAliasDomain, makePrimaryDomain } from '@/modules/domains/domains.service';
import { findMenuItems } from '@/modules/menus/menus.repository';
import { findMembersOfSite } from '@/modules/users/users.repository';
import { getSiteForConsole, listSitesForConsole } from '@/modules/sites/sites.service';
import { withTransaction } from '@/server/transaction';
import { resetDatabase } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

/** Site B's rows are invisible and unwritable from site A (GUIDE "Tenant flow" 5). */
describe('two-site isolation', () => {
  it('repositories scope reads by site', async () => {
    const { root, dept } = await smallProvince();
    const rootMenu = await findMenuItems(root.id);
    const deptMenu = await findMenuItems(dept.id);
    expect(rootMenu.every((m) => m.siteId === root.id)).toBe(true);
    expect(deptMenu.every((m) => m.siteId === dept.id)).toBe(true);
    expect((await findDomainsOfSite(root.id)).some((d) => d.host === 'stttt.vn')).toBe(false);
    const members = await findMembersOfSite(root.id);
    expect(members.map((m) => m.user.email)).toEqual(['quantri@khanhhoa.gov.vn']);
  });

  it('a domain id of site B cannot be deleted or promoted through site A', async () => {
    const { root, dept } = await smallProvince();
    const alias = (await findDomainsOfSite(dept.id)).find((d) => d.host === 'stttt.vn')!;
    expect(await withTransaction((tx) => deleteAliasDomain(tx, { siteId: root.id, domainId: alias.id }))).toBe(0);
    expect(await withTransaction((tx) => setPrimaryDomain(tx, { siteId: root.id, domainId: alias.id }))).toBeNull();
    await expect(removeAliasDomain(CLI_ACTOR, root.id, { domainId: alias.id })).rejects.toThrow('Tên miền không thuộc đơn vị này.');
    await expect(makePrimaryDomain(CLI_ACTOR, root.id, { domainId: alias.id })).rejects.toThrow('Tên miền không thuộc đơn vị này.');
    expect((await findDomainsOfSite(dept.id)).find((d) => d.id === alias.id)).toMatchObject({ host: 'stttt.vn', isPrimary: false });
    expect((await findDomainsOfSite(root.id)).filter((d) => d.isPrimary).map((d) => d.host)).toEqual([root.host]);
  });

  it('a member of site A sees only site A in the console and its audit entries', async () => {
    const { root, dept } = await smallProvince();
    const actor = { userId: null, label: 'sa', isPlatformAdmin: false, memberships: [{ siteId: dept.id, role: 'SUPER_ADMIN' as const }] };
    expect((await listSitesForConsole(actor)).map((s) => s.id)).toEqual([dept.id]);
    await expect(getSiteForConsole(actor, root.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audit = await listAuditEntries(actor, { page: 1, pageSize: 200 });
    expect(audit.total).toBeGreaterThan(0);
    expect(audit.items.every((e) => e.siteName === dept.name)).toBe(true);
    const other = await listAuditEntries(actor, { page: 1, pageSize: 200, siteId: root.id });
    expect(other.total).toBe(0);
  });
});
