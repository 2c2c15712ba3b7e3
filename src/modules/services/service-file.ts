import { removeDiacritics } from '@/lib/vietnamese';
import { AppError } from '@/server/errors';

/**
 * Reading the files the province's systems export (P1 catalogue, P2 usage figures): CSV or JSON, UTF-8.
 * Pure: bytes in, records out, each with the line of the file it starts on, so a rejected row can be
 * reported as "dòng 7". No package: the CSV dialect is RFC 4180 plus what Excel writes in Vietnamese
 * locales (";" separator, a byte-order mark), which fits in this file and is tested on its own.
 */

export type FileRecord = { line: number; values: Record<string, string | undefined> };
export type ParsedFile = { format: 'csv' | 'json'; records: FileRecord[]; unknownColumns: string[] };
/** Column key → the names a file may use for it (compared after folding, see columnKey). */
export type ColumnMap = Record<string, readonly string[]>;

/** "Mã thủ tục" → "ma_thu_tuc", "implementingBody" → "implementing_body". */
export function columnKey(name: string): string {
  return removeDiacritics(name.replace(/([a-z])([A-Z])/g, '$1_$2'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export type CsvRow = { line: number; cells: string[] };

/** Splits CSV text into rows of cells; quoted cells may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, delimiter?: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '');
  const sep = delimiter ?? detectDelimiter(src);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < src.length) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
      i++;
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (quoted) throw new AppError('VALIDATION', `Dòng ${quoteLine}: dấu ngoặc kép mở nhưng không đóng; tệp CSV bị cắt hoặc sai định dạng.`);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

/** The separator of the header line: the one of ",", ";", tab that occurs most outside quotes. */
function detectDelimiter(src: string): string {
  let header = '';
  let quoted = false;
  for (const c of src) {
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '\n' || c === '\r')) break;
    if (!quoted) header += c;
  }
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** Lines on which the objects of the (first) JSON array start, for row numbers in reports. */
function objectLines(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let base = -1;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (c === '{' && depth === base) out.push(line);
      depth++;
      if (c === '[' && base < 0) base = depth;
    } else if (c === ']' || c === '}') depth--;
  }
  return out;
}

function cellValue(v: unknown): string | undefined | null {
  if (v == null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join('\n');
  return null;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('VALIDATION', 'Tệp không phải văn bản UTF-8; hãy xuất lại tệp với bảng mã UTF-8 (Unicode).');
  }
}

/**
 * Reads a CSV or JSON export into records keyed by the column keys of `columns`. The format comes
 * from the name (.csv, .json) or, without one, from the first character. Required columns missing
 * from the whole file, an unreadable file or no rows at all are one error for the file; a bad value
 * in a row is left to the row's validation.
 */
export function readRecords(bytes: Uint8Array, fileName: string, columns: ColumnMap, required: string[]): ParsedFile {
  const text = decode(bytes);
  const lower = fileName.toLowerCase();
  const format = lower.endsWith('.json') ? 'json' : lower.endsWith('.csv') ? 'csv' : /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
  const lookup = new Map<string, string>();
  for (const [key, names] of Object.entries(columns)) for (const n of [key, ...names]) lookup.set(columnKey(n), key);
  const unknown = new Set<string>();
  const mapRow = (entries: [string, string | undefined][]) => {
    const values: Record<string, string | undefined> = {};
    for (const [name, value] of entries) {
      const key = lookup.get(columnKey(name));
      if (key) values[key] = value;
      else if (name.trim()) unknown.add(name.trim());
    }
    return values;
  };
  const missing = (present: Set<string>) => required.filter((k) => !present.has(k));
  const missingMessage = (keys: string[]) => `Tệp thiếu cột bắt buộc: ${keys.join(', ')}.`;

  let records: FileRecord[];
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new AppError('VALIDATION', `Tệp JSON không đọc được: ${(e as Error).message.replace(/^JSON\.parse: /, '')}.`);
    }
    const list = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data).find(Array.isArray) : undefined;
    if (!Array.isArray(list)) throw new AppError('VALIDATION', 'Tệp JSON phải là một mảng các đối tượng (hoặc một đối tượng có mảng "items").');
    const lines = objectLines(text);
    records = list.map((item, index) => {
      const line = lines[index] ?? index + 1;
      if (!item || typeof item !== 'object' || Array.isArray(item)) return { line, values: { __invalid: 'Mục này không phải một đối tượng JSON.' } };
      const entries: [string, string | undefined][] = [];
      let invalid: string | undefined;
      for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
        const value = cellValue(v);
        if (value === null) invalid ??= `Giá trị của "${k}" phải là chữ, số hoặc danh sách chữ.`;
        else entries.push([k, value]);
      }
      const values = mapRow(entries);
      if (invalid) values.__invalid = invalid;
      return { line, values };
    });
    const present = new Set(records.flatMap((r) => Object.keys(r.values)));
    const lack = records.length > 0 ? missing(present) : [];
    if (lack.length) throw new AppError('VALIDATION', missingMessage(lack));
  } else {
    const rows = parseCsv(text);
    if (rows.length === 0) throw new AppError('VALIDATION', 'Tệp trống: không có dòng tiêu đề.');
    const header = rows[0]!.cells.map((h) => h.trim());
    const keys = header.map((h) => lookup.get(columnKey(h)));
    header.forEach((h, i) => !keys[i] && h && unknown.add(h));
    const lack = missing(new Set(keys.filter((k): k is string => !!k)));
    if (lack.length) throw new AppError('VALIDATION', missingMessage(lack));
    records = rows.slice(1).map((r) => {
      const values: Record<string, string | undefined> = {};
      keys.forEach((k, i) => {
        if (k) values[k] = r.cells[i];
      });
      if (r.cells.length > header.length && r.cells.slice(header.length).some((c) => c.trim())) values.__invalid = `Dòng có ${r.cells.length} cột, nhiều hơn ${header.length} cột của dòng tiêu đề.`;
      return { line: r.line, values };
    });
  }
  if (records.length === 0) throw new AppError('VALIDATION', 'Tệp không có dòng dữ liệu nào.');
  return { format, records, unknownColumns: [...unknown] };
}

