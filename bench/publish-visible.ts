/**
 * Part 3 of bench/cache-bench.mjs: N articles go through the board in this process; for each, the time from the
 * approval returning to the site's public news list (served through the page cache) showing the new title.
 *   tsx bench/publish-visible.ts N PORT HOST   → prints a JSON array of milliseconds
 */
import { request as httpRequest } from 'node:http';
import { CLI_ACTOR, type Actor } from '@/server/actor';
import { articleTransition, createArticle } from '@/modules/articles/articles.service';
import { paragraphsToDoc } from '@/modules/content/rich-text';
import { createUser } from '@/modules/users/users.service';
import type { SiteRoleName } from '@/modules/users/roles';
import { db, disconnectDb } from '@/server/db';

const [n, port, host] = [Number(process.argv[2] ?? 50), Number(process.argv[3]), process.argv[4]!];

function get(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false, headers: { host: `${host}:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

const domain = await db().domain.findUnique({ where: { host }, select: { siteId: true } });
const siteId = domain!.siteId;
const member = async (role: SiteRoleName): Promise<Actor> => {
  const u = await createUser(CLI_ACTOR, { email: `bench.${role.toLowerCase().replace('_', '-')}@bench.gov.vn`, name: `Bench ${role}`, password: 'CongSo@2026', siteId, role });
  return { userId: u.id, label: u.email, isPlatformAdmin: false, memberships: [{ siteId, role }] };
};
const [writer, editor, head] = [await member('CONTRIBUTOR'), await member('EDITOR'), await member('BOARD_HEAD')];
const times: number[] = [];
await get('/tin-tuc');
for (let i = 0; i < n; i++) {
  const title = `Tin đo thời gian hiển thị số ${i + 1} ${Date.now()}`;
  const a = await createArticle(writer, siteId, { title, sapo: 'Đo thời gian.', body: paragraphsToDoc(['Nội dung.']), author: 'Bench', source: 'Bench' });
  await articleTransition(writer, siteId, a.id, { action: 'submit' });
  await articleTransition(editor, siteId, a.id, { action: 'review' });
  await get('/tin-tuc'); // the list is cached before the approval
  await articleTransition(head, siteId, a.id, { action: 'approve' });
  const t0 = performance.now();
  const escaped = title.replace(/&/g, '&amp;');
  while (!(await get('/tin-tuc')).includes(escaped)) {
    if (performance.now() - t0 > 10_000) break;
  }
  times.push(performance.now() - t0);
}
await disconnectDb();
console.log(JSON.stringify(times));
