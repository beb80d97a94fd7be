/**
 * Browser test of emergency access and the pseudonymised case view, against the real server
 * (child process, fresh PGlite data dir with the demo municipality):
 *  - chantal (Wijkteam Zuid) cannot open Huishouden de Vries; she asks emergency access by Jan's
 *    BSN (a short reason is refused at the field), lands on the dossier with the banner and no forms;
 *  - the privacy officer sees it in the review queue and marked in Jan's access report, marks it
 *    justified, and the queue is empty;
 *  - chantal ends her access from the banner;
 *  - bram (professional of the household) writes a note full of names and a phone number and opens
 *    the case discussion view: no names, birth dates, postcode, address, BSN or id on the page.
 * Every page state is checked with axe-core.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/emergency-access.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { completeBsn } from '../../src/persons/bsn.ts';
import { demoJourneys, Journey } from '../support/journey.ts';

/** The demo gives BSNs in order from 9999.00.01, Jan de Vries first. */
function firstDemoBsn(): string {
  for (let serial = 99990001; ; serial++) {
    const bsn = completeBsn(String(serial).padStart(8, '0'));
    if (bsn) return bsn;
  }
}

const reason = 'Politie meldt huiselijk geweld bij de familie, de regisseur is niet bereikbaar.';
const noteText = 'Jan de Vries belt Fatima op 06-12345678 over Noah en Lina. Adres Havenstraat 7, 7401 AB.';

