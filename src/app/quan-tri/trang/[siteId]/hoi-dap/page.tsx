import type { Metadata } from 'next';
import { pageParam, Pagination } from '@/components/public/pagination';
import { formatDateVi } from '@/lib/dates';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { QuestionSettingsForm } from '@/modules/questions/components/question-console-forms';
import { getQuestionSettings, listQuestionsForConsole, type ConsoleQuestionTab } from '@/modules/questions/questions.service';

export const metadata: Metadata = { title: 'Hỏi đáp' };

const TABS: { tab: ConsoleQuestionTab; label: string }[] = [
  { tab: 'tat-ca', label: 'Tất cả' },
  { tab: 'qua-han', label: 'Quá hạn' },
  { tab: 'moi', label: 'Mới tiếp nhận' },
  { tab: 'dang-xu-ly', label: 'Đã giao xử lý' },
  { tab: 'cho-duyet', label: 'Chờ duyệt trả lời' },
  { tab: 'da-tra-loi', label: 'Đã trả lời' },
];

type Props = { params: Promise<{ siteId: string }>; searchParams: Promise<{ loc?: string; trang?: string }> };

/** Citizens' questions of a site (I1): by state, the overdue ones, the default deadline. */
export default async function ConsoleQuestions({ params, searchParams }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const sp = await searchParams;
  const tab = TABS.find((t) => t.tab === sp.loc)?.tab ?? 'tat-ca';
  const [list, settings] = await Promise.all([listQuestionsForConsole(actor, site.id, { tab, page: pageParam(sp.trang) }), getQuestionSettings(actor, site.id)]);
  const base = `/quan-tri/trang/${site.id}/hoi-dap`;
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Hỏi đáp, phản ánh kiến nghị</h1>
      <nav aria-label="Lọc câu hỏi">
        <ul className="button-row qa-nav">
          {TABS.map((t) => (
            <li key={t.tab}>
              <a href={`${base}?loc=${t.tab}`} aria-current={t.tab === tab ? 'page' : undefined}>{t.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {list.total === 0 ? (
        <p>Không có câu hỏi nào.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">Mã</th><th scope="col">Tiêu đề</th><th scope="col">Lĩnh vực</th><th scope="col">Trạng thái</th><th scope="col">Hạn trả lời</th><th scope="col">Ngày gửi</th></tr></thead>
            <tbody>
              {list.items.map((q) => (
                <tr key={q.id}>
                  <td>{q.code}</td>
                  <td><a href={`${base}/${q.id}`}>{q.title}</a></td>
                  <td>{q.field}</td>
                  <td>{q.statusLabel}{q.isPublished ? ' · đã đăng' : ''}</td>
                  <td>
                    {formatDateVi(q.dueDate)}
                    {q.overdue ? <strong className="error-message"> · quá hạn {-q.daysLeft} ngày làm việc</strong> : null}
                  </td>
                  <td>{formatDateVi(q.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{list.total} câu hỏi</p>
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={(n) => `${base}?loc=${tab}&trang=${n}`} />
      {settings.canManage ? (
        <section aria-labelledby="thoi-han">
          <h2 id="thoi-han">Thời hạn trả lời</h2>
          <QuestionSettingsForm siteId={site.id} questionDueDays={settings.questionDueDays} />
        </section>
      ) : (
        <p>Thời hạn trả lời mặc định: {settings.questionDueDays} ngày làm việc.</p>
      )}
    </>
  );
}
