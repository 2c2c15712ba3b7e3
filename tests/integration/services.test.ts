import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '@/server/actor';
import { CLI_ACTOR } from '@/server/actor';
import { createDocument } from '@/modules/documents/document-editing';
import { importServiceCatalogue, importServiceStats } from '@/modules/services/service-import';
import {
  createService,
  deleteService,
  getPublishedService,
  getServiceForEditing,
  listServiceCatalogue,
  setServicePublished,
  updateService,
} from '@/modules/services/services.service';
import { apiListServices } from '@/modules/services/services.api';
import { getSiteById } from '@/modules/sites/sites.service';
import { sitemapFor } from '@/modules/crawl/crawl.service';
import { resetDatabase, sql } from '../helpers/db';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

type Role = 'SUPER_ADMIN' | 'BOARD_HEAD' | 'EDITOR';
const as = (siteId: string, role: Role): Actor => ({ userId: null, label: role, isPlatformAdmin: false, memberships: [{ siteId, role }] });
const SAMPLES = join(import.meta.dirname, '..', '..', 'docs', 'samples');
const sample = (name: string) => ({ bytes: new Uint8Array(readFileSync(join(SAMPLES, name))), name });
const file = (name: string, text: string) => ({ bytes: new TextEncoder().encode(text), name });

const birth = { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: 'FULL', implementingBody: 'UBND xã' };
const HEADER = 'ma_thu_tuc,ten_thu_tuc,linh_vuc,muc_do,co_quan_thuc_hien,can_cu_phap_ly';

