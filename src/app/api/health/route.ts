import { checkHealth } from '@/modules/health/health.service';

export const dynamic = 'force-dynamic';

/** GET /api/health (CONTRACT): database, search and mail state. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.database.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
