import { describe, expect, it } from 'vitest';
import { diffParagraphs, diffWords } from '@/modules/workflow/text-diff';

describe('revision diff (E3)', () => {
  it('marks the words that changed inside a paragraph', () => {
    const d = diffWords('Hội nghị diễn ra sáng nay tại Nha Trang.', 'Hội nghị diễn ra chiều nay tại Nha Trang.');
    expect(d.left).toEqual([
      { kind: 'same', text: 'Hội nghị diễn ra ' },
      { kind: 'removed', text: 'sáng ' },
      { kind: 'same', text: 'nay tại Nha Trang.' },
    ]);
    expect(d.right.find((p) => p.kind === 'added')?.text).toBe('chiều ');
  });

  it('aligns paragraphs: unchanged ones face each other, added and removed ones face a blank', () => {
    const rows = diffParagraphs(['Mở đầu.', 'Đoạn bị xóa hẳn khỏi bài.', 'Kết luận.'], ['Mở đầu.', 'Kết luận.', 'Đoạn mới thêm.']);
    expect(rows.map((r) => [r.left?.map((p) => p.kind).join() ?? null, r.right?.map((p) => p.kind).join() ?? null])).toEqual([
      ['same', 'same'],
      ['removed', null],
      ['same', 'same'],
      [null, 'added'],
    ]);
  });

  it('treats composed and decomposed Vietnamese as the same text', () => {
    const rows = diffParagraphs(['Quyết định của Ủy ban'.normalize('NFD')], ['Quyết định của Ủy ban']);
    expect(rows).toEqual([{ left: [{ kind: 'same', text: 'Quyết định của Ủy ban' }], right: [{ kind: 'same', text: 'Quyết định của Ủy ban' }], changed: false }]);
  });

  it('shows a rewritten paragraph as one changed row', () => {
    const rows = diffParagraphs(['Giá vé là 20.000 đồng.'], ['Giá vé là 25.000 đồng.']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.changed).toBe(true);
    expect(rows[0]!.left!.some((p) => p.kind === 'removed' && p.text.includes('20.000'))).toBe(true);
    expect(rows[0]!.right!.some((p) => p.kind === 'added' && p.text.includes('25.000'))).toBe(true);
  });
});
