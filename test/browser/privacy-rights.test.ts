/**
 * Browser test of the resident's rights and the retention periods, against the real server
 * (child process, fresh PGlite data dir with the demo municipality):
 *  - the privacy officer (privacy) looks up Jan de Vries by BSN, sees why erasure is not possible
 *    (open case), downloads the JSON export, opens the readable export in a new tab, restricts
 *    processing and lifts it again, and corrects the given names;
 *  - opens the retention periods: the dry run (nothing due in the demo), the periods of the register,
 *    a run by hand after confirmation, and the run in the list of last runs.
 * Every state is checked with axe-core (serious or critical violations fail).
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/privacy-rights.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { completeBsn } from '../../src/persons/bsn.ts';
import { expectAccessible, startDemoInBrowser, type DemoBrowser } from '../support/browser.ts';

/** The demo hands out BSNs from 99990001 on, in the order of its families: Jan de Vries is the first. */
function firstDemoBsn(): string {
  for (let serial = 99990001; ; serial++) {
    const bsn = completeBsn(String(serial));
    if (bsn) return bsn;
  }
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

async function goToNav(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

describe('UI in Chromium: residents\' rights and retention (privacy officer)', () => {
  let demo: DemoBrowser;
  let session: { context: BrowserContext; page: Page } | undefined;

  before(async () => {
    demo = await startDemoInBrowser(15_000);
    session = await demo.signIn('privacy', 'Pim Privacy');
  });
  after(async () => {
    await session?.context.close();
    await demo?.close();
  });

  it('exports a demo person, opens the readable export, restricts and corrects', async () => {
    const { context, page } = session!;
    await goToNav(page, 'Rechten van inwoners');
    await expectAccessible(page, 'rights lookup');

    const bsn = firstDemoBsn();
    await page.getByLabel('BSN').fill(bsn);
    await page.getByRole('button', { name: 'Opzoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek van Jan de Vries' }).waitFor();
    assert.ok(!page.url().includes(bsn), 'the BSN is not in the address');
    assert.match(await text(page, 'rights-person'), new RegExp(`BSN ${bsn} Geboortedatum 14-03-1979 Verwerking Niet beperkt`));
    assert.match(await text(page, 'erasure-refused'), /Wissen kan nu niet: Huishouden de Vries heeft een open aanmelding of casus bij Wijkteam Noord\./);
    await expectAccessible(page, 'rights of Jan de Vries');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Overzicht downloaden als JSON' }).click()]);
    assert.match(download.suggestedFilename(), /^samenspel-inzage-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { person: { displayName: string }; tables: Record<string, unknown[]> };
    assert.equal(exported.person.displayName, 'Jan de Vries');
    assert.equal(exported.tables.case_file?.length, 1, 'the household\'s case in the export');
    assert.equal(exported.tables.contact?.length, 1, 'the first contact in the export');

    const [readable] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Leesbaar overzicht openen (nieuw tabblad)' }).click()]);
    await readable.getByRole('heading', { level: 1, name: 'Overzicht van uw gegevens in Samenspel' }).waitFor();
    assert.equal(await readable.evaluate(() => document.documentElement.lang), 'nl');
    const shown = (await readable.locator('main').textContent()) ?? '';
    for (const expected of ['Voor Jan de Vries', bsn, 'Huishouden de Vries', 'Wijkteam Noord', 'Kennismaking aan de keukentafel', 'Wie uw gegevens heeft verwerkt', 'Overzicht voor de inwoner gemaakt']) {
      assert.ok(shown.includes(expected), `the readable export shows "${expected}"`);
    }
    await expectAccessible(readable, 'readable export');
    await readable.close();

    await page.getByLabel('Grond').selectOption({ label: 'Juistheid betwist (lid 1a)' });
    await page.getByLabel('Toelichting', { exact: true }).fill('De inwoner betwist zijn geboortedatum');
    await page.getByRole('button', { name: 'Verwerking beperken' }).click();
    await page.getByRole('status').filter({ hasText: 'De verwerking is beperkt.' }).waitFor();
    await page.getByTestId('restriction-active').waitFor();
    assert.match(await text(page, 'rights-person'), /Verwerking Beperkt \(AVG art\. 18\)/);
    await expectAccessible(page, 'processing restricted');
    await page.getByRole('button', { name: 'Beperking opheffen' }).click();
    await page.getByRole('status').filter({ hasText: 'De beperking is opgeheven.' }).waitFor();
    assert.match(await text(page, 'restrictions'), /Juistheid betwist \(lid 1a\) De inwoner betwist zijn geboortedatum Pim Privacy .* door Pim Privacy/);
    await expectAccessible(page, 'restriction lifted');

    await page.getByLabel('Voornamen').fill('Jan Willem');
    await page.getByLabel('Verzoek van de inwoner').fill('Brief van de inwoner, kenmerk 2026-17');
    await page.getByRole('button', { name: 'Verbeteren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek van Jan Willem de Vries' }).waitFor();
    assert.match(await text(page, 'rectifications'), /Pim Privacy Voornamen: Jan Brief van de inwoner, kenmerk 2026-17/);
    await expectAccessible(page, 'after a correction');
  });

  it('sees the retention dry run, runs it after confirmation and finds the run in the list', async () => {
    const { page } = session!;
    await goToNav(page, 'Bewaartermijnen');
    await page.getByTestId('retention-nothing-due').waitFor();
    const rules = await text(page, 'retention-rules');
    assert.match(rules, /Ondersteuning sociaal domein 180 maanden Sluiten van de casus/);
    assert.match(rules, /Aanmelding zonder vervolg 24 maanden Sluiten van de aanmelding zonder casus/);
    await page.getByText('Er is nog geen run geweest.').waitFor();
    await expectAccessible(page, 'retention dry run');

    await page.getByRole('button', { name: 'Nu vernietigen…' }).click();
    await page.getByRole('button', { name: 'Definitief vernietigen' }).waitFor();
    await expectAccessible(page, 'retention run confirmation');
    await page.getByRole('button', { name: 'Definitief vernietigen' }).click();
    await page.getByRole('status').filter({ hasText: '0 huishouden(s) vernietigd, 0 tegengehouden, 0 mislukt.' }).waitFor();
    await page.getByTestId('retention-runs').waitFor();
    assert.match(await text(page, 'retention-runs'), /Pim Privacy 0 0 0$/);
    await expectAccessible(page, 'retention after a run');
  });
});
