/**
 * Browser test of the UI against the real server (child process, fresh PGlite data dir with the
 * demo municipality): TOTP enrolment at first sign-in, person search, person page, sign-out, and
 * a keyboard-only sign-in. Every page visited is checked with axe-core; violations with impact
 * "serious" or "critical" fail the test.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/sign-in-search.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { totpCode } from '../../src/auth/totp.ts';
import { startServer, type RunningServer } from '../support/start-server.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const axePath = join(repo, 'node_modules/axe-core/axe.min.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; helpUrl: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
}

/** Newest modification time of the UI sources (and the Vite config). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Build the UI when dist/ui is missing or older than its sources, so the test sees the current code. */
async function ensureFreshUi() {
  const index = join(repo, 'dist/ui/index.html');
  const sources = Math.max(newestSource(join(repo, 'src/ui')), statSync(join(repo, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(repo, 'vite.config.ts'), logLevel: 'warn' });
}

/** Run axe-core on the current page; fail on serious or critical violations (and print them). */
async function expectAccessible(page: Page, what: string) {
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
  assert.deepEqual(
    bad.map((v) => `${v.impact} ${v.id}`),
    [],
    `${what}: no serious or critical accessibility violations`,
  );
}

/** The tag name, type/name attributes and accessible text of the focused element. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      name: el?.getAttribute('name') ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.textContent ?? '').trim(),
      autocomplete: el?.getAttribute('autocomplete') ?? '',
    };
  });
}

describe('UI in Chromium: sign-in with TOTP enrolment, person search, sign-out', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samenspel-browser-'));
  let server: RunningServer;
  let browser: Browser;
  let password: string;
  const secretOf = (username: string) => {
    const match = new RegExp(`^\\s+${username}\\s.*\\n\\s+TOTP-geheim ([A-Z2-7]+)`, 'm').exec(server.output());
    assert.ok(match, `TOTP secret of demo user ${username} printed at start`);
    return match[1]!;
  };

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    // bypassCSP only so the test can inject axe-core; the app itself runs under the server's CSP.
    const context = await browser.newContext({ locale: 'nl-NL', bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    return { context, page };
  }

  before(async () => {
    await ensureFreshUi();
    server = await startServer({ SAMENSPEL_DATA_DIR: dataDir, DATABASE_URL: '' });
    const match = /wachtwoord "([^"]+)"/.exec(server.output());
    assert.ok(match, 'the demo password is printed at start');
    password = match[1]!;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('enrols TOTP at first sign-in, finds a person, opens the person page and signs out', async () => {
    const { context, page } = await newPage();
    try {
      // Not signed in: the home page leads to the sign-in page.
      await page.goto(`${server.url}/`);
      await page.waitForURL(/\/aanmelden$/);
      await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
      await expectAccessible(page, 'sign-in page');

      // A wrong password is refused with a clear message.
      await page.getByLabel('Gebruikersnaam').fill('nieuw');
      await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('alert').filter({ hasText: 'gebruikersnaam of het wachtwoord is onjuist' }).waitFor();
      await expectAccessible(page, 'sign-in page with error');

      // "nieuw" has no second factor yet: the QR code and the secret as text are shown.
      await page.getByLabel('Wachtwoord').fill(password);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie instellen' }).waitFor();
      const shown = (await page.getByTestId('totp-secret').textContent()) ?? '';
      assert.match(shown.trim(), /^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/, 'secret shown in groups of four');
      assert.ok(await page.getByRole('img', { name: /QR-code/ }).isVisible(), 'QR code shown');
      await expectAccessible(page, 'TOTP enrolment');

      // A wrong code is refused at the field; the right one completes sign-in.
      const secret = shown.replace(/\s+/g, '');
      const wrong = String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
      await page.getByLabel('Code van 6 cijfers').fill(wrong);
      await page.getByRole('button', { name: 'Instellen en aanmelden' }).click();
      await page.getByRole('alert').filter({ hasText: 'De code is onjuist' }).waitFor();
      await expectAccessible(page, 'TOTP enrolment with a wrong code');
      await page.getByLabel('Code van 6 cijfers').fill(totpCode(secret));
      await page.getByRole('button', { name: 'Instellen en aanmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welkom, Noor Nieuw' }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/');
      await expectAccessible(page, 'home page');

      // Search a resident of a household the user's team (Wijkteam Zuid) works with.
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Personen zoeken' }).waitFor();
      await expectAccessible(page, 'person search');
      await page.getByLabel('Naam, BSN of geboortedatum').fill('Smit');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      const results = page.getByTestId('person-results');
      await results.waitFor();
      assert.deepEqual((await results.getByRole('link').allTextContents()).sort(), ['Ingrid Smit', 'Rob Smit']);
      await expectAccessible(page, 'search results');

      // Someone outside the team's households is not found.
      await page.getByLabel('Naam, BSN of geboortedatum').fill('Vries');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await page.getByText('Geen resultaten').waitFor();
      await page.getByLabel('Naam, BSN of geboortedatum').fill('Smit');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await results.getByRole('link', { name: 'Rob Smit' }).click();

      // The person page shows the name, BSN, birth date and the household.
      await page.getByRole('heading', { level: 1, name: 'Rob Smit' }).waitFor();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Rob Smit');
      const details = page.getByTestId('person-details');
      assert.match((await details.textContent()) ?? '', /BSN\s*\d{9}/);
      assert.match((await details.textContent()) ?? '', /01-04-1983/);
      assert.ok(await page.getByRole('link', { name: 'Huishouden Smit' }).isVisible());
      await expectAccessible(page, 'person page');

      // Sign out: back at the sign-in page, and the session is gone.
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.waitForURL(/\/aanmelden$/);
      await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      await page.getByText('U bent afgemeld.').waitFor();
      await expectAccessible(page, 'sign-in page after sign-out');
      const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
      assert.equal(me, 401, 'the session has ended');
      await page.goto(`${server.url}/personen`);
      await page.waitForURL(/\/aanmelden$/);
    } finally {
      await context.close();
    }
  });

  it('signs in with the keyboard alone (Tab, typing, Enter)', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(`${server.url}/aanmelden`);
      await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();

      // The first Tab stop is the skip link.
      await page.keyboard.press('Tab');
      assert.deepEqual(await focused(page).then((f) => [f.tag, f.text]), ['a', 'Direct naar de inhoud']);

      // Tab on to the username field.
      let steps = 0;
      while ((await focused(page)).name !== 'username') {
        assert.ok(++steps <= 10, 'the username field is reachable with Tab');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type('chantal');
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).type, 'password', 'Tab moves from username to password');
      await page.keyboard.type(password);
      await page.keyboard.press('Enter');

      // Enrolled user: the code step, with the focus in the code field.
      await page.getByRole('heading', { level: 1, name: 'Code invoeren' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'one-time-code');
      await expectAccessible(page, 'TOTP code step');
      await page.keyboard.type(totpCode(secretOf('chantal')));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Welkom, Chantal Bakker' }).waitFor();
      await expectAccessible(page, 'home page (keyboard sign-in)');
    } finally {
      await context.close();
    }
  });
});