describe('catalogue import (P1), idempotent by code', () => {
  it('imports the sample CSV, changes nothing when run again, updates only what changed', async () => {
    const { district } = await smallProvince();
    const head = as(district.id, 'BOARD_HEAD');
    const first = await importServiceCatalogue(head, district.id, sample('thu-tuc-hanh-chinh.csv'));
    expect(first).toMatchObject({ format: 'csv', rows: 5, created: ['1.001193', '1.000894', '1.000656', '2.000815', '1.004873'], updated: [], unchanged: [], rejected: [] });
    const again = await importServiceCatalogue(head, district.id, sample('thu-tuc-hanh-chinh.csv'));
    expect(again).toMatchObject({ created: [], updated: [], unchanged: ['1.001193', '1.000894', '1.000656', '2.000815', '1.004873'] });
    expect(await sql('SELECT code, status FROM public_services ORDER BY code')).toEqual([
      { code: '1.000656', status: 'DRAFT' },
      { code: '1.000894', status: 'DRAFT' },
      { code: '1.001193', status: 'DRAFT' },
      { code: '1.004873', status: 'DRAFT' },
      { code: '2.000815', status: 'DRAFT' },
    ]);

    const text = readFileSync(join(SAMPLES, 'thu-tuc-hanh-chinh.csv'), 'utf8').replace('Cấp Giấy xác nhận tình trạng hôn nhân', 'Cấp Giấy xác nhận tình trạng hôn nhân (sửa đổi)');
    const changed = await importServiceCatalogue(head, district.id, file('thu-tuc.csv', text), { publish: true });
    expect(changed.updated).toEqual(['1.004873']);
    expect(changed.published).toHaveLength(5);
    const [row] = await sql<{ name: string; n: string }>("SELECT name, (SELECT count(*) FROM public_services)::text AS n FROM public_services WHERE code = '1.004873'");
    expect(row).toEqual({ name: 'Cấp Giấy xác nhận tình trạng hôn nhân (sửa đổi)', n: '5' });
    // The slug given at creation stays, so links keep working after the name changed.
    const site = (await getSiteById(district.id))!;
    expect((await getPublishedService({ site, key: '1.004873' }))!.slug).toBe('cap-giay-xac-nhan-tinh-trang-hon-nhan');
    expect(await sql("SELECT action FROM audit_logs WHERE action LIKE 'service.import' ORDER BY \"createdAt\"")).toHaveLength(3);
  });

  it('imports JSON the same way and reports rejected rows with line, column and reason', async () => {
    const { district } = await smallProvince();
    const json = await importServiceCatalogue(CLI_ACTOR, district.id, sample('thu-tuc-hanh-chinh.json'), { publish: true });
    expect(json).toMatchObject({ format: 'json', created: ['1.001193', '1.009994'], published: ['1.001193', '1.009994'], rejected: [] });

    const csv = [
      HEADER,
      '2.000815,Chứng thực bản sao,Chứng thực,Một phần,UBND xã,',
      ',Thiếu mã,Hộ tịch,Toàn trình,UBND xã,',
      '1.000894,Đăng ký kết hôn,Hộ tịch,mức 7,,',
      '2.000815,Trùng mã,Chứng thực,1,UBND xã,',
      '1.000656,Đăng ký khai tử,Hộ tịch,2,UBND xã,,thừa cột',
    ].join('\n');
    const r = await importServiceCatalogue(CLI_ACTOR, district.id, file('co-loi.csv', csv));
    expect(r.created).toEqual(['2.000815']);
    expect(r.rejected).toEqual([
      { line: 3, column: 'ma_thu_tuc', message: 'Mã thủ tục là bắt buộc.' },
      { line: 4, column: 'muc_do', message: 'Mức độ phải là "Toàn trình", "Một phần" hoặc "Cung cấp thông tin" (hoặc mức độ cũ 1–4).' },
      { line: 4, column: 'co_quan_thuc_hien', message: 'Cơ quan thực hiện là bắt buộc.' },
      { line: 5, column: 'ma_thu_tuc', message: 'Mã thủ tục 2.000815 trùng với dòng 2; dòng này bị bỏ qua.' },
      { line: 6, column: '(cả dòng)', message: 'Dòng có 7 cột, nhiều hơn 6 cột của dòng tiêu đề.' },
    ]);

    const none = await importServiceCatalogue(CLI_ACTOR, district.id, file('sai.csv', `${HEADER}\nabc,,Hộ tịch,4,UBND xã,`));
    expect(none.created).toEqual([]);
    expect(none.rejected.map((x) => x.column)).toEqual(['ma_thu_tuc', 'ten_thu_tuc']);
    expect(await sql('SELECT count(*)::int AS n FROM public_services')).toEqual([{ n: 3 }]);
    await expect(importServiceCatalogue(CLI_ACTOR, district.id, file('x.csv', 'ten_thu_tuc\nA'))).rejects.toThrow('Tệp thiếu cột bắt buộc: code, field, level, implementingBody.');
  });

  it('lets only members of the site import, and editors import drafts only', async () => {
    const { root, district } = await smallProvince();
    await expect(importServiceCatalogue(as(root.id, 'BOARD_HEAD'), district.id, sample('thu-tuc-hanh-chinh.csv'))).rejects.toThrow('Bạn không có quyền biên tập thủ tục hành chính của trang này.');
    await expect(importServiceCatalogue(as(district.id, 'EDITOR'), district.id, sample('thu-tuc-hanh-chinh.csv'), { publish: true })).rejects.toThrow('Bạn không có quyền đăng hoặc gỡ thủ tục.');
    expect(await sql('SELECT count(*)::int AS n FROM public_services')).toEqual([{ n: 0 }]);
  });
});

