/**
 * Built-in search engine benchmark (issue 5): 100,000 realistic Vietnamese items over 200 sites in a scratch
 * PostgreSQL database; full reindex time, query latency (p50/p95/p99) of 50 realistic queries at 1 and 16
 * concurrent clients, and publish-to-searchable time through the real job queue.
 *
 *   npx tsx bench/search.ts        # local PostgreSQL on 127.0.0.1:5432 (or BENCH_ADMIN_URL); BENCH_ITEMS, BENCH_SITES
 *
 * Items are inserted with SQL (the services' per-item work is not what is measured here); indexing, searching and
 * publishing go through the application's own code.
 */
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const SITES = Number(process.env.BENCH_SITES ?? 200);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = 'congso_bench_search';
const root = join(import.meta.dirname, '..');

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${dbName}`;
process.env.DATABASE_URL = dbUrl.toString();
process.env.DATABASE_POOL_SIZE = '20';
delete process.env.MEILI_HOST;

const migrate = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'db', 'migrate.ts'), 'deploy'], { env: process.env, encoding: 'utf8' });
if (migrate.status !== 0) throw new Error(migrate.stderr);

// ── Realistic Vietnamese text ─────────────────────────────────────────────────────────────────────────────
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const PLACES = ['Nha Trang', 'Cam Ranh', 'Ninh Hòa', 'Vạn Ninh', 'Diên Khánh', 'Khánh Vĩnh', 'Khánh Sơn', 'Cam Lâm', 'Trường Sa', 'Vân Phong', 'Sơn Thái', 'Thành Sơn', 'Ba Cụm Bắc', 'Cam Đức', 'Phước Đồng'];
const TOPICS = [
  'chuyển đổi số', 'cải cách hành chính', 'thủ tục hành chính', 'dịch vụ công trực tuyến', 'phòng chống thiên tai', 'xây dựng nông thôn mới', 'an toàn giao thông',
  'giảm nghèo bền vững', 'phát triển du lịch', 'bảo vệ môi trường', 'quản lý đất đai', 'đầu tư công', 'giáo dục đào tạo', 'y tế cơ sở', 'an sinh xã hội', 'an ninh trật tự',
  'kinh tế biển', 'nuôi trồng thủy sản', 'hạ tầng giao thông', 'phòng cháy chữa cháy', 'tiếp công dân', 'phổ biến giáo dục pháp luật', 'dân tộc thiểu số', 'văn hóa thể thao',
];
const ACTS = ['Hội nghị triển khai', 'Tăng cường', 'Kiểm tra công tác', 'Tổng kết công tác', 'Đẩy mạnh', 'Hướng dẫn thực hiện', 'Sơ kết 6 tháng', 'Phát động phong trào', 'Tập huấn', 'Lấy ý kiến về'];
const ORGS = ['Ủy ban nhân dân tỉnh', 'Hội đồng nhân dân tỉnh', 'UBND huyện', 'HĐND xã', 'Sở Thông tin và Truyền thông', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư', 'Công an tỉnh', 'Ban Quản lý dự án'];
const FIELDS = ['Tổ chức bộ máy', 'Tài chính', 'Đất đai', 'Giáo dục', 'Y tế', 'Công nghệ thông tin', 'Giao thông vận tải', 'Nông nghiệp', 'Du lịch', 'Tài nguyên môi trường'];
const DOC_TYPES = [['QUYET_DINH', 'QĐ'], ['KE_HOACH', 'KH'], ['CONG_VAN', 'CV'], ['NGHI_QUYET', 'NQ'], ['CHI_THI', 'CT'], ['THONG_BAO', 'TB']] as const;
const sentence = () => `${pick(ACTS)} ${pick(TOPICS)} tại ${pick(PLACES)}; ${pick(ORGS)} yêu cầu các cơ quan, đơn vị ${pick(TOPICS)} và báo cáo kết quả trước ngày ${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}.`;
const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
const slugOf = (i: number) => `muc-${i}`;

// ── Sites and items ──────────────────────────────────────────────────────────────────────────────────────
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const siteIds: string[] = [];
for (let s = 0; s < SITES; s++) {
  const id = randomUUID();
  siteIds.push(id);
  await client.query(`INSERT INTO sites (id, kind, name, code, "parentId", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
    id, s === 0 ? 'PROVINCE' : s < 30 ? 'DEPARTMENT' : 'COMMUNE', s === 0 ? 'Cổng thông tin điện tử tỉnh Khánh Hòa' : `Đơn vị ${s} ${pick(PLACES)}`, s === 0 ? 'khanhhoa' : `dv${s}`, s === 0 ? null : siteIds[0],
  ]);
  await client.query(`INSERT INTO domains (id, "siteId", host, "isPrimary") VALUES ($1, $2, $3, true)`, [randomUUID(), id, s === 0 ? 'khanhhoa.localhost' : `dv${s}.khanhhoa.localhost`]);
}
const started = Date.now();
const BATCH = 2000;
const docShare = 0.25;
const pageShare = 0.03;
const numbers: string[] = [];
for (let offset = 0; offset < ITEMS; offset += BATCH) {
  const arts: unknown[][] = [[], [], [], [], [], [], []];
  const docs: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  const pages: unknown[][] = [[], [], [], [], [], []];
  for (let i = offset; i < Math.min(ITEMS, offset + BATCH); i++) {
    const siteId = siteIds[i % SITES]!;
    const published = new Date(Date.now() - Math.floor(rand() * 1000 * 86_400_000));
    const r = rand();
    if (r < docShare) {
      const [type, short] = pick(DOC_TYPES);
      const number = `${1 + (i % 400)}/${2015 + (i % 12)}/${short}-UBND`;
      if (numbers.length < 20 && i % 997 === 0) numbers.push(number);
      const values = [randomUUID(), siteId, slugOf(i), number, number.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').toUpperCase(), type, pick(ORGS), `${pick(ACTS)} ${pick(TOPICS)} trên địa bàn ${pick(PLACES)}`, pick(FIELDS), published];
      values.forEach((v, k) => docs[k]!.push(v));
    } else if (r < docShare + pageShare) {
      const body = paragraph(6);
      [randomUUID(), siteId, slugOf(i), `Giới thiệu ${pick(TOPICS)} ${pick(PLACES)}`, `<p>${body}</p>`, published].forEach((v, k) => pages[k]!.push(v));
    } else {
      const body = paragraph(8);
      [randomUUID(), siteId, slugOf(i), `${pick(ACTS)} ${pick(TOPICS)} tại ${pick(PLACES)}`, sentence(), `<p>${body}</p>`, published].forEach((v, k) => arts[k]!.push(v));
    }
  }
  await client.query(
    `INSERT INTO articles (id, "siteId", slug, title, sapo, body, "bodyHtml", status, "publishedAt", author, source, tags, "updatedAt")
     SELECT a.id, a.site, a.slug, a.title, a.sapo, '{"type":"doc","content":[]}'::jsonb, a.html, 'PUBLISHED', a.pub, 'Phóng viên', 'Văn phòng', '{}', now()
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp[]) AS a(id, site, slug, title, sapo, html, pub)`,
    arts,
  );
  await client.query(
    `INSERT INTO documents (id, "siteId", slug, number, "numberKey", type, issuer, summary, field, "issuedAt", status, "publishedAt", "updatedAt")
     SELECT d.id, d.site, d.slug, d.number, d.key, d.type, d.issuer, d.summary, d.field, d.pub::date, 'PUBLISHED', d.pub, now()
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::timestamp[]) AS d(id, site, slug, number, key, type, issuer, summary, field, pub)`,
    docs,
  );
  await client.query(
    `INSERT INTO pages (id, "siteId", slug, title, body, "bodyHtml", status, "publishedAt", "updatedAt")
     SELECT p.id, p.site, p.slug, p.title, '{"type":"doc","content":[]}'::jsonb, p.html, 'PUBLISHED', p.pub, now()
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamp[]) AS p(id, site, slug, title, html, pub)`,
    pages,
  );
}
await client.query('ANALYZE');
console.log(`Dữ liệu: ${ITEMS} mục trên ${SITES} trang, sinh trong ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// ── The application's code from here on ─────────────────────────────────────────────────────────────────
const { rebuildSearchIndex } = await import('@/modules/search/search-index');
const { getSearchScope, searchContent } = await import('@/modules/search/search.service');
const { registerAllJobHandlers } = await import('@/server/job-handlers');
const { startJobWorker } = await import('@/modules/jobs/job-worker');
const { createArticle } = await import('@/modules/articles/articles.service');
const { paragraphsToDoc } = await import('@/modules/content/rich-text');
const { CLI_ACTOR } = await import('@/server/actor');
const { closeResources } = await import('@/server/process');

let t = Date.now();
const built = await rebuildSearchIndex();
const reindexSeconds = (Date.now() - t) / 1000;
await client.query('ANALYZE search_entries; ANALYZE search_terms');
const entryBytes = (await client.query(`SELECT pg_size_pretty(pg_total_relation_size('search_entries')) AS s, (SELECT count(*) FROM search_terms) AS terms`)).rows[0];
console.log(`Dựng lại chỉ mục: ${built.items} mục trong ${reindexSeconds.toFixed(1)} s (${Math.round(built.items / reindexSeconds)} mục/s); search_entries ${entryBytes.s}, ${entryBytes.terms} từ trong từ vựng.`);

const QUERIES = [
  'chuyển đổi số', 'chuyen doi so', 'CHUYỂN ĐỔI SỐ', 'cải cách hành chính', 'cai cach hanh chinh', 'thủ tục hành chính', 'TTHC', 'UBND tỉnh', 'ủy ban nhân dân tỉnh', 'HĐND xã',
  'hoi dong nhan dan', 'dịch vụ công trực tuyến', 'dich vu cong', 'phòng chống thiên tai', 'nông thôn mới', 'an toàn giao thông Nha Trang', 'giảm nghèo bền vững', 'phat trien du lich',
  'bảo vệ môi trường Cam Ranh', 'quản lý đất đai', 'đầu tư công', 'giáo dục đào tạo', 'y tế cơ sở', 'an sinh xã hội', 'kinh tế biển Vân Phong', 'nuoi trong thuy san', 'hạ tầng giao thông',
  'phòng cháy chữa cháy', 'tiếp công dân', 'phổ biến giáo dục pháp luật', 'dân tộc thiểu số Khánh Sơn', 'văn hóa thể thao', 'QĐ đất đai', 'quyết định tài chính', 'kế hoạch chuyển đổi số',
  'chuyeen doi so', 'phat trien du lichh', 'thuy sann', 'Trường Sa', 'truong sa', 'Diên Khánh', 'dien khanh', 'báo cáo kết quả', 'tap huan', 'so ket 6 thang', 'Sở Tài chính', 'công an tỉnh',
  ...numbers.slice(0, 2), 'quyet dinh 12/2016',
].slice(0, 50);
const rootScope = await getSearchScope({ id: siteIds[0]!, parentId: null });
const subScopes = await Promise.all(siteIds.slice(1, 9).map((id) => getSearchScope({ id, parentId: siteIds[0]! })));
const filter = (q: string) => ({ q, types: [], sort: 'relevance' as const, page: 1, pageSize: 10 });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
async function measure(concurrency: number, rounds: number, scopeOf: (i: number) => typeof rootScope) {
  const work = Array.from({ length: QUERIES.length * rounds }, (_, i) => i);
  const times: number[] = [];
  const startedAt = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = work.shift(); i !== undefined; i = work.shift()) {
        const t0 = performance.now();
        await searchContent({ scope: scopeOf(i), filter: filter(QUERIES[i % QUERIES.length]!) });
        times.push(performance.now() - t0);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { n: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), qps: times.length / ((Date.now() - startedAt) / 1000) };
}
for (const q of QUERIES) await searchContent({ scope: rootScope, filter: filter(q) }); // warm-up
const fmt = (r: Awaited<ReturnType<typeof measure>>) => `p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.qps.toFixed(0)} truy vấn/s (${r.n} truy vấn)`;
const rootOne = await measure(1, 4, () => rootScope);
console.log(`Cổng tỉnh (200 trang), 1 máy khách: ${fmt(rootOne)}`);
const rootSixteen = await measure(16, 8, () => rootScope);
console.log(`Cổng tỉnh (200 trang), 16 máy khách: ${fmt(rootSixteen)}`);
const subOne = await measure(1, 4, (i) => subScopes[i % subScopes.length]!);
console.log(`Trang thành phần, 1 máy khách: ${fmt(subOne)}`);
const subSixteen = await measure(16, 8, (i) => subScopes[i % subScopes.length]!);
console.log(`Trang thành phần, 16 máy khách: ${fmt(subSixteen)}`);

// Publish → searchable through the durable queue and a worker woken by NOTIFY, as in the app server.
registerAllJobHandlers();
const worker = startJobWorker({ pollMs: 1000 });
const lags: number[] = [];
for (let i = 0; i < 40; i++) {
  const word = `dauhieu${i}x${Date.now().toString(36)}`;
  const siteId = siteIds[1 + (i % (SITES - 1))]!;
  await createArticle(CLI_ACTOR, siteId, { title: `Bài kiểm tra ${word}`, sapo: 'Đo thời gian từ lúc đăng đến lúc tìm thấy.', body: paragraphsToDoc(['Nội dung.']), author: 'Đo đạc', source: 'Bench' }, { imported: 'PUBLISHED' });
  const t0 = performance.now();
  for (;;) {
    const r = await searchContent({ scope: rootScope, filter: filter(word) });
    if (r.total > 0) break;
    await new Promise((res) => setTimeout(res, 10));
  }
  lags.push(performance.now() - t0);
}
await worker.stop();
lags.sort((a, b) => a - b);
console.log(`Đăng → tìm thấy (40 bài, cổng tỉnh): p50 ${percentile(lags, 50).toFixed(0)} ms, p95 ${percentile(lags, 95).toFixed(0)} ms, lớn nhất ${lags.at(-1)!.toFixed(0)} ms`);

t = Date.now();
await rebuildSearchIndex({ siteId: siteIds[5] });
console.log(`Dựng lại một trang (${Math.round(ITEMS / SITES)} mục): ${((Date.now() - t) / 1000).toFixed(2)} s`);

await client.end();
await closeResources();
// BENCH_KEEP=1 keeps the database to look at query plans afterwards (EXPLAIN ANALYZE).
if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.end();
void t;
