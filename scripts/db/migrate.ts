/**
 * npx tsx scripts/db/migrate.ts [deploy | status | create <tên> | diff | reset [--force]]
 *
 * Reads DATABASE_URL (and optionally SHADOW_DATABASE_URL for create/diff). On failure prints one Vietnamese line and
 * exits 1; set DEBUG=1 for the stack trace and the schema engine's log.
 */
import { relative } from 'node:path';
import {
  applyMigrations,
  createMigration,
  diffMigrations,
  MigrationError,
  migrationStatus,
  resetDatabase,
  type Log,
} from './migrate-lib';

// The Prisma packages otherwise look up an update server.
process.env.CHECKPOINT_DISABLE ??= '1';

const USAGE = 'Cách dùng: npx tsx scripts/db/migrate.ts [deploy | status | create <tên> | diff | reset [--force]]';

const log: Log = (line) => console.log(line);
const shown = (file: string) => relative(process.cwd(), file) || file;

async function run(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const [command = 'deploy', ...args] = argv.filter((arg) => !arg.startsWith('--'));
  const unknownFlags = [...flags].filter((flag) => !(command === 'reset' && flag === '--force'));
  if (unknownFlags.length > 0) throw new MigrationError(`Tuỳ chọn không hỗ trợ: ${unknownFlags.join(' ')}. ${USAGE}`);

  switch (command) {
    case 'deploy': {
      await applyMigrations({ log });
      return;
    }
    case 'status': {
      const status = await migrationStatus();
      for (const { name, finishedAt } of status.applied) {
        const edited = status.edited.includes(name) ? ' — ĐÃ BỊ SỬA SAU KHI ÁP DỤNG' : '';
        log(`đã áp dụng    ${name} (${finishedAt.toISOString()})${edited}`);
      }
      for (const name of status.unknown) log(`không có tệp   ${name} (chỉ có trong cơ sở dữ liệu)`);
      for (const name of status.failed) log(`thất bại      ${name}`);
      for (const name of status.pending) log(`chưa áp dụng  ${name}`);
      log(
        status.pending.length === 0
          ? 'Cơ sở dữ liệu đã ở phiên bản mới nhất.'
          : `${status.pending.length} migration chưa áp dụng.`,
      );
      if (status.failed.length > 0 || status.edited.length > 0) {
        throw new MigrationError('Lịch sử migration có vấn đề (xem các dòng ở trên).');
      }
      return;
    }
    case 'create': {
      const name = args.join(' ').trim();
      if (!name) throw new MigrationError(`Thiếu tên migration. ${USAGE}`);
      const created = await createMigration({ name, log });
      log(
        created
          ? `Đã tạo ${shown(created.file)}`
          : 'Không có khác biệt giữa các migration và prisma/schema.prisma; không tạo migration mới.',
      );
      return;
    }
    case 'diff': {
      const sql = await diffMigrations({ log });
      if (sql === null) log('Không có khác biệt giữa các migration và prisma/schema.prisma.');
      else process.stdout.write(sql);
      return;
    }
    case 'reset': {
      await resetDatabase({ log, force: flags.has('--force') });
      return;
    }
    default:
      throw new MigrationError(`Lệnh không hợp lệ "${command}". ${USAGE}`);
  }
}

try {
  await run(process.argv.slice(2));
  process.exit(0);
} catch (error) {
  const message =
    error instanceof MigrationError
      ? error.message
      : `Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`Lỗi: ${message.replace(/\s*\n\s*/g, ' ')}`);
  if (process.env.DEBUG) console.error(error);
  // Exit explicitly: a pool or timer left behind by a failed engine call must not keep the process alive.
  process.exit(1);
}
