import { pingDatabase } from './health.repository';

export type Health = {
  status: 'ok' | 'degraded';
  database: { ok: boolean; message?: string };
  search: { engine: 'meilisearch' | 'built-in'; ok: boolean };
  mail: { transport: 'smtp' | 'files'; ok: boolean };
};

/** Health of the parts the portal depends on (O6). Search and mail arrive with their issues. */
export async function checkHealth(): Promise<Health> {
  let database: Health['database'];
  try {
    await pingDatabase();
    database = { ok: true };
  } catch {
    database = { ok: false, message: 'Không kết nối được cơ sở dữ liệu.' };
  }
  return {
    status: database.ok ? 'ok' : 'degraded',
    database,
    search: { engine: process.env.MEILI_HOST ? 'meilisearch' : 'built-in', ok: true },
    mail: { transport: process.env.SMTP_URL ? 'smtp' : 'files', ok: true },
  };
}
