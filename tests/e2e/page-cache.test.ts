import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { ROOT, browserPerFile, signIn } from '../helpers/browser';
import { editorialBoard, publishThroughBoard } from '../helpers/fixtures';
import { sql } from '../helpers/db';

const PORT = Number(process.env.E2E_PORT ?? 3199);
const STTTT = `stttt.${ROOT}`;
const STC = `stc.${ROOT}`;
const newPage = browserPerFile();

type Got = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; text: string };

function get(host: string, path: string, headers: Record<string, string> = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, agent: false, headers: { host: `${host}:${PORT}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: res.headers['content-encoding'] === 'gzip' ? gunzipSync(body).toString('utf8') : body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Another instance's publish reaches this one by NOTIFY: wait for it (bounded), without timing anything. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('the page cache in front of the app (issue 7)', () => {
  it('keeps pages per host: a page cached for one site is never served on another', async () => {
    // A query of its own: other test files may have cached /lien-he already.
    const path = `/lien-he?lan=${Date.now()}`;
    const a1 = await get(STTTT, path);
    const a2 = await get(STTTT, path);
    expect([a1.headers['x-cache'], a2.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    expect(a2.text).toContain('Sở Thông tin và Truyền thông');
    const b1 = await get(STC, path);
    const b2 = await get(STC, path);
    expect(b2.headers['x-cache']).toBe('HIT');
    for (const b of [b1, b2]) {
      expect(b.text).toContain('Sở Tài chính');
      expect(b.text).not.toContain('Sở Thông tin và Truyền thông');
    }
    expect(a2.headers['x-cs-cache-site']).toBeUndefined();
  });

  it('answers browsers and CDNs with an ETag, 304 and compression', async () => {
    const path = `/gioi-thieu?lan=${Date.now()}`;
    const first = await get(STTTT, path, { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(first.headers.vary).toBe('Accept-Encoding');
    expect(first.text).toContain('<html');
    const etag = String(first.headers.etag);
    expect((await get(STTTT, path, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(STTTT, path, { 'if-none-match': '"khac"' })).status).toBe(200);
  });

  it('never keeps a signed-in person’s view for the public', async () => {
    const page = await newPage();
    await signIn(page, 'truongban@stttt.khanhhoa.gov.vn');
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const path = `/du-an?lan=${Date.now()}`;
    const editor = await get(STTTT, path, { cookie });
    expect(editor.headers['x-cache']).toBe('BYPASS');
    expect(editor.headers['cache-control']).not.toContain('public');
    // The editor's request filled nothing: the first anonymous request still renders.
    expect((await get(STTTT, path)).headers['x-cache']).toBe('MISS');
  });

  it('never serves a draft; a publish made by another instance empties the site’s cached pages', async () => {
    const [site] = await sql<{ id: string }>(`SELECT "siteId" AS id FROM domains WHERE host = $1`, [STTTT]);
    const board = await editorialBoard(site!.id, 'cache');
    const title = 'Thông báo lịch tiếp công dân tháng 12';
    const a = await createArticle(board.contributor, site!.id, { title, sapo: 'Lịch tiếp công dân.', body: paragraphsToDoc(['Nội dung.']), author: 'Văn phòng Sở', source: 'Sở TT&TT' });
    expect((await get(STTTT, `/tin-tuc/${a.slug}`)).status).toBe(404);
    expect((await get(STTTT, `/tin-tuc/${a.slug}`)).status).toBe(404);
    await get(STTTT, '/tin-tuc');
    const cached = await get(STTTT, '/tin-tuc');
    expect(cached.headers['x-cache']).toBe('HIT');
    expect(cached.text).not.toContain(title);

    await publishThroughBoard(board, site!.id, a.id);
    expect(await eventually(async () => (await get(STTTT, '/tin-tuc')).text.includes(title))).toBe(true);
    expect((await get(STTTT, `/tin-tuc/${a.slug}`)).status).toBe(200);
    // The province portal aggregates its units' news: its home was emptied too.
    expect(await eventually(async () => (await get(ROOT, '/')).text.includes(title))).toBe(true);
  });
});
