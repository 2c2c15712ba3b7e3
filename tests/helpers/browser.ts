import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const PORT = Number(process.env.E2E_PORT ?? 3199);
export const ROOT = process.env.PORTAL_ROOT_DOMAIN ?? 'khanhhoa.localhost';
export const url = (host: string, path = '/') => `http://${host}:${PORT}${path}`;
export const SCREENS = join(import.meta.dirname, '..', '..', '.data', 'test-reports', 'screens');

/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Alias domains of tests that are not under .localhost.
      '--host-resolver-rules=MAP *.test 127.0.0.1',
    ],
  });
}

/** A raw GET with a chosen Host header (Node's fetch forbids setting Host). */
export function rawGet(host: string, path = '/'): Promise<{ status: number; location?: string; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a reused keep-alive socket can be closed by the server mid-request.
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path, agent: false, headers: { host: `${host}:${PORT}`, 'user-agent': 'cong-so-tests' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };

/** axe-core WCAG 2.1 A/AA rules on the current page; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = (await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  })) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}
