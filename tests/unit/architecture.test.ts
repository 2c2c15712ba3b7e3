import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' ? [] : files(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('tenant flow guards (GUIDE "Tenant flow" 5)', () => {
  it('only repositories and src/server import the database client', () => {
    const offenders = files(join(root, 'src'))
      .filter((f) => !f.endsWith('.repository.ts') && !relative(root, f).startsWith(join('src', 'server')))
      .filter((f) => /from ['"]@\/server\/db['"]/.test(readFileSync(f, 'utf8')) && !/import type \{[^}]*\} from ['"]@\/server\/db['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('no page, layout or component imports a repository directly', () => {
    const offenders = files(join(root, 'src', 'app'))
      .concat(files(join(root, 'src', 'components')))
      .filter((f) => /\.repository['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('every tenant-owned model carries siteId with an index on it', () => {
    const schema = readFileSync(join(root, 'prisma', 'schema.prisma'), 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
    // CacheGeneration is keyed by scope: a site id or "global" (the page cache's counters, not tenant data).
    const platformModels = new Set(['Site', 'User', 'CacheGeneration']);
    const missing: string[] = [];
    for (const [, name, body] of models) {
      if (platformModels.has(name!)) continue;
      const hasSiteId = /^\s+siteId\s+String/m.test(body!);
      const indexed = /@@(index|unique)\(\[siteId/.test(body!);
      if (!hasSiteId || !indexed) missing.push(name!);
    }
    expect(missing).toEqual([]);
  });
});