describe('catalogue, procedure page and site scoping (P1, P3)', () => {
  it('never shows drafts or withdrawn procedures; the root portal aggregates every unit, a unit shows its own', async () => {
    const { root, dept, district } = await smallProvince();
    const [rootSite, deptSite, districtSite] = await Promise.all([getSiteById(root.id), getSiteById(dept.id), getSiteById(district.id)]);
    const d = await createService(as(dept.id, 'EDITOR'), dept.id, { ...birth, code: '2.002536', name: 'Đăng ký kết nối trang thành phần', field: 'Công nghệ thông tin', level: 'PARTIAL' });
    const k = await createService(as(district.id, 'SUPER_ADMIN'), district.id, birth);
    await createService(as(district.id, 'SUPER_ADMIN'), district.id, { ...birth, code: '1.000894', name: 'Đăng ký kết hôn (nháp)' });
    const names = async (site: typeof rootSite, extra: Record<string, string> = {}) => (await listServiceCatalogue({ site: site!, ...extra })).items.map((s) => `${s.site.name}: ${s.name}`);

    expect(await names(rootSite)).toEqual([]);
    await expect(setServicePublished(as(dept.id, 'EDITOR'), dept.id, d.id, true)).rejects.toThrow('Bạn không có quyền đăng hoặc gỡ thủ tục.');
    await setServicePublished(as(dept.id, 'BOARD_HEAD'), dept.id, d.id, true);
    await setServicePublished(as(district.id, 'BOARD_HEAD'), district.id, k.id, true);

    expect(await names(rootSite)).toEqual(['Sở Thông tin và Truyền thông: Đăng ký kết nối trang thành phần', 'Huyện Khánh Sơn: Đăng ký khai sinh']);
    expect(await names(districtSite)).toEqual(['Huyện Khánh Sơn: Đăng ký khai sinh']);
    expect(await names(rootSite, { field: 'Hộ tịch' })).toEqual(['Huyện Khánh Sơn: Đăng ký khai sinh']);
    expect(await names(rootSite, { levelSlug: 'mot-phan' })).toEqual(['Sở Thông tin và Truyền thông: Đăng ký kết nối trang thành phần']);
    expect(await names(rootSite, { q: 'KHAI SINH' })).toEqual(['Huyện Khánh Sơn: Đăng ký khai sinh']);
    expect(await names(rootSite, { q: '2.0025' })).toEqual(['Sở Thông tin và Truyền thông: Đăng ký kết nối trang thành phần']);
    expect(await names(rootSite, { siteCode: district.code })).toEqual(['Huyện Khánh Sơn: Đăng ký khai sinh']);
    // A unit's filter cannot reach another unit: only the root portal aggregates.
    expect(await names(deptSite, { siteCode: district.code })).toEqual(['Sở Thông tin và Truyền thông: Đăng ký kết nối trang thành phần']);
    const cat = await listServiceCatalogue({ site: rootSite! });
    expect(cat.fields).toEqual(['Công nghệ thông tin', 'Hộ tịch']);
    expect(cat.units.map((u) => u.name).sort()).toEqual(['Huyện Khánh Sơn', 'Sở Thông tin và Truyền thông']);

    // By slug or by code, on its own site only.
    expect((await getPublishedService({ site: districtSite!, key: 'dang-ky-khai-sinh' }))!.code).toBe('1.001193');
    expect((await getPublishedService({ site: districtSite!, key: '1.001193' }))!.name).toBe('Đăng ký khai sinh');
    expect(await getPublishedService({ site: rootSite!, key: '1.001193' })).toBeNull();
    expect(await getPublishedService({ site: deptSite!, key: 'dang-ky-khai-sinh' })).toBeNull();
    expect(await getPublishedService({ site: districtSite!, key: '1.000894' })).toBeNull();

    const api = await apiListServices(rootSite!, (h) => `http://${h}`, { level: 'FULL' });
    expect(api).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [{ code: '1.001193', level: 'FULL', site: { host: district.host }, url: `http://${district.host}/dich-vu-cong/dang-ky-khai-sinh` }] });
    await expect(apiListServices(rootSite!, (h) => h, { level: 'MUC_4' })).rejects.toThrow('Tham số level phải là một trong: FULL, PARTIAL, INFO.');

    expect(await sitemapFor(district, 'http://x')).toContain('<loc>http://x/dich-vu-cong/dang-ky-khai-sinh</loc>');
    await setServicePublished(as(district.id, 'BOARD_HEAD'), district.id, k.id, false);
    expect(await sitemapFor(district, 'http://x')).not.toContain('dang-ky-khai-sinh');
    expect(await names(rootSite)).toEqual(['Sở Thông tin và Truyền thông: Đăng ký kết nối trang thành phần']);
    expect(await getPublishedService({ site: districtSite!, key: '1.001193' })).toBeNull();
    expect(await sql("SELECT action FROM audit_logs WHERE entity = 'service' AND action IN ('service.publish', 'service.unpublish') ORDER BY \"createdAt\"")).toEqual([
      { action: 'service.publish' },
      { action: 'service.publish' },
      { action: 'service.unpublish' },
    ]);
  });

  it('another site’s procedure can be neither read, edited, published nor deleted through this site', async () => {
    const { dept, district } = await smallProvince();
    const k = await createService(as(district.id, 'SUPER_ADMIN'), district.id, birth);
    const deptHead = as(dept.id, 'BOARD_HEAD');
    expect(await getServiceForEditing(deptHead, dept.id, k.id)).toBeNull();
    await expect(updateService(deptHead, dept.id, k.id, { ...birth, name: 'Chiếm quyền' })).rejects.toThrow('Không tìm thấy thủ tục.');
    await expect(setServicePublished(deptHead, dept.id, k.id, true)).rejects.toThrow('Không tìm thấy thủ tục.');
    await expect(deleteService(deptHead, dept.id, k.id)).rejects.toThrow('Không tìm thấy thủ tục.');
    await expect(updateService(deptHead, district.id, k.id, birth)).rejects.toThrow('Bạn không có quyền biên tập thủ tục hành chính của trang này.');
    expect(await sql('SELECT name, status FROM public_services')).toEqual([{ name: 'Đăng ký khai sinh', status: 'DRAFT' }]);
    // The same national code on two sites is two procedures; twice on one site is refused.
    await createService(as(dept.id, 'SUPER_ADMIN'), dept.id, birth);
    await expect(createService(as(district.id, 'SUPER_ADMIN'), district.id, birth)).rejects.toThrow('Mã thủ tục 1.001193 đã có trên trang này.');
  });

  it('links legal-basis lines to documents published on the site or a site above it, matched on the folded number', async () => {
    const { root, dept, district } = await smallProvince();
    const doc = (number: string, summary: string) => ({ number, type: 'QUYET_DINH' as const, issuer: 'UBND tỉnh Khánh Hòa', issuedAt: '2025-09-12', summary });
    await createDocument(CLI_ACTOR, root.id, doc('28/2025/QĐ-UBND', 'Quy chế Cổng thông tin điện tử tỉnh'), { imported: 'PUBLISHED' });
    await createDocument(CLI_ACTOR, root.id, doc('29/2025/QĐ-UBND', 'Bản nháp'), { imported: 'DRAFT' });
    await createDocument(CLI_ACTOR, district.id, doc('30/2025/QĐ-UBND', 'Văn bản của huyện'), { imported: 'PUBLISHED' });
    const s = await createService(as(dept.id, 'SUPER_ADMIN'), dept.id, {
      ...birth,
      legalBasis: 'Quyết định số 28/2025/qđ-ubnd ngày 12/9/2025 của UBND tỉnh\nQuyết định số 29/2025/QĐ-UBND\nQuyết định số 30/2025/QĐ-UBND\nLuật Hộ tịch số 60/2014/QH13',
    });
    await setServicePublished(as(dept.id, 'SUPER_ADMIN'), dept.id, s.id, true);
    const detail = await getPublishedService({ site: (await getSiteById(dept.id))!, key: s.slug });
    expect(detail!.legalBasis).toEqual([
      { text: 'Quyết định số 28/2025/qđ-ubnd ngày 12/9/2025 của UBND tỉnh', document: { host: root.host, slug: expect.any(String), number: '28/2025/QĐ-UBND', summary: 'Quy chế Cổng thông tin điện tử tỉnh' } },
      // A draft is not linked, nor is a document of a sibling unit.
      { text: 'Quyết định số 29/2025/QĐ-UBND', document: null },
      { text: 'Quyết định số 30/2025/QĐ-UBND', document: null },
      { text: 'Luật Hộ tịch số 60/2014/QH13', document: null },
    ]);
  });
});

