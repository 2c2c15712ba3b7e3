// `npm start`: brings up the demo province with nothing else installed (CONTRACT "Set-up").
//   1. database: DATABASE_URL, or the embedded one under ./.data/db
//   2. migrations, then the demo province on an empty database (not in production)
//   3. a production build when sources changed, then `next start` on PORT (3000)
import { join } from 'node:path';
import { DATA_DIR, baseEnv, buildApp, buildIsCurrent, ensureDevAuthSecret, runTsx, spawnServe, startEmbeddedDb, stopChild, waitForHttp } from './lib/runtime.mjs';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const rootDomain = (process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost').toLowerCase();
const children = [];

function fail(message) {
  console.error(`\n✗ ${message}`);
  shutdown(1);
}

async function shutdown(code = 0) {
  await Promise.all(children.map((c) => stopChild(c)));
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  const env = baseEnv({ PORTAL_ROOT_DOMAIN: rootDomain, PORT: String(port), AUTH_TRUST_HOST: 'true' });
  env.AUTH_SECRET = ensureDevAuthSecret();
  env.NEXTAUTH_URL ??= `http://${rootDomain}:${port}`;

  if (!env.DATABASE_URL) {
    console.log('• Khởi động cơ sở dữ liệu nhúng (PGlite) tại ./.data/db …');
    const db = await startEmbeddedDb({ data: join(DATA_DIR, 'db'), port: Number(process.env.EMBEDDED_DB_PORT ?? 0) });
    children.push(db.child);
    env.DATABASE_URL = db.url;
    env.DATABASE_POOL_SIZE ??= '4';
  } else {
    console.log('• Dùng cơ sở dữ liệu PostgreSQL từ DATABASE_URL.');
  }

  console.log('• Áp dụng migration …');
  await runTsx(['scripts/db/migrate.ts', 'deploy'], { env });

  if (env.NODE_ENV !== 'production') {
    await runTsx(['prisma/seed.ts', '--if-empty'], { env });
  }

  if (!dev && !buildIsCurrent()) {
    console.log('• Biên dịch ứng dụng (lần đầu hoặc khi mã nguồn thay đổi, khoảng 1 phút) …');
    await buildApp();
  }

  const next = spawnServe(dev ? ['--dev'] : [], {
    env: { ...env, PORT: String(port), NODE_ENV: dev ? 'development' : 'production' },
  });
  children.push(next);
  next.on('exit', (code) => {
    if (code) fail(`Máy chủ ứng dụng dừng với mã ${code}.`);
  });

  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 180_000 });
  const u = (host) => `http://${host}:${port}/`;
  console.log(`
════════════════════════════════════════════════════════════════════
 Cổng Số đang chạy
   Cổng tỉnh:            ${u(rootDomain)}
   Sở TT&TT:             ${u(`stttt.${rootDomain}`)}
   Sở Tài chính:         ${u(`stc.${rootDomain}`)}
   Huyện Khánh Sơn:      ${u(`khanhson.${rootDomain}`)}
   Xã Sơn Thái:          ${u(`sonthai.khanhson.${rootDomain}`)}
   Phường Nha Trang:     ${u(`nhatrang.${rootDomain}`)}
   Quản trị:             ${u(rootDomain)}quan-tri
 Tài khoản mẫu (mật khẩu CongSo@2026), xem README.md:
   admin@khanhhoa.gov.vn          quản trị nền tảng
   quantri@khanhhoa.gov.vn        quản trị cổng tỉnh
   truongban@stttt.khanhhoa.gov.vn  trưởng ban biên tập Sở TT&TT
 Dừng: Ctrl+C
════════════════════════════════════════════════════════════════════`);
} catch (e) {
  fail(e.output ? `${e.message}\n${e.output}` : e.message);
}
