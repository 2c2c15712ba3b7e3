import { describe, expect, it } from 'vitest';
import { progressReporter } from '@/cli/progress';
import { correctableWords, correctedQuery, escapeHtml, excerptHtml, foldForSearch, highlightHtml, highlightWords, parseSearchQuery, searchWords, toPhraseTsQuery, toTsQuery } from '@/modules/search/search-text';
import { ApiSearchQuerySchema, parseSearchPageParams, searchPageHref } from '@/modules/search/search.schemas';

describe('folding Vietnamese for search (S1)', () => {
  it('gives the same words for diacritics or not, any case, precomposed or decomposed Unicode', () => {
    const expected = ['ha', 'noi'];
    for (const q of ['Hà Nội', 'HÀ NỘI', 'ha noi', 'Hà Nội'.normalize('NFD'), '  Hà   Nội! ']) expect(searchWords(q)).toEqual(expected);
    expect(foldForSearch('Đường Ủy ban')).toBe('duong uy ban');
    expect(searchWords('12/2024/QĐ-UBND')).toEqual(['12', '2024', 'qd', 'ubnd']);
  });
});

describe('parsing a query', () => {
  it('finds the số ký hiệu and keeps its words', () => {
    expect(parseSearchQuery('quyet dinh 12/2024')).toMatchObject({ numberKey: '12/2024', parts: [{ typed: 'quyet dinh' }, { typed: '12' }, { typed: '2024' }] });
    expect(parseSearchQuery('Quyết định số 12/2024/qđ-ubnd').numberKey).toBe('12/2024/QD-UBND');
    expect(parseSearchQuery('chuyển đổi số').numberKey).toBeNull();
  });

  it('expands abbreviations to their long forms and long forms to abbreviations', () => {
    expect(parseSearchQuery('UBND tỉnh').parts).toEqual([
      { typed: 'ubnd', alternatives: [['ubnd'], ['uy', 'ban', 'nhan', 'dan']] },
      { typed: 'tinh', alternatives: [['tinh']] },
    ]);
    expect(parseSearchQuery('Hội đồng nhân dân').parts).toEqual([{ typed: 'hoi dong nhan dan', alternatives: [['hoi', 'dong', 'nhan', 'dan'], ['hdnd']] }]);
    expect(parseSearchQuery('TTHC').parts[0]!.alternatives).toEqual([['tthc'], ['thu', 'tuc', 'hanh', 'chinh']]);
    expect(parseSearchQuery('NĐ QĐ').parts.map((p) => p.alternatives[1])).toEqual([['nghi', 'dinh'], ['quyet', 'dinh']]);
  });

  it('builds a tsquery of safe words only, AND of parts, OR of alternatives and corrections, phrases with <->', () => {
    const parsed = parseSearchQuery("UBND chuyeen '); DROP TABLE x; --");
    expect(toTsQuery(parsed.parts, new Map([['chuyeen', 'chuyen']]))).toBe('(ubnd | (uy <-> ban <-> nhan <-> dan)) & (chuyeen | chuyen) & drop & table & x');
    expect(correctableWords(parsed)).toEqual(['chuyeen', 'drop', 'table']);
    expect(correctedQuery(parsed, new Map([['chuyeen', 'chuyen']]))).toBe('ubnd chuyen drop table x');
    expect(correctedQuery(parsed, new Map())).toBeNull();
    expect(parseSearchQuery('   ').parts).toEqual([]);
    expect(toPhraseTsQuery(parseSearchQuery('UBND ha noi').parts)).toBe('(ubnd | uy <-> ban <-> nhan <-> dan) <-> (ha) <-> (noi)');
    expect(toPhraseTsQuery(parseSearchQuery('ha').parts)).toBeNull();
  });
});