describe('usage figures import (P2)', () => {
  it('writes figures per procedure and period, rejects rows of unknown procedures or units, and is idempotent', async () => {
    const { root, dept, district } = await smallProvince();
    await importServiceCatalogue(CLI_ACTOR, district.id, sample('thu-tuc-hanh-chinh.csv'), { publish: true });
    const stats = [
      'don_vi,ma_thu_tuc,ky,luot_su_dung,tiep_nhan,dung_han,tre_han',
      `${district.host},1.001193,2026-01,64,58,57,1`,
      `${district.code},1.001193,2026-Q1,185,171,167,3`,
      `${district.host},9.999999,2026-01,1,1,1,0`,
      `khong-co.vn,1.001193,2026-01,1,1,1,0`,
      `${district.host},1.001193,2026-01,2,2,2,0`,
      `${district.host},1.000894,2026-13,2,2,2,0`,
      `,1.000894,2026-02,2,2,2,0`,
    ].join('\n');
    const r = await importServiceStats(CLI_ACTOR, file('so-lieu.csv', stats));
    expect(r).toMatchObject({ created: 2, updated: 0, unchanged: 0, sites: [district.host] });
    expect(r.rejected).toEqual([
      { line: 4, column: 'ma_thu_tuc', message: `Trang ${district.host} không có thủ tục mã 9.999999.` },
      { line: 5, column: 'don_vi', message: 'Không có trang "khong-co.vn" (dùng tên miền hoặc mã đơn vị).' },
      { line: 6, column: 'ky', message: 'Số liệu của thủ tục 1.001193 kỳ Tháng 01/2026 trùng với dòng 2; dòng này bị bỏ qua.' },
      { line: 7, column: 'ky', message: 'Kỳ "2026-13" không hợp lệ; dùng tháng (2026-03), quý (2026-Q1) hoặc năm (2026).' },
      { line: 8, column: 'don_vi', message: 'Thiếu đơn vị (cột don_vi) khi không chọn trang bằng --site.' },
    ]);
    const again = await importServiceStats(CLI_ACTOR, file('so-lieu.csv', stats));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const fixed = await importServiceStats(as(district.id, 'EDITOR'), file('so-lieu.json', JSON.stringify([{ ma_thu_tuc: '1.001193', ky: '2026-01', luot_su_dung: 65, tiep_nhan: 59, dung_han: 58, tre_han: 1 }])), { site: (await getSiteById(district.id))! });
    expect(fixed).toMatchObject({ created: 0, updated: 1, rejected: [] });

    const detail = await getPublishedService({ site: (await getSiteById(district.id))!, key: '1.001193' });
    expect(detail!.stats).toEqual([
      { label: 'Quý 1/2026', start: '2026-01-01', end: '2026-03-31', timesUsed: 185, received: 171, onTime: 167, late: 3, onTimeRate: 98.2 },
      { label: 'Tháng 01/2026', start: '2026-01-01', end: '2026-01-31', timesUsed: 65, received: 59, onTime: 58, late: 1, onTimeRate: 98.3 },
    ]);

    // A site's own import cannot write another unit's rows, and only the command line writes several sites at once.
    const other = await importServiceStats(as(district.id, 'EDITOR'), file('x.csv', `don_vi,ma_thu_tuc,ky,tiep_nhan\n${root.host},1.001193,2026-02,5`), { site: (await getSiteById(district.id))! });
    expect(other.rejected).toEqual([{ line: 2, column: 'don_vi', message: `Dòng thuộc trang ${root.host}, không phải trang đang nhập ${district.host}.` }]);
    await expect(importServiceStats(as(dept.id, 'BOARD_HEAD'), file('x.csv', stats))).rejects.toThrow('Chỉ dòng lệnh mới nhập số liệu của nhiều trang cùng lúc; hãy chọn một trang.');
    expect(await sql('SELECT count(*)::int AS n FROM service_stats')).toEqual([{ n: 2 }]);
  });
});
