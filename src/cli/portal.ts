/**
 * `npm run portal -- <command>`: platform operations from the command line (CONTRACT "Command line").
 * Exit codes: 0 done, 1 refused by a rule or failed, 2 malformed arguments.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLI_ACTOR } from '@/server/actor';
import { closeResources } from '@/server/process';
import { isAppError, isDatabaseUnavailable } from '@/server/errors';
import { buildSiteTree, type SiteTreeNode } from '@/modules/sites/sites.dto';
import { createSite, findSiteByReference, listAllSites } from '@/modules/sites/sites.service';
import { SITE_KIND_LABELS, SITE_KINDS, SITE_STATUS_LABELS } from '@/modules/sites/sites.schemas';
import { createUser } from '@/modules/users/users.service';
import { SITE_ROLES } from '@/modules/users/roles';
import { rebuildSearchIndex, searchEngine } from '@/modules/search/search-index';
import { ReindexOptionsSchema } from '@/modules/search/search.schemas';
import { progressReporter } from './progress';
import { importServiceCatalogue, importServiceStats, type RejectedRow } from '@/modules/services/service-import';

class UsageError extends Error {}

type Command = {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Commands that take a file name (or other positional arguments). */
  positionals?: boolean;
  /** Resolves to the exit code when it is not 0. */
  run: (values: Record<string, string | boolean | string[] | undefined>, positionals: string[]) => Promise<number | void>;
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

async function siteRef(ref: string | undefined, what: string) {
  if (!ref) return undefined;
  const site = await findSiteByReference(ref);
  if (!site) throw new UsageError(`Không tìm thấy ${what} "${ref}" (dùng tên miền, mã hoặc id).`);
  return site;
}

