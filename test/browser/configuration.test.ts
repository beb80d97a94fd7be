/**
 * Browser test of the municipal organisation model against the real server with the demo
 * municipality Samenhoven:
 *  - the administrator (beheer) opens Samenhoven's model, makes a new version from a future date
 *    with another upscaling threshold, and sees it in the versions list next to the one in force;
 *  - the administrator imports a file that is not JSON and one with errors, and sees every error
 *    with its place in the configuration; nothing is saved;
 *  - the manager sees the model-check warnings with the sources' reasons, and cannot edit.
 * Every state is checked with axe-core (serious or critical violations fail).
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/configuration.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expectAccessible, startDemoInBrowser, type DemoBrowser } from '../support/browser.ts';
import { addDays, validConfiguration } from '../support/configuration-fixture.ts';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const future = addDays(today, 30);
const dutchDate = (iso: string) => iso.split('-').reverse().join('-');

async function rows(table: Locator): Promise<string[]> {
  await table.locator('tbody tr').first().waitFor();
  return table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ')));
}

/** The value of an input once something has filled it (the file is read asynchronously). */
async function valueOnceSet(input: Locator): Promise<string> {
  for (let tries = 0; tries < 50; tries += 1) {
    const value = await input.inputValue();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return input.inputValue();
}

async function openSamenhoven(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisatiemodel', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisatiemodel' }).waitFor();
  await page.getByRole('link', { name: 'Organisatiemodel Samenhoven' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisatiemodel Samenhoven' }).waitFor();
}

describe('UI in Chromium: the municipal organisation model', () => {
  let demo: DemoBrowser;
  let administrator: { context: BrowserContext; page: Page };

  before(async () => {
    demo = await startDemoInBrowser(15_000);
    administrator = await demo.signIn('beheer', 'Bea Beheer');
  });
  after(async () => {
    await administrator?.context.close();
    await demo?.close();
  });

  it('the administrator makes a version from a future date with another threshold', async () => {
    const { page } = administrator;
    await openSamenhoven(page);
    const versions = page.getByTestId('configuration-versions');
    const before = await rows(versions);
    assert.equal(before.length, 1);
    assert.match(before[0]!, /01-01-2024 Geldt nu/);
    await expectAccessible(page, 'versions of Samenhoven');

    await page.getByRole('link', { name: 'Nieuwe versie maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe versie van het organisatiemodel' }).waitFor();
    const months = page.getByLabel('Opschalen na (maanden)');
    assert.equal(await months.inputValue(), '3', 'the new version starts from the one in force');
    await expectAccessible(page, 'editor');
    await page.getByLabel('Geldig vanaf').fill(future);
    await months.fill('4');
    await page.getByLabel('Toelichting').fill('Opschalen pas na vier maanden');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();

    await page.getByText(`De versie is opgeslagen en gaat in op ${dutchDate(future)}.`).waitFor();
    const after = await rows(versions);
    assert.equal(after.length, 2);
    assert.match(after[0]!, new RegExp(`${dutchDate(future)} Gaat in op ${dutchDate(future)} Opschalen pas na vier maanden Bea Beheer`));
    assert.match(after[1]!, /01-01-2024 Geldt nu/);
    await expectAccessible(page, 'versions with a future one');

    await versions.getByRole('link', { name: dutchDate(future), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Organisatiemodel vanaf ${dutchDate(future)}` }).waitFor();
    await page.getByText('4 maanden').waitFor();
    await expectAccessible(page, 'the future version');
  });

  it('the administrator imports a file with errors and sees each at its place; nothing is saved', async () => {
    const { page } = administrator;
    await openSamenhoven(page);
    const file = page.getByLabel('JSON-bestand');
    await file.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ "validFrom": ') });
    await page.getByText('Dit bestand is geen geldige JSON').waitFor();
    await expectAccessible(page, 'import of a file that is not JSON');

    const broken = validConfiguration();
    (broken.teams[1]!.areas as { postcodes: string[] }).postcodes = ['3905-3901'];
    broken.mandates = [{ decision: 'benefit', holder: { kind: 'team', team: 'noord' } }];
    const document = { format: 'samenspel.municipal-configuration', validFrom: addDays(today, 60), configuration: broken };
    await file.setInputFiles({ name: 'fouten.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
    assert.equal(await valueOnceSet(page.getByLabel('Geldig vanaf')), addDays(today, 60), 'the date comes from the file');
    await page.getByRole('button', { name: 'Importeren' }).click();
    const issues = page.getByTestId('configuration-issues');
    await issues.waitFor();
    const text = (await issues.textContent()) ?? '';
    assert.match(text, /teams\.1\.areas\.postcodes\.0: Postcodegebied 3905-3901: de eerste postcode moet kleiner zijn dan de tweede/);
    assert.match(text, /mandates\.0\.holder: Een besluit over een uitkering wordt altijd buiten het team genomen/);
    assert.equal((await rows(page.getByTestId('configuration-versions'))).length, 2, 'nothing was saved');
    await expectAccessible(page, 'import with errors');
  });

  it('the manager sees the model-check warnings with their reasons, and cannot edit', async () => {
    const { context, page } = await demo.signIn('manager', 'Mirjam Manager');
    try {
      await openSamenhoven(page);
      const check = page.getByTestId('model-check');
      await check.getByRole('heading', { name: 'Aandachtspunten uit de praktijk' }).waitFor();
      const text = (await check.textContent()) ?? '';
      assert.match(text, /stapelingsfonds.*staat in het beleid, maar in geen enkel mandaat/);
      assert.match(text, /Leg in een mandaat vast wie deze ruimte mag gebruiken/);
      assert.match(text, /bron 003, 001/);
      assert.equal(await page.getByRole('link', { name: 'Nieuwe versie maken' }).count(), 0, 'a manager makes no versions');
      assert.equal(await page.getByLabel('JSON-bestand').count(), 0, 'a manager imports nothing');
      await expectAccessible(page, 'warnings for the manager');
    } finally {
      await context.close();
    }
  });
});
