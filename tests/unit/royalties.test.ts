import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorsOf, coefficientTotal, equalPercents, periodBounds, splitAmount } from '@/modules/royalties/royalty-math';
import { GradeSchema } from '@/modules/royalties/royalties.schemas';
import { crc32Of, toCsv, toXlsx, zip } from '@/modules/royalties/table-export';
import { crc32 } from 'node:zlib';

describe('royalty arithmetic (E7)', () => {
  it('splits to whole đồng without losing one: the remainder goes to the first author', () => {
    expect(splitAmount(100_000n, [34, 33, 33])).toEqual([34_000n, 33_000n, 33_000n]);
    expect(splitAmount(100_001n, [50, 50])).toEqual([50_001n, 50_000n]);
    const parts = splitAmount(351_001n, [34, 33, 33]);
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(351_001n);
  });

  it('equal shares add up to 100 and coefficients multiply to the nearest đồng', () => {
    expect(equalPercents(3)).toEqual([34, 33, 33]);
    expect(equalPercents(1)).toEqual([100]);
    expect(coefficientTotal(1.5, 234_000n)).toBe(351_000n);
    expect(coefficientTotal(0.33, 1_001n)).toBe(330n);
  });

  it('reads co-authors from a byline', () => {
    expect(authorsOf('Minh Châu, Hồng Nhung và Quốc Bảo')).toEqual(['Minh Châu', 'Hồng Nhung', 'Quốc Bảo']);
    expect(authorsOf(null)).toEqual([]);
  });

  it('periods are months and years in Vietnam time', () => {
    expect(periodBounds(2026, 11)).toEqual({ from: new Date('2026-10-31T17:00:00Z'), to: new Date('2026-11-30T17:00:00Z') });
    expect(periodBounds(2026, 12).to).toEqual(new Date('2026-12-31T17:00:00Z'));
    expect(periodBounds(2026)).toEqual({ from: new Date('2025-12-31T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') });
  });

  it('refuses shares that do not add up to 100 and coefficients out of range, in Vietnamese', () => {
    const r = GradeSchema.safeParse({ articleId: '0192f0c0-0000-7000-8000-000000000000', mode: 'coefficient', coefficient: '1,234', unitValue: '234.000', shares: [{ author: 'A', percent: '60' }, { author: 'B', percent: '30' }] });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('Tỷ lệ của các tác giả phải cộng lại đủ 100% (hiện là 90%).');
    expect(messages).toContain('Hệ số nhuận bút từ 0,1 đến 100, tối đa hai chữ số thập phân.');
    const ok = GradeSchema.parse({ articleId: '0192f0c0-0000-7000-8000-000000000000', mode: 'coefficient', coefficient: '1,5', unitValue: '234.000', shares: [{ author: 'A', percent: '100' }] });
    expect(ok.coefficient).toBe(1.5);
    expect(ok.unitValue).toBe(234_000n);
  });
});

describe('statement files', () => {
  it('CSV has a BOM, CRLF rows and RFC 4180 quoting', () => {
    const csv = toCsv([['Tác giả', 'Ghi chú'], ['Nguyễn "Bé"', 'a, b'], ['Hà', 12]]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe('Tác giả,Ghi chú\r\n"Nguyễn ""Bé""","a, b"\r\nHà,12\r\n');
  });

  it('XLSX is a valid ZIP with the workbook parts, Vietnamese text and numbers as numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(dir, 'bang-ke.xlsx');
    writeFileSync(file, toXlsx([['Tác giả', 'Tổng (đồng)'], ['Võ Thị Hồng Nhung', 351000], ['<b>&', 1]], 'Nhuận bút'));
    const script = `import zipfile,sys,json\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps(['|'.join(sorted(z.namelist())), z.read('xl/worksheets/sheet1.xml').decode('utf-8'), z.read('xl/workbook.xml').decode('utf-8')]))`;
    const [names, sheet, workbook] = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as string[];
    expect(names).toBe('[Content_Types].xml|_rels/.rels|xl/_rels/workbook.xml.rels|xl/styles.xml|xl/workbook.xml|xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">Võ Thị Hồng Nhung</t></is></c><c r="B2"><v>351000</v></c>');
    expect(sheet).toContain('&lt;b&gt;&amp;');
    expect(workbook).toContain('name="Nhuận bút"');
  });

  it('CSV never lets a cell start a formula (CSV injection), numbers stay numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', -5, 'Bình thường']]).subarray(3).toString('utf8');
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),-5,Bình thường\r\n`);
  });

  it('CRC-32 of the fallback table matches zlib, and the ZIP carries a valid DOS date', () => {
    const data = Buffer.from('Nhuận bút tháng 11/2026', 'utf8');
    expect(crc32Of(data)).toBe(crc32(data) >>> 0);
    expect(crc32Of(Buffer.from('123456789'))).toBe(0xcbf43926);
    const archive = zip([{ name: 'a.txt', data }]);
    expect(archive.readUInt16LE(12)).toBe(0x21); // 1980-01-01
  });

  it('XLSX sheet declares its dimension and column widths, and the system unzip accepts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(dir, 'bang-ke.xlsx');
    writeFileSync(file, toXlsx([['Tác giả', 'Số tác phẩm', 'Tổng'], ['Minh Châu', 2, 460602]], 'Nhuận bút'));
    const script = `import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1])\nprint(z.read('xl/worksheets/sheet1.xml').decode('utf-8'))\nprint(z.read('[Content_Types].xml').decode('utf-8'))`;
    const out = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(out).toContain('<dimension ref="A1:C2"/>');
    expect(out).toContain('<col min="1" max="1" width="11" customWidth="1"/>');
    expect(out).toContain('PartName="/xl/styles.xml"');
    let unzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      unzip = false;
    }
    if (unzip) expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});
