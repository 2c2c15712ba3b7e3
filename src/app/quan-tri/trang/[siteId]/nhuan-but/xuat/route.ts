import { requireAdmin } from '@/server/admin-context';
import { isAppError } from '@/server/errors';
import { getSiteById } from '@/modules/sites/sites.service';
import { royaltyStatement, statementRows } from '@/modules/royalties/royalties.service';
import { toCsv, toXlsx } from '@/modules/royalties/table-export';

const text = (body: string, status: number) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });

/**
 * Royalty statement download (E7): CSV (UTF-8 with BOM) or XLSX. Authorised here like every console page
 * (requireAdmin: console host, live session, else to sign-in) and by the service: the site's head, a delegated
 * deputy or its super-admin, read fresh from the memberships.
 */
export async function GET(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const q = new URL(request.url).searchParams;
  const { actor } = await requireAdmin({ returnTo: `/quan-tri/trang/${encodeURIComponent(siteId)}/nhuan-but` });
  if (!/^[0-9a-f-]{36}$/.test(siteId)) return text('Không tìm thấy.', 404);
  const format = q.get('dinh-dang') === 'xlsx' ? 'xlsx' : 'csv';
  const thang = q.get('thang');
  try {
    const statement = await royaltyStatement(actor, siteId, { year: q.get('nam') ?? '', month: thang && thang !== 'ca-nam' ? thang : undefined });
    const site = await getSiteById(siteId);
    const rows = statementRows(statement, site?.name ?? '');
    const name = `nhuan-but-${statement.period.year}${statement.period.month ? `-${String(statement.period.month).padStart(2, '0')}` : ''}.${format}`;
    const body = format === 'xlsx' ? toXlsx(rows, 'Nhuận bút') : toCsv(rows);
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (e) {
    if (isAppError(e)) return text(e.message, e.status);
    throw e;
  }
}
