import { getAdminContext } from '@/server/admin-context';
import { isAppError } from '@/server/errors';
import { getSiteById } from '@/modules/sites/sites.service';
import { royaltyStatement, statementRows } from '@/modules/royalties/royalties.service';
import { toCsv, toXlsx } from '@/modules/royalties/table-export';

/** Royalty statement download (E7): CSV (UTF-8 with BOM) or XLSX; authorised here and again in the service. */
export async function GET(request: Request, { params }: { params: Promise<{ siteId: string }> }) {
  const ctx = await getAdminContext();
  if (!ctx) return new Response('Hãy đăng nhập.', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { siteId } = await params;
  const q = new URL(request.url).searchParams;
  const format = q.get('dinh-dang') === 'xlsx' ? 'xlsx' : 'csv';
  const thang = q.get('thang');
  try {
    if (!/^[0-9a-f-]{36}$/.test(siteId)) throw Object.assign(new Error('not found'), { notFound: true });
    const statement = await royaltyStatement(ctx.actor, siteId, { year: q.get('nam') ?? '', month: thang && thang !== 'ca-nam' ? thang : undefined });
    const site = await getSiteById(siteId);
    const rows = statementRows(statement, site?.name ?? '');
    const name = `nhuan-but-${statement.period.year}${statement.period.month ? `-${String(statement.period.month).padStart(2, '0')}` : ''}.${format}`;
    const body = format === 'xlsx' ? toXlsx(rows, 'Nhuận bút') : toCsv(rows);
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: e.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    if ((e as { notFound?: boolean }).notFound) return new Response('Không tìm thấy.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    throw e;
  }
}