describe('highlighting', () => {
  it('marks whole words whatever their diacritics and escapes everything else', () => {
    const words = highlightWords(parseSearchQuery('ha noi'), new Map());
    expect(highlightHtml('Hà Nội <b>& "Hà Nam"</b>', words)).toBe('<mark>Hà</mark> <mark>Nội</mark> &lt;b&gt;&amp; &quot;<mark>Hà</mark> Nam&quot;&lt;/b&gt;');
    expect(highlightHtml('Hàng hóa', words)).toBe('Hàng hóa');
    expect(highlightHtml('Ha\u0300 No\u0323\u0302i', words)).toContain('<mark>');
    expect(escapeHtml(`<script>alert('x')</script>`)).toBe('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });

  it('cuts an excerpt around the first match at word boundaries', () => {
    const text = `${'Mở đầu dài dòng. '.repeat(30)}Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2026. ${'Phần sau. '.repeat(40)}`;
    const html = excerptHtml(text, ['chuyen', 'doi', 'so'], 120);
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html).toContain('Kế hoạch <mark>chuyển</mark> <mark>đổi</mark> <mark>số</mark> tỉnh');
    expect(excerptHtml('Ngắn gọn.', ['khong'])).toBe('Ngắn gọn.');
  });
});

describe('search parameters', () => {
  it('reads the page address leniently: unknown values are dropped, reversed dates are swapped', () => {
    expect(parseSearchPageParams({ q: ' Hà  Nội ', loai: ['van-ban', 'khong-co'], 'tu-ngay': '2024-12-31', 'den-ngay': '2024-01-01', 'sap-xep': 'moi-nhat', trang: '3' })).toEqual({
      q: 'Hà Nội',
      types: ['document'],
      site: undefined,
      field: undefined,
      from: '2024-01-01',
      to: '2024-12-31',
      sort: 'date',
      page: 3,
      pageSize: 10,
    });
    expect(parseSearchPageParams({ q: 'x', 'tu-ngay': '2024-02-30', trang: '-1' })).toMatchObject({ from: undefined, page: 1, sort: 'relevance' });
    expect(searchPageHref({ q: 'Hà Nội', types: ['document'], sort: 'date', site: 'stttt.khanhhoa.localhost' }, 2)).toBe('/tim-kiem?q=H%C3%A0+N%E1%BB%99i&loai=van-ban&don-vi=stttt.khanhhoa.localhost&sap-xep=moi-nhat&trang=2');
  });

  it('refuses wrong API parameters with Vietnamese messages', () => {
    const issue = (input: Record<string, string>) => ApiSearchQuerySchema.safeParse(input).error?.issues[0]?.message;
    expect(issue({})).toBe('Tham số q (từ khóa tìm kiếm) là bắt buộc.');
    expect(issue({ q: 'a', type: 'article,tin' })).toContain('Tham số type phải là');
    expect(issue({ q: 'a', from: '2024-13-01' })).toBe('Tham số from phải là ngày dạng YYYY-MM-DD.');
    expect(issue({ q: 'a', from: '2024-05-01', to: '2024-04-01' })).toBe('Tham số from phải không muộn hơn to.');
    expect(issue({ q: 'a', pageSize: '500' })).toBe('Tham số pageSize tối đa là 100.');
    expect(ApiSearchQuerySchema.parse({ q: ' Hà Nội ', type: 'article,document', site: 'STTTT.khanhhoa.localhost' })).toMatchObject({ q: 'Hà Nội', type: ['article', 'document'], site: 'stttt.khanhhoa.localhost', sort: 'relevance', page: 1, pageSize: 20 });
  });
});

describe('progress of long commands', () => {
  it('draws a bar on a terminal and plain lines, one per tenth, otherwise', () => {
    const tty: string[] = [];
    const bar = progressReporter({ tty: true, write: (s) => tty.push(s), unit: 'mục' });
    bar.update(5, 10, '1/2 trang');
    bar.finish();
    expect(tty[0]).toBe(`\r[${'█'.repeat(15)}${'░'.repeat(15)}]  50% 5/10 mục · 1/2 trang\x1b[K`);
    expect(tty[1]).toBe('\n');
    const plain: string[] = [];
    const lines = progressReporter({ tty: false, write: (s) => plain.push(s), unit: 'mục' });
    for (let i = 0; i <= 100; i++) lines.update(i, 100);
    lines.update(100, 100, 'xong');
    expect(plain).toHaveLength(11);
    lines.finish();
    expect(plain).toHaveLength(12);
    expect(plain.slice(-2)).toEqual(['100% (100/100 mục)\n', '100% (100/100 mục, xong)\n']);
  });
});
