/**
 * `npm run portal -- <command>`: platform operations from the command line (CONTRACT "Command line").
 * Exit codes: 0 done, 1 refused by a rule or failed, 2 malformed arguments.
 */
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

class UsageError extends Error {}

type Command = {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (values: Record<string, string | boolean | string[] | undefined>) => Promise<void>;
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

async function siteRef(ref: string | undefined, what: string) {
  if (!ref) return undefined;
  const site = await findSiteByReference(ref);
  if (!site) throw new UsageError(`Không tìm thấy ${what} "${ref}" (dùng tên miền, mã hoặc id).`);
  return site;
}

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

function help(): string {
  const lines = ['Cổng Số — dòng lệnh quản trị', '', 'Cách dùng: npm run portal -- <lệnh> [tùy chọn]', '', 'Các lệnh:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(14)} ${c.summary}`);
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
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }).values as typeof values;
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
    await command.run(values);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`Lỗi: ${e.message}\n\n${command.usage}`);
      return 2;
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
