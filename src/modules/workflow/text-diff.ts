/**
 * A readable diff for revisions (E3): paragraphs are aligned by a longest common subsequence, and paragraphs
 * that changed are compared word by word, so an editor sees exactly which words moved.
 */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };
export type ParagraphDiff = { left: DiffPart[] | null; right: DiffPart[] | null; changed: boolean };

function lcsTable<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = eq(a[i]!, b[j]!) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  }
  return t;
}

type Op<T> = { op: 'same'; a: T; b: T } | { op: 'del'; a: T } | { op: 'ins'; b: T };

function align<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): Op<T>[] {
  const t = lcsTable(a, b, eq);
  const ops: Op<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (eq(a[i]!, b[j]!)) ops.push({ op: 'same', a: a[i++]!, b: b[j++]! });
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) ops.push({ op: 'del', a: a[i++]! });
    else ops.push({ op: 'ins', b: b[j++]! });
  }
  while (i < a.length) ops.push({ op: 'del', a: a[i++]! });
  while (j < b.length) ops.push({ op: 'ins', b: b[j++]! });
  return ops;
}

/** Word-level diff of two strings; whitespace is kept with the word before it. */
export function diffWords(left: string, right: string): { left: DiffPart[]; right: DiffPart[] } {
  const split = (s: string) => s.normalize('NFC').match(/\S+\s*/g) ?? [];
  const ops = align(split(left), split(right), (x, y) => x.trim() === y.trim());
  const l: DiffPart[] = [];
  const r: DiffPart[] = [];
  const push = (parts: DiffPart[], kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  for (const o of ops) {
    if (o.op === 'same') {
      push(l, 'same', o.a);
      push(r, 'same', o.b);
    } else if (o.op === 'del') push(l, 'removed', o.a);
    else push(r, 'added', o.b);
  }
  return { left: l, right: r };
}

/**
 * Side-by-side rows: unchanged paragraphs face each other, a removed paragraph faces a blank, and a deleted
 * paragraph followed by an inserted one is shown as one changed paragraph with its words marked.
 */
export function diffParagraphs(left: string[], right: string[]): ParagraphDiff[] {
  const ops = align(left.map((p) => p.normalize('NFC')), right.map((p) => p.normalize('NFC')), (x, y) => x === y);
  const rows: ParagraphDiff[] = [];
  for (let k = 0; k < ops.length; k++) {
    const o = ops[k]!;
    const next = ops[k + 1];
    if (o.op === 'same') rows.push({ left: [{ kind: 'same', text: o.a }], right: [{ kind: 'same', text: o.b }], changed: false });
    else if (o.op === 'del' && next?.op === 'ins') {
      const d = diffWords(o.a, next.b);
      rows.push({ left: d.left, right: d.right, changed: true });
      k++;
    } else if (o.op === 'del') rows.push({ left: [{ kind: 'removed', text: o.a }], right: null, changed: true });
    else rows.push({ left: null, right: [{ kind: 'added', text: o.b }], changed: true });
  }
  return rows;
}
