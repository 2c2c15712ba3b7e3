import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase, sql } from '../helpers/db';
import { portal } from '../helpers/cli';
import { smallProvince } from '../helpers/fixtures';

beforeEach(resetDatabase);

const SAMPLE = join(import.meta.dirname, '..', '..', 'docs', 'samples', 'thu-tuc-hanh-chinh.csv');

function tmpFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cong-so-')), name);
  writeFileSync(path, text);
  return path;
}

// Each case starts Node processes (tsx); on a loaded machine that takes a while, hence the long timeout.
describe('npm run portal -- services:import, services:import-stats', { timeout: 180_000 }, () => {
  it('imports a catalogue, says what happened, and changes nothing on a second run', async () => {
    const { district } = await smallProvince();
    expect(portal(['--help']).stdout).toContain('services:import-stats');

    const first = portal(['services:import', SAMPLE, '--site', district.host, '--publish']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Tệp thu-tuc-hanh-chinh.csv (CSV): 5 dòng dữ liệu, trang ${district.host}.`);
    expect(first.stdout).toContain('Thêm mới: 5 (1.001193, 1.000894, 1.000656, 2.000815, 1.004873)');
    expect(first.stdout).toContain('Đã đăng: 5');

    const second = portal(['services:import', SAMPLE, '--site', district.code]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Thêm mới: 0');
    expect(second.stdout).toContain('Cập nhật: 0');
    expect(second.stdout).toContain('Không đổi: 5');
    expect(await sql("SELECT count(*)::int AS n FROM public_services WHERE status = 'PUBLISHED'")).toEqual([{ n: 5 }]);

    const stats = tmpFile('so-lieu.csv', `ma_thu_tuc;ky;luot_su_dung;tiep_nhan;dung_han;tre_han\n1.001193;2026-Q1;185;171;167;3\n1.000894;quý 5/2026;1;1;1;0\n`);
    const s = portal(['services:import-stats', stats, '--site', district.host]);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('Số liệu mới: 1, cập nhật: 0, không đổi: 0');
    expect(s.stdout).toContain('Dòng bị từ chối: 1');
    expect(s.stdout).toContain('  - Dòng 3, cột ky: Kỳ "quý 5/2026" không hợp lệ; dùng tháng (2026-03), quý (2026-Q1) hoặc năm (2026).');
  });

  it('exits non-zero with a Vietnamese report when nothing is valid, the file is unreadable or arguments are missing', async () => {
    const { district } = await smallProvince();
    const bad = tmpFile('hong.csv', 'ma_thu_tuc,ten_thu_tuc,linh_vuc,muc_do,co_quan_thuc_hien\n1.001193,Đăng ký khai sinh,Hộ tịch,mức 9,UBND xã\n');
    const none = portal(['services:import', bad, '--site', district.host]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('  - Dòng 2, cột muc_do: Mức độ phải là "Toàn trình", "Một phần" hoặc "Cung cấp thông tin" (hoặc mức độ cũ 1–4).');
    expect(none.stderr).toContain('Lỗi: không có dòng hợp lệ nào; không nhập gì.');

    const missing = portal(['services:import', '/khong/co/tep.csv', '--site', district.host]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Lỗi: không đọc được tệp /khong/co/tep.csv (tệp không tồn tại).');

    const noColumns = portal(['services:import-stats', tmpFile('a.json', '[{"ma":"1.001193"}]')]);
    expect(noColumns.code).toBe(1);
    expect(noColumns.stderr).toContain('Lỗi: Tệp thiếu cột bắt buộc: period.');

    const noSite = portal(['services:import', SAMPLE]);
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toContain('Thiếu --site (trang nhận danh mục thủ tục).');
    const noFile = portal(['services:import', '--site', district.host]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('Thiếu tên tệp (CSV hoặc JSON).');
    expect(await sql('SELECT count(*)::int AS n FROM public_services')).toEqual([{ n: 0 }]);
  });
});
