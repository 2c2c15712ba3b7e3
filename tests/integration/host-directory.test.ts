import { beforeEach, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '@/server/actor';
import { resolveHost } from '@/modules/domains/host-directory';
import { archiveSite, setSiteStatus } from '@/modules/sites/site-lifecycle';
import { createSite } from '@/modules/sites/sites.service';
import { getPublicSiteByHost } from '@/modules/sites/sites.service';
import { resetDatabase } from '../helpers/db';
import { PASSWORD, ROOT, smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

describe('host resolution (T2, T3)', () => {
  it('maps primary, alias, unknown, suspended and archived hosts', async () => {
    const { root, dept, district } = await smallProvince();
    expect(await resolveHost(ROOT)).toMatchObject({ kind: 'site', siteId: root.id, status: 'ACTIVE' });
    expect(await resolveHost('stttt.vn')).toEqual({ kind: 'alias', primaryHost: `stttt.${ROOT}` });
    expect(await resolveHost('khong-co.localhost')).toEqual({ kind: 'unknown' });
    expect(await resolveHost('')).toEqual({ kind: 'unknown' });

    await setSiteStatus(CLI_ACTOR, dept.id, { status: 'SUSPENDED' });
    expect(await resolveHost(`stttt.${ROOT}`)).toMatchObject({ kind: 'site', status: 'SUSPENDED' });
    expect(await getPublicSiteByHost(`stttt.${ROOT}`)).toBeNull();

    const commune = await createSite(CLI_ACTOR, { name: 'Xã Sơn Bình', kind: 'COMMUNE', parentId: district.id, superAdmin: { email: 's@b.vn', name: 'S', password: PASSWORD } });
    expect(await resolveHost(commune.host)).toMatchObject({ kind: 'site', siteId: commune.id });
    await archiveSite(CLI_ACTOR, commune.id, {});
    expect(await resolveHost(commune.host)).toEqual({ kind: 'archived', siteName: 'Xã Sơn Bình', successorHost: null });
  });

  it('an archived site with a successor sends visitors there', async () => {
    const { root, district } = await smallProvince();
    const commune = await createSite(CLI_ACTOR, { name: 'Xã Sơn Bình', kind: 'COMMUNE', parentId: district.id, superAdmin: { email: 's@b.vn', name: 'S', password: PASSWORD } });
    await archiveSite(CLI_ACTOR, commune.id, { successorId: root.id });
    expect(await resolveHost(commune.host)).toMatchObject({ kind: 'archived', successorHost: ROOT });
  });

  it('public rendering only finds active primary hosts', async () => {
    const { dept } = await smallProvince();
    expect((await getPublicSiteByHost(`stttt.${ROOT}`))?.id).toBe(dept.id);
    expect(await getPublicSiteByHost('stttt.vn')).toBeNull();
    expect((await getPublicSiteByHost(`stttt.${ROOT}`))?.parent?.host).toBe(ROOT);
  });
});
