// `npm run build`: production build of the app (generates the Prisma client first if missing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR, buildApp, run } from './lib/runtime.mjs';

if (!existsSync(join(ROOT_DIR, 'src', 'generated', 'prisma', 'client.ts'))) {
  await run(process.execPath, [join(ROOT_DIR, 'scripts', 'prisma-generate.mjs')]);
}
try {
  await buildApp();
} catch (e) {
  console.error(`Biên dịch thất bại: ${e.message}`);
  process.exit(1);
}
