import type { Metadata } from 'next';
import { AuditFilterSchema } from '@/modules/audit/audit.schemas';
import { listAuditEntries } from '@/modules/audit/audit.service';
import { AuditEntriesTable } from '@/modules/audit/components/audit-entries-table';
import { AuditFilterForm } from '@/modules/audit/components/audit-filter-form';
import { listSitesForConsole } from '@/modules/sites/sites.service';
import { requireAdmin } from '@/server/admin-context';
import { isAppError } from '@/server/errors';

export const metadata: Metadata = { title: 'Nhật ký hệ thống' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** O4: the audit log, filtered by site, action prefix, actor, item and dates (Vietnam days), 50 a page. */
export default async function AuditPage({ searchParams }: Props) {
  const { actor } = await requireAdmin();
  const sp = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v)) as Record<string, string>;
  const parsed = AuditFilterSchema.safeParse(sp);
  const filter = parsed.success ? parsed.data : AuditFilterSchema.parse({});
  const issue = parsed.success ? null : parsed.error.issues[0];
  const result = await listAuditEntries(actor, filter).catch((e) => (isAppError(e) ? e : Promise.reject(e)));
  if (isAppError(result)) return <><h1>Nhật ký hệ thống</h1><div className="error-summary" role="alert"><p>{result.message}</p></div></>;
  const sites = (await listSitesForConsole(actor)).filter((s) => actor.isPlatformAdmin || actor.memberships.some((m) => m.siteId === s.id && (m.role === 'SUPER_ADMIN' || m.role === 'BOARD_HEAD')));
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const query = (page: number) => `?${new URLSearchParams({ ...sp, page: String(page) }).toString()}`;
  return (
    <>
      <h1>Nhật ký hệ thống</h1>
      <AuditFilterForm values={sp} sites={sites} error={issue ? { field: String(issue.path[0] ?? 'action'), message: issue.message } : null} />
      <p role="status">{result.total.toLocaleString('vi-VN')} mục{pages > 1 ? ` · trang ${filter.page}/${pages}` : ''}</p>
      <AuditEntriesTable items={result.items} />
      {pages > 1 ? (
        <nav aria-label="Phân trang" className="button-row">
          {filter.page > 1 ? <a href={query(filter.page - 1)} rel="prev">Trang trước</a> : null}
          <span>Trang {filter.page}/{pages}</span>
          {filter.page < pages ? <a href={query(filter.page + 1)} rel="next">Trang sau</a> : null}
        </nav>
      ) : null}
    </>
  );
}