/** The one file a command reads, as bytes; a missing or unreadable file is a refusal (exit 1), not a usage error. */
function readInputFile(positionals: string[]) {
  if (positionals.length === 0) throw new UsageError('Thiếu tên tệp (CSV hoặc JSON).');
  if (positionals.length > 1) throw new UsageError(`Chỉ nhập một tệp mỗi lần; thừa: "${positionals[1]}".`);
  const path = positionals[0]!;
  try {
    return { bytes: new Uint8Array(readFileSync(path)), name: basename(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(`không đọc được tệp ${path}${code === 'ENOENT' ? ' (tệp không tồn tại)' : code === 'EISDIR' ? ' (đây là thư mục)' : code === 'EACCES' ? ' (không có quyền đọc)' : ''}.`);
  }
}

class FileError extends Error {}

function printRejected(rejected: RejectedRow[]) {
  if (rejected.length === 0) return;
  const lines = new Set(rejected.map((r) => r.line)).size;
  console.log(`Dòng bị từ chối: ${lines}`);
  for (const r of rejected) console.log(`  - Dòng ${r.line}, cột ${r.column}: ${r.message}`);
}

const list = (codes: string[]) => (codes.length === 0 ? '0' : codes.length <= 10 ? `${codes.length} (${codes.join(', ')})` : `${codes.length} (${codes.slice(0, 10).join(', ')}, …)`);

const commands: Record<string, Command> = {
  'site:create': {
    summary: 'Tạo trang mới cùng tên miền và tài khoản quản trị cao nhất',
    usage: `npm run portal -- site:create --name "Xã Sơn Thái" --kind COMMUNE --parent khanhson.khanhhoa.gov.vn \\
    [--label sonthai] [--alias sonthai.vn ...] --admin-email quantri@sonthai.vn [--admin-name "..."] \\
    [--admin-password "..." | biến môi trường PORTAL_ADMIN_PASSWORD] [--address ...] [--phone ...] [--email ...] [--json]
  Loại (--kind): ${SITE_KINDS.map((k) => `${k} (${SITE_KIND_LABELS[k]})`).join(', ')}`,
    options: {
      name: { type: 'string' },
      'name-en': { type: 'string' },
      kind: { type: 'string' },
      parent: { type: 'string' },
      label: { type: 'string' },
      code: { type: 'string' },
      alias: { type: 'string', multiple: true },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      'admin-password': { type: 'string' },
      'governing-body': { type: 'string' },
      'responsible-person': { type: 'string' },
      address: { type: 'string' },
      phone: { type: 'string' },
      email: { type: 'string' },
      licence: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(v) {
      if (!v.name) throw new UsageError('Thiếu --name (tên đơn vị).');
      if (!v.kind) throw new UsageError('Thiếu --kind (loại đơn vị).');
      if (!v['admin-email']) throw new UsageError('Thiếu --admin-email (thư điện tử của quản trị trang).');
      const parent = await siteRef(str(v.parent), 'đơn vị cấp trên');
      const site = await createSite(CLI_ACTOR, {
        name: str(v.name)!,
        nameEn: str(v['name-en']),
        kind: String(v.kind).toUpperCase() as never,
        parentId: parent?.id ?? null,
        label: str(v.label),
        code: str(v.code),
        aliases: (v.alias as string[] | undefined) ?? [],
        superAdmin: {
          email: str(v['admin-email'])!,
          name: str(v['admin-name']),
          password: str(v['admin-password']) ?? process.env.PORTAL_ADMIN_PASSWORD,
        },
        governingBody: str(v['governing-body']),
        responsiblePerson: str(v['responsible-person']),
        address: str(v.address),
        phone: str(v.phone),
        email: str(v.email),
        licence: str(v.licence),
      });
      if (v.json) console.log(JSON.stringify(site, null, 2));
      else console.log(`Đã tạo trang "${site.name}" tại ${site.host}${site.aliases.length ? ` (tên miền phụ: ${site.aliases.map((a) => a.host).join(', ')})` : ''}.`);
    },
  },
  'site:list': {
    summary: 'Liệt kê các trang theo cây đơn vị',
    usage: 'npm run portal -- site:list [--json]',
    options: { json: { type: 'boolean' } },
    async run(v) {
      const sites = await listAllSites(CLI_ACTOR);
      if (v.json) {
        console.log(JSON.stringify(sites, null, 2));
        return;
      }
      const print = (nodes: SiteTreeNode[], depth: number) => {
        for (const n of nodes) {
          console.log(`${'  '.repeat(depth)}- ${n.name} [${n.kind}, ${SITE_STATUS_LABELS[n.status]}] ${n.host}${n.aliases.length ? ` (+${n.aliases.map((a) => a.host).join(', ')})` : ''}`);
          print(n.children, depth + 1);
        }
      };
      print(buildSiteTree(sites), 0);
      console.log(`${sites.length} trang.`);
    },
  },
  'user:create': {
    summary: 'Tạo tài khoản, có thể kèm vai trò trên một trang',
    usage: `npm run portal -- user:create --email a@b.vn --name "Nguyễn Văn A" [--password "..." | biến PORTAL_USER_PASSWORD] \\
    [--site stttt.khanhhoa.gov.vn --role EDITOR] [--platform-admin]
  Vai trò (--role): ${SITE_ROLES.join(', ')}`,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      site: { type: 'string' },
      role: { type: 'string' },
      'platform-admin': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    async run(v) {
      if (!v.email) throw new UsageError('Thiếu --email.');
      if (!v.name) throw new UsageError('Thiếu --name (họ tên).');
      const password = str(v.password) ?? process.env.PORTAL_USER_PASSWORD;
      if (!password) throw new UsageError('Thiếu --password (hoặc biến môi trường PORTAL_USER_PASSWORD).');
      const site = await siteRef(str(v.site), 'trang');
      const user = await createUser(CLI_ACTOR, {
        email: str(v.email)!,
        name: str(v.name)!,
        password,
        isPlatformAdmin: v['platform-admin'] === true,
        siteId: site?.id,
        role: v.role ? (String(v.role).toUpperCase() as never) : undefined,
      });
      if (v.json) console.log(JSON.stringify(user, null, 2));
      else console.log(`Đã tạo tài khoản ${user.email}${site && user.role ? ` với vai trò ${user.role} trên ${site.host}` : ''}${user.isPlatformAdmin ? ' (quản trị nền tảng)' : ''}.`);
    },
  },
  'search:reindex': {
    summary: 'Dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu (tìm kiếm vẫn chạy trong lúc dựng)',
    usage: `npm run portal -- search:reindex [--site stttt.khanhhoa.gov.vn]
  Không có --site: dựng lại cho mọi trang đang hoạt động và bỏ nội dung của trang đã tạm ngừng/lưu trữ.`,
    options: { site: { type: 'string' } },
    async run(v) {
      const parsed = ReindexOptionsSchema.safeParse({ site: str(v.site) });
      if (!parsed.success) throw new UsageError(parsed.error.issues[0]!.message);
      const site = await siteRef(parsed.data.site, 'trang');
      const started = Date.now();
      const bar = progressReporter({ tty: Boolean(process.stdout.isTTY), write: (s) => process.stdout.write(s), unit: 'mục' });
      console.log(`Dựng lại chỉ mục tìm kiếm (${searchEngine().name === 'meilisearch' ? 'Meilisearch' : 'tìm kiếm dựng sẵn trên PostgreSQL'})${site ? ` của ${site.host}` : ''} …`);
      const done = await rebuildSearchIndex({ siteId: site?.id, onProgress: (p) => bar.update(p.items, p.total, `${p.sitesDone}/${p.sites} trang`) });
      bar.finish();
      console.log(`Đã dựng lại chỉ mục: ${done.items} mục của ${done.sites} trang trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
    },
  },
};

commands['services:import'] = {
  summary: 'Nhập danh mục thủ tục hành chính từ tệp CSV/JSON (theo mã thủ tục, chạy lại không tạo trùng)',
  usage: `npm run portal -- services:import TỆP.csv|TỆP.json --site stttt.khanhhoa.gov.vn [--publish]
  Cột: ma_thu_tuc, ten_thu_tuc, linh_vuc, muc_do, co_quan_thuc_hien (bắt buộc); doi_tuong_thuc_hien, trinh_tu_thuc_hien,
  cach_thuc_thuc_hien, thanh_phan_ho_so, thoi_han_giai_quyet, phi_le_phi, ket_qua_thuc_hien, yeu_cau_dieu_kien,
  can_cu_phap_ly, dia_chi_truc_tuyen. Nhiều mục trong một ô: mỗi mục một dòng. Mẫu: docs/samples/thu-tuc-hanh-chinh.csv
  --publish: đăng ngay các thủ tục đã nhập (mặc định thủ tục mới là bản nháp).`,
  options: { site: { type: 'string' }, publish: { type: 'boolean' } },
  positionals: true,
  async run(v, positionals) {
    if (!v.site) throw new UsageError('Thiếu --site (trang nhận danh mục thủ tục).');
    const file = readInputFile(positionals);
    const site = (await siteRef(str(v.site), 'trang'))!;
    const r = await importServiceCatalogue(CLI_ACTOR, site.id, file, { publish: v.publish === true });
    console.log(`Tệp ${file.name} (${r.format.toUpperCase()}): ${r.rows} dòng dữ liệu, trang ${site.host}.`);
    if (r.unknownColumns.length) console.log(`Cột không dùng (bỏ qua): ${r.unknownColumns.join(', ')}`);
    console.log(`Thêm mới: ${list(r.created)}`);
    console.log(`Cập nhật: ${list(r.updated)}`);
    console.log(`Không đổi: ${r.unchanged.length}`);
    if (v.publish) console.log(`Đã đăng: ${list(r.published)}`);
    printRejected(r.rejected);
    if (r.created.length + r.updated.length + r.unchanged.length === 0) {
      console.error('Lỗi: không có dòng hợp lệ nào; không nhập gì.');
      return 1;
    }
  },
};

commands['services:import-stats'] = {
  summary: 'Nhập số liệu sử dụng dịch vụ công (lượt sử dụng, hồ sơ tiếp nhận, đúng hạn, trễ hạn) từ CSV/JSON',
  usage: `npm run portal -- services:import-stats TỆP.csv|TỆP.json [--site sonthai.khanson.khanhhoa.gov.vn]
  Cột: ma_thu_tuc, ky (bắt buộc; tháng 2026-03, quý 2026-Q1 hoặc năm 2026); luot_su_dung, tiep_nhan, dung_han, tre_han;
  don_vi (tên miền hoặc mã đơn vị, bắt buộc khi không có --site). Số liệu cùng thủ tục và kỳ được ghi đè.
  Mẫu: docs/samples/so-lieu-dich-vu-cong.csv`,
  options: { site: { type: 'string' } },
  positionals: true,
  async run(v, positionals) {
    const file = readInputFile(positionals);
    const site = await siteRef(str(v.site), 'trang');
    const r = await importServiceStats(CLI_ACTOR, file, { site });
    console.log(`Tệp ${file.name} (${r.format.toUpperCase()}): ${r.rows} dòng dữ liệu${site ? `, trang ${site.host}` : ''}.`);
    if (r.unknownColumns.length) console.log(`Cột không dùng (bỏ qua): ${r.unknownColumns.join(', ')}`);
    console.log(`Số liệu mới: ${r.created}, cập nhật: ${r.updated}, không đổi: ${r.unchanged}${r.sites.length ? ` (trang: ${r.sites.join(', ')})` : ''}.`);
    printRejected(r.rejected);
    if (r.created + r.updated + r.unchanged === 0) {
      console.error('Lỗi: không có dòng hợp lệ nào; không nhập gì.');
      return 1;
    }
  },
};

function help(): string {
  const lines = ['Cổng Số — dòng lệnh quản trị', '', 'Cách dùng: npm run portal -- <lệnh> [tùy chọn]', '', 'Các lệnh:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(21)} ${c.summary}`);
  lines.push('', 'Xem tùy chọn của một lệnh: npm run portal -- <lệnh> --help');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Lệnh không tồn tại: "${name}".\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.summary}\n\n${command.usage}`);
    return 0;
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: command.positionals === true });
    values = parsed.values as typeof values;
    positionals = parsed.positionals;
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg)?.[1];
    const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(msg)?.[1];
    const positional = /Unexpected argument '([^']+)'/.exec(msg)?.[1];
    console.error(
      unknown
        ? `Tùy chọn không hợp lệ: ${unknown}.`
        : missing
          ? `Tùy chọn ${missing.split(',').pop()!.trim()} cần một giá trị.`
          : positional
            ? `Đối số thừa: "${positional}" (giá trị có khoảng trắng cần đặt trong dấu ngoặc kép).`
            : `Tham số không hợp lệ: ${msg}`,
    );
    console.error(`\n${command.usage}`);
    return 2;
  }
  try {
    return (await command.run(values, positionals)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`Lỗi: ${e.message}\n\n${command.usage}`);
      return 2;
    }
    if (e instanceof FileError) {
      console.error(`Lỗi: ${e.message}`);
      return 1;
    }
    if (isAppError(e)) {
      console.error(`Lỗi: ${e.message}`);
      for (const [field, message] of Object.entries(e.fields ?? {})) {
        if (message !== e.message) console.error(`  - ${field}: ${message}`);
      }
      return 1;
    }
    const err = e as Error & { code?: string };
    if (isDatabaseUnavailable(e) || /DATABASE_URL/.test(err?.message ?? '')) {
      console.error('Lỗi: không kết nối được cơ sở dữ liệu. Hãy kiểm tra DATABASE_URL, hoặc chạy `npm start` để khởi động cơ sở dữ liệu nhúng.');
      return 1;
    }
    // Prisma's messages quote source code: keep the first line for people, the rest under DEBUG.
    console.error(`Lỗi ngoài dự kiến: ${(err?.message ?? String(e)).trim().split('\n').pop()}`);
    if (process.env.DEBUG) console.error(err?.stack);
    return 1;
  }
}

main(process.argv.slice(2))
  .then(async (code) => {
    await closeResources().catch(() => undefined);
    process.exit(code);
  })
  .catch((e) => {
    console.error(`Lỗi ngoài dự kiến: ${(e as Error).message}`);
    process.exit(1);
  });
