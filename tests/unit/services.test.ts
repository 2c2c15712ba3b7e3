import { describe, expect, it } from 'vitest';
import { documentNumbersIn } from '@/modules/services/legal-basis';
import { CATALOGUE_COLUMNS, CATALOGUE_REQUIRED, STATS_COLUMNS, STATS_REQUIRED, columnKey, parseCsv, readRecords } from '@/modules/services/service-file';
import { levelFromSlug, parseServiceLevel } from '@/modules/services/service-levels';
import { ServiceInputSchema, StatRowSchema, parseCatalogueQuery, parseStatPeriod, periodLabel, serviceSearchKey } from '@/modules/services/services.schemas';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CSV reading (P1/P2 imports)', () => {
  it('splits quoted cells with separators, doubled quotes and line breaks, and keeps each row’s first line', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, y","dòng 1\ndòng 2"\n2,"nói ""có""",\n\n3,,z');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, y', 'dòng 1\ndòng 2'] },
      { line: 4, cells: ['2', 'nói "có"', ''] },
      { line: 6, cells: ['3', '', 'z'] },
    ]);
  });

  it('detects the ";" separator Excel writes in Vietnamese locales and drops the byte-order mark', () => {
    expect(parseCsv('\uFEFFma_thu_tuc;ten\n1.001193;Đăng ký khai sinh')).toEqual([
      { line: 1, cells: ['ma_thu_tuc', 'ten'] },
      { line: 2, cells: ['1.001193', 'Đăng ký khai sinh'] },
    ]);
  });

  it('refuses an unclosed quote with the line where it opened', () => {
    expect(() => parseCsv('a,b\n1,"không đóng\n2,3')).toThrow('Dòng 2: dấu ngoặc kép mở nhưng không đóng');
  });

  it('folds column names, so Vietnamese headers with diacritics and English keys both match', () => {
    expect(columnKey('Mã thủ tục')).toBe('ma_thu_tuc');
    expect(columnKey('implementingBody')).toBe('implementing_body');
    const r = readRecords(bytes('Mã thủ tục,Tên thủ tục,Lĩnh vực,Mức độ,Cơ quan thực hiện,Ghi chú\n1.001193,Đăng ký khai sinh,Hộ tịch,4,UBND xã,x'), 'a.csv', CATALOGUE_COLUMNS, CATALOGUE_REQUIRED);
    expect(r.records).toEqual([{ line: 2, values: { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', level: '4', implementingBody: 'UBND xã' } }]);
    expect(r.unknownColumns).toEqual(['Ghi chú']);
  });

  it('reports a file without a required column, an empty file and a non-UTF-8 file as one error', () => {
    expect(() => readRecords(bytes('ten_thu_tuc,linh_vuc\nA,B'), 'a.csv', CATALOGUE_COLUMNS, CATALOGUE_REQUIRED)).toThrow('Tệp thiếu cột bắt buộc: code, level, implementingBody.');
    expect(() => readRecords(bytes('ma_thu_tuc,ky\n'), 'a.csv', STATS_COLUMNS, STATS_REQUIRED)).toThrow('Tệp không có dòng dữ liệu nào.');
    expect(() => readRecords(new Uint8Array([0x4d, 0xe3, 0x20, 0x74]), 'a.csv', STATS_COLUMNS, STATS_REQUIRED)).toThrow('Tệp không phải văn bản UTF-8');
  });
});

describe('JSON reading', () => {
  it('takes an array of objects, joins lists into lines and knows on which line each object starts', () => {
    const json = '[\n  {\n    "ma_thu_tuc": "1.001193",\n    "thanh_phan_ho_so": ["Tờ khai", "Giấy chứng sinh"]\n  },\n  { "ma_thu_tuc": "1.000894", "ky": 2026 }\n]';
    const r = readRecords(bytes(json), 'x.json', { ...CATALOGUE_COLUMNS, period: ['ky'] }, ['code']);
    expect(r.format).toBe('json');
    expect(r.records).toEqual([
      { line: 2, values: { code: '1.001193', dossier: 'Tờ khai\nGiấy chứng sinh' } },
      { line: 6, values: { code: '1.000894', period: '2026' } },
    ]);
  });

  it('marks a nested object as an invalid row and refuses malformed JSON', () => {
    const r = readRecords(bytes('{"items":[{"ma_thu_tuc":"1.1","ten_thu_tuc":{"a":1}}]}'), 'x.json', CATALOGUE_COLUMNS, ['code']);
    expect(r.records[0]!.values.__invalid).toBe('Giá trị của "ten_thu_tuc" phải là chữ, số hoặc danh sách chữ.');
    expect(() => readRecords(bytes('[{"a":'), 'x.json', CATALOGUE_COLUMNS, ['code'])).toThrow('Tệp JSON không đọc được');
  });
});

describe('procedure rows (P1)', () => {
  const row = { code: ' 1.001193 ', name: 'Đăng ký khai sinh'.normalize('NFD'), field: 'Hộ tịch', level: 'Toàn trình', implementingBody: 'UBND xã' };

  it('accepts a row, NFC-normalises it and keeps list parts as clean lines', () => {
    const r = ServiceInputSchema.parse({ ...row, dossier: '  - Tờ khai \r\n\r\nGiấy chứng sinh  ', onlineUrl: 'https://dichvucong.gov.vn/p/x?ma_thu_tuc=1.001193' });
    expect(r).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh'.normalize('NFC'), level: 'FULL', dossier: '- Tờ khai\nGiấy chứng sinh' });
    expect(r.applicants).toBeUndefined();
  });

  it('refuses a bad code, level and online address with Vietnamese messages', () => {
    const r = ServiceInputSchema.safeParse({ ...row, code: 'mã?', level: 'mức 9', onlineUrl: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages.code).toBe('Mã thủ tục chỉ gồm chữ, số, dấu chấm và gạch ngang (ví dụ 1.001193).');
    expect(messages.level).toBe('Mức độ phải là "Toàn trình", "Một phần" hoặc "Cung cấp thông tin" (hoặc mức độ cũ 1–4).');
    expect(messages.onlineUrl).toContain('phải là địa chỉ web đầy đủ');
    expect(ServiceInputSchema.safeParse({ ...row, name: '   ' }).error!.issues[0]!.message).toBe('Tên thủ tục là bắt buộc.');
  });

  it('reads levels as written in exports, including the legacy levels 1–4', () => {
    expect(['Toàn trình', 'toan trinh', 'DVC trực tuyến toàn trình', 'Mức độ 4', '4', 'FULL'].map(parseServiceLevel)).toEqual(Array(6).fill('FULL'));
    expect(['Một phần', 'mức 3', 'PARTIAL'].map(parseServiceLevel)).toEqual(['PARTIAL', 'PARTIAL', 'PARTIAL']);
    expect(['Cung cấp thông tin', '2', '1'].map(parseServiceLevel)).toEqual(['INFO', 'INFO', 'INFO']);
    expect(parseServiceLevel('5')).toBeNull();
    expect(levelFromSlug('mot-phan')).toBe('PARTIAL');
    expect(levelFromSlug('muc-4')).toBeUndefined();
  });

  it('folds code and name for the text filter', () => {
    expect(serviceSearchKey({ code: '1.001193', name: 'Đăng ký  khai sinh' })).toBe('1.001193 dang ky khai sinh');
  });
});

describe('usage figures rows (P2)', () => {
  it('reads months, quarters and years as periods with their first and last day', () => {
    expect(parseStatPeriod('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28', label: 'Tháng 02/2026' });
    expect(parseStatPeriod('03/2024')).toEqual({ start: '2024-03-01', end: '2024-03-31', label: 'Tháng 03/2024' });
    expect(parseStatPeriod('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: 'Quý 4/2026' });
    expect(parseStatPeriod('Quý 1/2026')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: 'Quý 1/2026' });
    expect(parseStatPeriod('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31', label: 'Năm 2025' });
    expect(parseStatPeriod('2026-13')).toBeNull();
    expect(parseStatPeriod('tháng trước')).toBeNull();
    expect(periodLabel('2026-04-01', '2026-06-30')).toBe('Quý 2/2026');
    expect(periodLabel('2026-03-01', '2026-03-15')).toBe('01/03/2026 – 15/03/2026');
  });

  it('accepts counts with thousands separators, treats empty as 0 and refuses negative or decimal counts', () => {
    expect(StatRowSchema.parse({ code: '1.001193', period: '2026-Q1', received: '1.250', onTime: '', late: 3 })).toMatchObject({ received: 1250, onTime: 0, late: 3, timesUsed: 0 });
    const bad = StatRowSchema.safeParse({ code: '1.001193', period: '2026-Q5', received: '-4', late: '2,5' });
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      period: 'Kỳ "2026-Q5" không hợp lệ; dùng tháng (2026-03), quý (2026-Q1) hoặc năm (2026).',
      received: 'Số hồ sơ tiếp nhận phải là số nguyên không âm (ví dụ 125).',
      late: 'Số hồ sơ giải quyết trễ hạn phải là số nguyên không âm (ví dụ 125).',
    });
  });
});

describe('legal basis and catalogue query', () => {
  it('finds document numbers in a legal-basis line, leaving dates out', () => {
    expect(documentNumbersIn('Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014')).toEqual(['60/2014/QH13']);
    expect(documentNumbersIn('Quyết định số 28 / 2025 / QĐ – UBND ngày 12/9/2025; Nghị định 42/2022/NĐ-CP.')).toEqual(['28/2025/QD-UBND', '42/2022/ND-CP']);
    expect(documentNumbersIn('Văn bản ngày 01/02/2020')).toEqual([]);
  });

  it('reads the public query leniently', () => {
    expect(parseCatalogueQuery({ q: ' khai sinh ', 'linh-vuc': 'Hộ tịch', 'muc-do': 'toan-trinh', 'don-vi': 'STC', trang: '2' })).toEqual({ q: 'khai sinh', field: 'Hộ tịch', levelSlug: 'toan-trinh', siteCode: 'stc', page: 2 });
    expect(parseCatalogueQuery({ trang: 'x' }).page).toBe(1);
  });
});
