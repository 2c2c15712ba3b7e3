import { formatDateVi } from '@/lib/dates';
import type { Actor } from '@/server/actor';
import { AppError } from '@/server/errors';
import { withTransaction } from '@/server/transaction';
import { parseInput } from '@/server/validation';
import { recordAudit } from '@/modules/audit/audit.service';
import { findMembershipForDecision } from '@/modules/workflow/workflow.repository';
import { canGrade } from '@/modules/workflow/workflow.service';
import { authorsOf, coefficientTotal, equalPercents, periodBounds, splitAmount } from './royalty-math';
import { findGradableArticle, findLastUnitValue, findPublishedInPeriod, findRoyaltiesInPeriod, findRoyalty, replaceRoyalty } from './royalties.repository';
import { GradeSchema, PeriodSchema, type GradeInput, type PeriodInput } from './royalties.schemas';
import type { Cell } from './table-export';

/** The actor's role on the site read fresh from `memberships` (a delegation taken back counts at once). */
async function freshMember(actor: Actor, siteId: string) {
  if (!actor.userId) return null;
  const m = await findMembershipForDecision({ siteId, userId: actor.userId });
  return m && !m.user.disabledAt ? { role: m.role as string, approvalDelegated: m.approvalDelegated } : null;
}

async function requireGrader(actor: Actor, siteId: string) {
  if (!canGrade(await freshMember(actor, siteId))) throw new AppError('FORBIDDEN', 'Chỉ Trưởng ban biên tập (hoặc Phó trưởng ban được ủy quyền) được chấm nhuận bút.');
}

/** Statements are for the graders (head, delegated deputy) and the site's super-admin, who pays. */
export async function canReadRoyaltyStatements(actor: Actor, siteId: string): Promise<boolean> {
  const member = await freshMember(actor, siteId);
  return member?.role === 'SUPER_ADMIN' || canGrade(member);
}

const dongText = (v: bigint) => `${v.toLocaleString('vi-VN')} đ`;

/** A grade as it goes into the audit log's before/after (amounts as strings: JSON has no bigint). */
function gradeRecord(g: { coefficient: string | null; unitValue: bigint | null; total: bigint; note: string | null; shares: { author: string; percent: number; amount: bigint }[] }) {
  return {
    mode: g.coefficient === null ? 'amount' : 'coefficient',
    coefficient: g.coefficient,
    unitValue: g.unitValue?.toString() ?? null,
    total: g.total.toString(),
    note: g.note,
    shares: g.shares.map((s) => ({ author: s.author, percent: s.percent, amount: s.amount.toString() })),
  };
}

/** Grades one published article (E7); grading again replaces the previous grade, both recorded in the audit log. */
export async function gradeRoyalty(actor: Actor, siteId: string, input: GradeInput) {
  const g = parseInput(GradeSchema, input);
  await requireGrader(actor, siteId);
  const article = await findGradableArticle({ siteId, id: g.articleId });
  if (!article) throw new AppError('NOT_FOUND', 'Không tìm thấy bài viết.');
  if (article.status !== 'PUBLISHED' || !article.publishedAt) throw new AppError('RULE_VIOLATION', 'Chỉ chấm nhuận bút cho bài đã đăng.');
  const total = g.mode === 'coefficient' ? coefficientTotal(g.coefficient!, g.unitValue!) : g.amount!;
  const amounts = splitAmount(total, g.shares.map((s) => s.percent));
  return withTransaction(async (tx) => {
    const before = await findRoyalty({ siteId, entity: 'article', entityId: article.id }, tx);
    await replaceRoyalty(
      tx,
      {
        siteId,
        entity: 'article',
        entityId: article.id,
        title: article.title,
        publishedAt: article.publishedAt!,
        coefficient: g.mode === 'coefficient' ? g.coefficient! : null,
        unitValue: g.mode === 'coefficient' ? g.unitValue! : null,
        total,
        note: g.note ?? null,
        gradedById: actor.userId,
        gradedBy: actor.label,
      },
      g.shares.map((s, i) => ({ author: s.author, percent: s.percent, amount: amounts[i]! })),
    );
    await recordAudit(tx, actor, {
      siteId,
      action: 'royalty.grade',
      entity: 'article',
      entityId: article.id,
      before: before ? gradeRecord({ coefficient: before.coefficient === null ? null : Number(before.coefficient).toFixed(2), unitValue: before.unitValue, total: before.total, note: before.note, shares: before.shares }) : null,
      after: gradeRecord({
        coefficient: g.mode === 'coefficient' ? g.coefficient!.toFixed(2) : null,
        unitValue: g.mode === 'coefficient' ? g.unitValue! : null,
        total,
        note: g.note ?? null,
        shares: g.shares.map((s, i) => ({ author: s.author, percent: s.percent, amount: amounts[i]! })),
      }),
    });
    return { total: total.toString(), shares: g.shares.map((s, i) => ({ author: s.author, percent: s.percent, amount: amounts[i]!.toString() })) };
  });
}

