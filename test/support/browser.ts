import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { totpCode } from '../../src/auth/totp.ts';
import { startServer, type RunningServer } from './start-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const axePath = join(repo, 'node_modules/axe-core/axe.min.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
}

/** Newest modification time of the UI sources. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Build the UI when dist/ui is missing or older than its sources, so the test sees the current code. */
export async function ensureFreshUi(): Promise<void> {
  const index = join(repo, 'dist/ui/index.html');
  const sources = Math.max(newestSource(join(repo, 'src/ui')), statSync(join(repo, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'vite.config.ts'), logLevel: 'warn' });
}

/** Run axe-core on the current page; fail on serious or critical violations (and print them). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe.run(document))) as AxeResult;
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    console.log(`axe violations on ${what} (${page.url()}):`);
    for (const v of bad) {
      console.log(`  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
      for (const node of v.nodes) console.log(`      ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`);
    }
  }
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}`), [], `${what}: no serious or critical accessibility violations`);
}

export interface DemoBrowser {
  server: RunningServer;
  browser: Browser;
  /** The demo password printed at start. */
  password: string;
  /** The TOTP secret of an enrolled demo user, as printed at start. */
  secretOf(username: string): string;
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** A new browser context signed in as an enrolled demo user (password + TOTP), on the home page. */
  signIn(username: string, displayName: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** `npm start` on a fresh embedded database with the demo municipality, and Debian's Chromium. */
export async function startDemoInBrowser(pageTimeoutMs = 20_000): Promise<DemoBrowser> {
  await ensureFreshUi();
  const dataDir = mkdtempSync(join(tmpdir(), 'samenspel-browser-'));
  const server = await startServer({ SAMENSPEL_DATA_DIR: dataDir, DATABASE_URL: '' });
  const match = /wachtwoord "([^"]+)"/.exec(server.output());
  assert.ok(match, 'the demo password is printed at start');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const demo: DemoBrowser = {
    server, browser, password: match[1]!,
    secretOf(username) {
      const found = new RegExp(`^\\s+${username}\\s.*\\n\\s+TOTP-geheim ([A-Z2-7]+)`, 'm').exec(server.output());
      assert.ok(found, `TOTP secret of demo user ${username} printed at start`);
      return found[1]!;
    },
    async newPage() {
      // bypassCSP only so the test can inject axe-core; the app itself runs under the server's CSP.
      // The browser keeps the municipality's time zone, as the server does.
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(pageTimeoutMs);
      page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
      return { context, page };
    },
    async signIn(username, displayName) {
      const { context, page } = await demo.newPage();
      await page.goto(`${server.url}/aanmelden`);
      await page.getByLabel('Gebruikersnaam').fill(username);
      await page.getByLabel('Wachtwoord').fill(demo.password);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByLabel('Code van 6 cijfers').fill(totpCode(demo.secretOf(username)));
      await page.getByRole('button', { name: 'Controleren' }).click();
      await page.getByRole('heading', { level: 1, name: `Welkom, ${displayName}` }).waitFor();
      return { context, page };
    },
    async close() {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return demo;
}