/** Columns of a catalogue import (P1): Vietnamese names as the national database exports them, or English keys. */
export const CATALOGUE_COLUMNS: ColumnMap = {
  code: ['ma_thu_tuc', 'ma', 'ma_tthc', 'ma_so'],
  name: ['ten_thu_tuc', 'ten', 'ten_tthc'],
  field: ['linh_vuc'],
  level: ['muc_do', 'muc_do_dvc', 'muc_do_dich_vu_cong'],
  implementingBody: ['co_quan_thuc_hien', 'co_quan'],
  applicants: ['doi_tuong_thuc_hien', 'doi_tuong'],
  steps: ['trinh_tu_thuc_hien', 'trinh_tu'],
  channels: ['cach_thuc_thuc_hien', 'cach_thuc'],
  dossier: ['thanh_phan_ho_so', 'ho_so'],
  timeLimit: ['thoi_han_giai_quyet', 'thoi_han'],
  fees: ['phi_le_phi', 'phi', 'le_phi'],
  result: ['ket_qua_thuc_hien', 'ket_qua'],
  conditions: ['yeu_cau_dieu_kien', 'dieu_kien'],
  legalBasis: ['can_cu_phap_ly', 'can_cu'],
  onlineUrl: ['dia_chi_truc_tuyen', 'nop_truc_tuyen', 'duong_dan', 'url'],
};
export const CATALOGUE_REQUIRED = ['code', 'name', 'field', 'level', 'implementingBody'];

/** Columns of a usage-figures file (P2). */
export const STATS_COLUMNS: ColumnMap = {
  code: ['ma_thu_tuc', 'ma', 'ma_tthc'],
  period: ['ky', 'ky_so_lieu', 'ky_bao_cao', 'thoi_gian'],
  timesUsed: ['luot_su_dung', 'so_luot_su_dung', 'times_used'],
  received: ['tiep_nhan', 'ho_so_tiep_nhan', 'so_ho_so_tiep_nhan', 'da_tiep_nhan'],
  onTime: ['dung_han', 'giai_quyet_dung_han', 'da_giai_quyet_dung_han', 'on_time'],
  late: ['tre_han', 'qua_han', 'giai_quyet_tre_han', 'da_giai_quyet_tre_han'],
  site: ['don_vi', 'trang', 'ten_mien'],
};
export const STATS_REQUIRED = ['code', 'period'];

/** The names a report should use for a column key: the file's own header when known. */
export const COLUMN_LABELS: Record<string, string> = {
  code: 'ma_thu_tuc',
  name: 'ten_thu_tuc',
  field: 'linh_vuc',
  level: 'muc_do',
  implementingBody: 'co_quan_thuc_hien',
  applicants: 'doi_tuong_thuc_hien',
  steps: 'trinh_tu_thuc_hien',
  channels: 'cach_thuc_thuc_hien',
  dossier: 'thanh_phan_ho_so',
  timeLimit: 'thoi_han_giai_quyet',
  fees: 'phi_le_phi',
  result: 'ket_qua_thuc_hien',
  conditions: 'yeu_cau_dieu_kien',
  legalBasis: 'can_cu_phap_ly',
  onlineUrl: 'dia_chi_truc_tuyen',
  period: 'ky',
  timesUsed: 'luot_su_dung',
  received: 'tiep_nhan',
  onTime: 'dung_han',
  late: 'tre_han',
  site: 'don_vi',
};
