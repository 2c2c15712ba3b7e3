// Generates the Prisma client (src/generated/prisma) after `npm install`.
// The native schema engine cannot be downloaded on these machines; `prisma generate` does not need
// it, but the CLI insists on finding one, so we point it at a stub (STACK.md "Prisma 7").
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stubDir = join(process.cwd(), 'node_modules', '.cache', 'cong-so');
const stub = join(stubDir, 'schema-engine-stub');
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, '#!/bin/sh\necho "schema engine unavailable: use npm run db:migrate" >&2\nexit 1\n');
  chmodSync(stub, 0o755);
}
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
};
const r = spawnSync(process.execPath, [join('node_modules', 'prisma', 'build', 'index.js'), 'generate'], {
  stdio: 'inherit',
  env,
});
if (r.status !== 0) {
  console.error('Không tạo được Prisma client (prisma generate thất bại).');
  process.exit(r.status ?? 1);
}
