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
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { totpCode } from '../../src/auth/totp.ts';
import { expectAccessible, startDemoInBrowser, type DemoBrowser } from '../support/browser.ts';

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
  let demo: DemoBrowser;
  let server: DemoBrowser['server'];
  let password: string;
  const secretOf = (username: string) => demo.secretOf(username);
  const newPage = () => demo.newPage();

  before(async () => {
    demo = await startDemoInBrowser();
    ({ server, password } = demo);
  });
  after(() => demo?.close());

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