describe('UI in Chromium: emergency access and the case discussion without names', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  const janBsn = firstDemoBsn();
  let chantal: Journey | undefined;
  let dossierPath: string | undefined;
  let requested = false;




  it('chantal asks emergency access by BSN and reads the dossier with the banner', async () => {
    chantal = await signIn('chantal', 'Chantal Bakker');
    const { page } = chantal;
    await chantal.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Noodtoegang', exact: true }).click(), /^\/noodtoegang$/);
    await page.getByRole('heading', { level: 1, name: 'Noodtoegang vragen' }).waitFor();
    await page.getByText('U heeft nu geen noodtoegang.').waitFor();
    await chantal.checkPage('emergency access form');

    await chantal.fill(page.getByLabel('BSN van de inwoner'), janBsn);
    await chantal.check(page.getByRole('radio', { name: 'Vitaal belang' }));
    await chantal.fill(page.getByLabel('Waarom kan dit niet wachten?'), 'Dringend');
    await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Schrijf minstens 20 tekens.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await chantal.checkPage('emergency access form with a short reason');

    await chantal.fill(page.getByLabel('Waarom kan dit niet wachten?'), reason);
    await chantal.navigate(() => page.getByRole('button', { name: 'Noodtoegang openen' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    dossierPath = new URL(page.url()).pathname;
    requested = true;
    await page.getByRole('heading', { level: 1, name: 'Huishouden de Vries' }).waitFor();
    const banner = page.getByTestId('emergency-banner');
    await banner.waitFor();
    assert.match((await banner.textContent()) ?? '', /U kijkt met noodtoegang, tot \d{2}:\d{2}; de privacyfunctionaris beoordeelt dit\./);
    await page.getByRole('heading', { name: 'Tijdlijn' }).waitFor();
    for (const button of ['Notitie toevoegen', 'Contact vastleggen', 'Iemand toevoegen aan het netwerk']) {
      assert.equal(await page.getByRole('button', { name: button }).count(), 0, `read only: no "${button}"`);
    }
    assert.equal(await page.getByTestId('case-view-link').count(), 0, 'no case discussion through emergency access');
    await chantal.checkPage('dossier with emergency access');
  });

  it('the privacy officer sees it in the queue and the access report, and reviews it', async () => {
    assert.ok(requested, 'needs the emergency access');
    const pim = await signIn('privacy', 'Pim Privacy');
    const { page } = pim;
    await pim.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Noodtoegang beoordelen' }).click(), /^\/privacy\/noodtoegang$/);
    const item = page.getByRole('region', { name: 'Chantal Bakker opende Huishouden de Vries' });
    await item.waitFor();
    const facts = ((await item.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const expected of [reason, 'Vitaal belang', 'Jan de Vries', 'Fatima de Vries', 'Wijkteam Zuid', 'Loopt nog', 'Dossier ingezien']) {
      assert.ok(facts.includes(expected), `"${expected}" in ${facts}`);
    }
    await pim.checkPage('emergency access review queue');

    await pim.navigate(() => page.goto(`${run.demo.server.url}/privacy/inzage?bsn=${janBsn}`), /^\/privacy\/inzage$/);
    const report = page.getByTestId('access-log');
    await report.waitFor();
    const emergencyRows = report.locator('tbody tr').filter({ has: page.getByTestId('emergency-tag') });
    assert.ok((await emergencyRows.count()) >= 2, 'the emergency reads are marked');
    assert.match((await emergencyRows.first().textContent()) ?? '', /Chantal Bakker/);
    await pim.checkPage('access report with emergency access');

    await pim.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Noodtoegang beoordelen' }).click(), /^\/privacy\/noodtoegang$/);
    const form = page.getByRole('region', { name: 'Chantal Bakker opende Huishouden de Vries' });
    await form.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Kies een oordeel.' }).waitFor();
    await pim.checkPage('review form with errors');
    await pim.check(form.getByRole('radio', { name: 'Terecht', exact: true }));
    await pim.fill(form.getByLabel('Toelichting'), 'Acuut gevaar; de regisseur was die avond niet bereikbaar.');
    await form.getByRole('button', { name: 'Oordeel opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De noodtoegang van Chantal Bakker tot Huishouden de Vries is beoordeeld: terecht.' }).waitFor();
    await page.getByTestId('emergency-queue-empty').waitFor();
    await pim.checkPage('review queue after the review');
  });

  it('chantal ends her emergency access from the banner', async () => {
    assert.ok(chantal && dossierPath, 'needs chantal on the dossier');
    const { page } = chantal;
    await chantal.navigate(() => page.getByRole('button', { name: 'Noodtoegang beëindigen' }).click(), /^\/noodtoegang$/);
    await page.getByRole('status').filter({ hasText: 'De noodtoegang is beëindigd.' }).waitFor();
    await page.getByText('U heeft nu geen noodtoegang.').waitFor();
    await chantal.checkPage('after ending emergency access');
    await chantal.navigate(() => page.goto(`${run.demo.server.url}${dossierPath}`), /^\/huishoudens\//);
    await page.getByTestId('emergency-offer').waitFor();
    assert.equal(await page.getByText('Fatima').count(), 0, 'the dossier is closed again');
    await chantal.checkPage('dossier not found, with the way to emergency access');
  });

  it('bram opens the case discussion without names', async () => {
    assert.ok(dossierPath, 'needs the household');
    const householdId = dossierPath.split('/').pop()!;
    const bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    await bram.navigate(() => page.goto(`${run.demo.server.url}${dossierPath}`), /^\/huishoudens\//);
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const form = page.locator('section[aria-labelledby="note-form-title"]');
    await bram.fill(form.getByLabel('Notitie', { exact: true }), noteText);
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De notitie is opgeslagen.' }).waitFor();

    await bram.navigate(() => page.getByTestId('case-view-link').click(), /^\/casusbespreking$/);
    await page.getByRole('heading', { level: 1, name: /^Casusbespreking CB-[A-Z2-9]{4}-[A-Z2-9]{4}$/ }).waitFor();
    const document = page.getByTestId('case-view-document');
    await document.waitFor();
    const shown = ((await page.locator('main').innerText()) ?? '').replace(/\s+/g, ' ');
    const html = await document.innerHTML();
    assert.ok(shown.includes('[Volwassene 1] belt [Volwassene 2] op [telefoon] over [Kind 1] en [Kind 2]. Adres [adres], [postcode].'), shown);
    for (const row of ['Volwassene 1 Bewoner 40–49 jaar', 'Kind 2 Kind 10–14 jaar']) assert.ok(shown.includes(row), `"${row}" in ${shown}`);
    const secrets = ['Jan', 'Fatima', 'Noah', 'Lina', 'Vries', 'Havenstraat', '7401', '06-12345678', '1979', '2012', '2016', janBsn, householdId, 'Bram Yilmaz', 'Anna de Wit'];
    for (const secret of secrets) {
      assert.ok(!shown.includes(secret), `"${secret}" not on the page`);
      assert.ok(!html.includes(secret), `"${secret}" not in the document`);
      assert.ok(!page.url().includes(secret), `"${secret}" not in the address`);
    }
    assert.ok(!(await page.title()).includes('Vries'));
    await bram.checkPage('case discussion without names');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await document.isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
  });
});
