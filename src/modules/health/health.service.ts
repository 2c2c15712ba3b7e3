import { access, mkdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { pingDatabase } from './health.repository';

type Part = { ok: boolean; detail: string };
export type Health = {
  status: 'ok' | 'degraded' | 'down';
  database: Part;
  search: Part & { engine: 'meilisearch' | 'built-in' };
  mail: Part & { transport: 'smtp' | 'files' };
};

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function checkDatabase(): Promise<Part> {
  try {
    await withTimeout(pingDatabase(), 3000);
    return { ok: true, detail: 'Kết nối được cơ sở dữ liệu.' };
  } catch {
    return { ok: false, detail: 'Không kết nối được cơ sở dữ liệu.' };
  }
}

async function checkSearch(database: Part): Promise<Health['search']> {
  const host = process.env.MEILI_HOST;
  if (!host) return { engine: 'built-in', ok: database.ok, detail: 'Tìm kiếm dựng sẵn trên PostgreSQL.' };
  try {
    const r = await withTimeout(fetch(new URL('/health', host)), 3000);
    return { engine: 'meilisearch', ok: r.ok, detail: r.ok ? 'Meilisearch trả lời.' : `Meilisearch trả lời mã ${r.status}.` };
  } catch {
    return { engine: 'meilisearch', ok: false, detail: 'Không kết nối được Meilisearch.' };
  }
}

async function checkMail(): Promise<Health['mail']> {
  const url = process.env.SMTP_URL;
  if (!url) {
    const dir = join(process.cwd(), '.data', 'mail');
    try {
      await mkdir(dir, { recursive: true });
      await access(dir, constants.W_OK);
      return { transport: 'files', ok: true, detail: 'Thư được ghi vào .data/mail.' };
    } catch {
      return { transport: 'files', ok: false, detail: 'Không ghi được thư mục .data/mail.' };
    }
  }
  try {
    const { hostname, port } = new URL(url);
    const net = await import('node:net');
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        const socket = net.connect({ host: hostname, port: Number(port || 587) }, () => {
          socket.end();
          resolve();
        });
        socket.on('error', reject);
      }),
      3000,
    );
    return { transport: 'smtp', ok: true, detail: 'Máy chủ SMTP nhận kết nối.' };
  } catch {
    return { transport: 'smtp', ok: false, detail: 'Không kết nối được máy chủ SMTP.' };
  }
}

/** Health of the parts the portal depends on (O6): search and mail may be down without stopping pages. */
export async function checkHealth(): Promise<Health> {
  const database = await checkDatabase();
  const [search, mail] = await Promise.all([checkSearch(database), checkMail()]);
  const status = !database.ok ? 'down' : search.ok && mail.ok ? 'ok' : 'degraded';
  return { status, database, search, mail };
}