/** What the grading form starts from: the current grade, or the byline split equally and the last unit value used. */
export async function getGradingForm(actor: Actor, siteId: string, articleId: string) {
  await requireGrader(actor, siteId);
  const article = await findGradableArticle({ siteId, id: articleId });
  if (!article || article.status !== 'PUBLISHED') return null;
  const [current, last] = await Promise.all([findRoyalty({ siteId, entity: 'article', entityId: articleId }), findLastUnitValue(siteId)]);
  const authors = authorsOf(article.author);
  const percents = equalPercents(authors.length || 1);
  return {
    article: { id: article.id, title: article.title, author: article.author, publishedAt: article.publishedAt!.toISOString() },
    mode: current && current.coefficient === null ? ('amount' as const) : ('coefficient' as const),
    coefficient: current?.coefficient ? String(current.coefficient).replace('.', ',') : '',
    unitValue: (current?.unitValue ?? last?.unitValue)?.toString() ?? '',
    amount: current && current.coefficient === null ? current.total.toString() : '',
    note: current?.note ?? '',
    shares: current ? current.shares.map((s) => ({ author: s.author, percent: s.percent })) : (authors.length ? authors : ['']).map((author, i) => ({ author, percent: percents[i]! })),
  };
}

export type RoyaltyStatement = {
  period: { year: number; month?: number; label: string };
  works: { articleId: string; title: string; publishedAt: string; coefficient: string | null; total: string; totalText: string; shares: { author: string; percent: number; amount: string }[] }[];
  ungraded: { articleId: string; title: string; author: string | null; publishedAt: string }[];
  authors: { author: string; works: number; total: string; totalText: string }[];
  total: string;
  totalText: string;
};

/** Monthly or yearly statement of one site (E7): per work, per author and in total. */
export async function royaltyStatement(actor: Actor, siteId: string, input: PeriodInput): Promise<RoyaltyStatement> {
  if (!(await canReadRoyaltyStatements(actor, siteId))) throw new AppError('FORBIDDEN', 'Bạn không có quyền xem bảng kê nhuận bút của trang này.');
  const p = parseInput(PeriodSchema, input);
  const { from, to } = periodBounds(p.year, p.month);
  const [royalties, published] = await Promise.all([findRoyaltiesInPeriod({ siteId, from, to }), findPublishedInPeriod({ siteId, from, to })]);
  const graded = new Set(royalties.map((r) => r.entityId));
  const byAuthor = new Map<string, { works: number; total: bigint }>();
  for (const r of royalties) {
    for (const s of r.shares) {
      const a = byAuthor.get(s.author) ?? { works: 0, total: 0n };
      a.works++;
      a.total += s.amount;
      byAuthor.set(s.author, a);
    }
  }
  const total = royalties.reduce((a, r) => a + r.total, 0n);
  return {
    period: { year: p.year, month: p.month, label: p.month ? `tháng ${p.month}/${p.year}` : `năm ${p.year}` },
    works: royalties.map((r) => ({
      articleId: r.entityId,
      title: r.title,
      publishedAt: r.publishedAt.toISOString(),
      coefficient: r.coefficient === null ? null : String(r.coefficient),
      total: r.total.toString(),
      totalText: dongText(r.total),
      shares: r.shares.map((s) => ({ author: s.author, percent: s.percent, amount: s.amount.toString() })),
    })),
    ungraded: published.filter((a) => !graded.has(a.id)).map((a) => ({ articleId: a.id, title: a.title, author: a.author, publishedAt: a.publishedAt!.toISOString() })),
    authors: [...byAuthor.entries()]
      .sort((a, b) => a[0].localeCompare(b[0], 'vi'))
      .map(([author, v]) => ({ author, works: v.works, total: v.total.toString(), totalText: dongText(v.total) })),
    total: total.toString(),
    totalText: dongText(total),
  };
}

/** The statement as table rows for CSV/XLSX: per author, then every work and share, then the site total. */
export function statementRows(s: RoyaltyStatement, siteName: string): Cell[][] {
  return [
    ['Bảng kê nhuận bút', siteName, s.period.label],
    [],
    ['Tác giả', 'Số tác phẩm', 'Tổng nhuận bút (đồng)'],
    ...s.authors.map((a) => [a.author, a.works, Number(a.total)]),
    [],
    ['Tác phẩm', 'Ngày đăng', 'Hệ số', 'Tổng (đồng)', 'Tác giả', 'Tỷ lệ (%)', 'Nhuận bút (đồng)'],
    ...s.works.flatMap((w) => w.shares.map((sh) => [w.title, formatDateVi(w.publishedAt), w.coefficient === null ? '' : Number(w.coefficient), Number(w.total), sh.author, sh.percent, Number(sh.amount)])),
    [],
    ['Tổng cộng của trang', s.works.length, Number(s.total)],
  ];
}
