import type { Metadata } from 'next';
import { listCategoriesForConsole } from '@/modules/articles/categories.service';
import { requireSiteEditor } from '@/modules/content/console-guard';
import { categoryLimitsAction, delegationAction } from '@/modules/workflow/board.actions';
import { listBoard } from '@/modules/workflow/board.service';
import { CategoryLimitsForm, DelegationForm } from '@/modules/workflow/components/board-forms';

export const metadata: Metadata = { title: 'Ban biên tập' };

type Props = { params: Promise<{ siteId: string }> };

/** E1: the board of the site, the head's delegation of approval and the category limits of writers. */
export default async function BoardPage({ params }: Props) {
  const { actor, site } = await requireSiteEditor((await params).siteId);
  const board = await listBoard(actor, site.id);
  const categories = board.canLimit ? await listCategoriesForConsole(actor, site.id) : [];
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return (
    <>
      <p><a href={`/quan-tri/trang/${site.id}`}>← {site.name}</a></p>
      <h1>Ban biên tập</h1>
      <p className="hint">
        Phó trưởng ban chỉ duyệt, đăng bài và chấm nhuận bút khi Trưởng ban ủy quyền. Biên tập viên và cộng tác viên được giới hạn trong các chuyên mục được
        phân công (không chọn chuyên mục nào: được viết mọi chuyên mục).
      </p>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">Thành viên</th><th scope="col">Vai trò</th><th scope="col">Ủy quyền, phân công</th></tr></thead>
          <tbody>
            {board.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}<br /><span className="hint">{m.email}{m.disabled ? ' · đã khóa' : ''}</span></td>
                <td>{m.roleLabel}</td>
                <td>
                  {m.role === 'BOARD_DEPUTY' ? (
                    <>
                      <p>{m.approvalDelegated ? 'Được ủy quyền duyệt bài.' : 'Chưa được ủy quyền duyệt bài.'}</p>
                      {board.canDelegate ? <DelegationForm action={delegationAction.bind(null, site.id, m.id)} delegated={m.approvalDelegated} name={m.name} /> : null}
                    </>
                  ) : null}
                  {m.role === 'EDITOR' || m.role === 'CONTRIBUTOR' ? (
                    <>
                      <p>{m.categoryIds.length ? `Chuyên mục: ${m.categoryIds.map((id) => names.get(id) ?? '—').join(', ')}` : 'Mọi chuyên mục.'}</p>
                      {board.canLimit && categories.length ? <CategoryLimitsForm action={categoryLimitsAction.bind(null, site.id, m.id)} categories={categories} selected={m.categoryIds} memberId={m.id} /> : null}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
