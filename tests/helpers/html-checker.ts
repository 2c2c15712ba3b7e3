import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

type VnuMessage = { type: string; subType?: string; message: string; extract?: string; lastLine?: number };

/** Nu HTML Checker (vnu-jar on the machine's Java 17) errors for one HTML document. */
export function htmlCheckerErrors(html: string): string[] {
  const r = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', '-'], { input: html, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (r.error) throw new Error(`Không chạy được Nu HTML Checker (cần Java 17): ${r.error.message}`);
  const { messages } = JSON.parse(r.stderr || r.stdout) as { messages: VnuMessage[] };
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal').map((m) => `line ${m.lastLine}: ${m.message} — ${m.extract ?? ''}`.trim());
}
