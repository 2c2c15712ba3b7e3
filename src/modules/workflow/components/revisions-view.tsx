import type { Actor } from '@/server/actor';
import { formatDateTimeVi } from '@/lib/dates';
import { diffParagraphs, diffWords, type DiffPart } from '../text-diff';
import type { WorkflowAdapter } from '../workflow-adapter';
import { restoreRevisionAction } from '../workflow.actions';
import { getRevisionPair, listRevisions } from '../workflow.service';
import { ItemHistory } from '@/modules/audit/components/item-history';
import { RevisionRestore } from './revision-restore';

function Parts({ parts }: { parts: DiffPart[] | null }) {
  if (!parts) return <p className="diff__same" aria-label="(không có)">—</p>;
  return (
    <p>
      {parts.map((p, i) =>
        p.kind === 'removed' ? <del key={i}>{p.text}</del> : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
      )}
    </p>
  );
}

/** E3: every save of an item, a side-by-side comparison of any two, and restore as a new draft; O4: the item's history. */
export async function RevisionsView(props: { actor: Actor; adapter: WorkflowAdapter; siteId: string; entityId: string; title: string; sp: { trai?: string; phai?: string } }) {
  const { actor, adapter, siteId, entityId, title, sp } = props;
  const revisions = await listRevisions(actor, adapter, siteId, entityId);
  const newest = revisions[0]?.number ?? 1;
  const right = Number(sp.phai) || newest;
  const left = Number(sp.trai) || Math.max(1, right - 1);
  const pair = revisions.length > 1 ? await getRevisionPair(actor, adapter, { siteId, entityId, left, right }).catch(() => null) : null;
  const base = adapter.consolePath(siteId, entityId);
  return (
    <>
      <p><a href={base}>← {title}</a></p>
      <h1>Lịch sử phiên bản</h1>
      <div className="table-wrap">
        <table>
          <caption>Mỗi lần lưu là một phiên bản; khôi phục tạo một bản nháp mới, không thay bài đang đăng.</caption>
          <thead>
            <tr><th scope="col">Phiên bản</th><th scope="col">Tiêu đề</th><th scope="col">Người lưu</th><th scope="col">Thời gian</th><th scope="col">Thao tác</th></tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.number}>
                <td>
                  {r.number}
                  {r.autosave ? ' (tự lưu)' : ''}
                  {r.restoredFrom ? ` (khôi phục từ ${r.restoredFrom})` : ''}
                </td>
                <td>{r.title}</td>
                <td>{r.createdBy}</td>
                <td>{formatDateTimeVi(r.createdAt)}</td>
                <td>{r.number !== newest ? <RevisionRestore restore={restoreRevisionAction.bind(null, adapter.entity, siteId, entityId)} number={r.number} /> : 'mới nhất'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {revisions.length > 1 ? (
        <form method="get" className="form-row">
          <div className="form-group">
            <label htmlFor="f-trai">So sánh phiên bản</label>
            <select id="f-trai" name="trai" defaultValue={String(left)}>
              {revisions.map((r) => <option key={r.number} value={r.number}>{r.number}</option>)}
            </select>
          </div>
          <div className="form-group">
            <label htmlFor="f-phai">với phiên bản</label>
            <select id="f-phai" name="phai" defaultValue={String(right)}>
              {revisions.map((r) => <option key={r.number} value={r.number}>{r.number}</option>)}
            </select>
          </div>
          <div className="form-group"><button className="button button--secondary" type="submit">So sánh</button></div>
        </form>
      ) : null}
      {pair ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">
            Phiên bản {pair.left.number} ({pair.left.createdBy}, {formatDateTimeVi(pair.left.createdAt)}) và phiên bản {pair.right.number} ({pair.right.createdBy}, {formatDateTimeVi(pair.right.createdAt)})
          </h2>
          <p className="hint">Chữ bị bỏ được gạch ngang ở cột trái; chữ thêm vào được gạch chân ở cột phải.</p>
          <div className="diff">
            <h3>Phiên bản {pair.left.number}</h3>
            <h3>Phiên bản {pair.right.number}</h3>
            {pair.left.view.fields.map((f, i) => {
              const other = pair.right.view.fields[i]?.value ?? '';
              const d = diffWords(f.value, other);
              return [
                <div key={`l${i}`}><strong>{f.label}:</strong> <Parts parts={d.left} /></div>,
                <div key={`r${i}`}><strong>{f.label}:</strong> <Parts parts={d.right} /></div>,
              ];
            })}
            {diffParagraphs(pair.left.view.body, pair.right.view.body).map((row, i) => [
              <div key={`bl${i}`}><Parts parts={row.left} /></div>,
              <div key={`br${i}`}><Parts parts={row.right} /></div>,
            ])}
          </div>
        </section>
      ) : null}
      <ItemHistory siteId={siteId} entity={adapter.entity} entityId={entityId} />
    </>
  );
}
