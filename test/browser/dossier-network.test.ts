/**
 * Browser test of the dossier's contact details, informal network and notes, against the real
 * server (child process, fresh PGlite data dir with the demo municipality):
 *  - bram (professional of Huishouden de Vries) adds a neighbour to the network and changes what she
 *    can do, adds Jan's phone number (after a wrong one is refused at the field), writes a note about
 *    Fatima and sees it on top of the timeline;
 *  - dirk (member of Wijkteam Noord, not assigned) opens the same dossier: no forms, no contents;
 *  - bram removes the neighbour again, after confirming.
 * Every page state is checked with axe-core; inputs and page loads are counted and printed.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/dossier-network.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoJourneys, Journey } from '../support/journey.ts';

const noteText = 'Fatima vertelt dat ze de post niet meer openmaakt sinds de brief van de deurwaarder. Volgende week samen de post doornemen.';

/** The heading texts (h3) of the timeline entries, newest first, without their time. */
async function timelineTitles(page: Page): Promise<string[]> {
  return (await page.getByTestId('timeline').getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim().replace(/^[\d-]+,? [\d:]+ /, ''));
}

/** The rows of a table, their cells joined with " | ". */
const rowTexts = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()).join(' | ')));

describe('UI in Chromium: the household network, contact details and notes', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  let bram: Journey | undefined;
  let dossierUrl: string | undefined;
  let noteWritten = false;




  it('bram adds a neighbour to the network and changes what she can do', async () => {
    bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    await bram.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
    await bram.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Jan de Vries');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await bram.navigate(() => page.getByRole('link', { name: 'Jan de Vries' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    await bram.navigate(() => page.getByRole('link', { name: 'Huishouden de Vries' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    dossierUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Huishouden de Vries' }).waitFor();
    await page.getByText('Er staat nog niemand in het netwerk.').waitFor();
    await page.getByText('Er zijn nog geen contactgegevens vastgelegd.').waitFor();
    await bram.checkPage('dossier with an empty network');

    await page.getByRole('button', { name: 'Iemand toevoegen aan het netwerk' }).click();
    const form = page.locator('section[aria-labelledby="network-form-title-new"]');
    await page.waitForFunction(() => document.activeElement?.id === 'network-form-title-new');
    assert.ok(await form.getByRole('radio', { name: 'Persoon' }).isChecked(), 'a person by default');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Vul de naam in.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    assert.equal(await form.getByLabel('Naam', { exact: true }).evaluate((el) => el === document.activeElement), true, 'focus on the name');
    await bram.checkPage('network form with errors');

    await bram.fill(form.getByLabel('Naam', { exact: true }), 'Ria Bakker');
    await bram.select(form.getByLabel('Relatie tot het huishouden'), 'Buren');
    await bram.fill(form.getByLabel('Wat kan deze persoon of organisatie doen?'), 'Boodschappen op woensdag');
    await bram.fill(form.getByLabel(/^Bereikbaar via/), '06-12345678');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Ria Bakker is toegevoegd aan het netwerk.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    assert.deepEqual(await rowTexts(page, 'dossier-network'), ['Ria Bakker | Buren | Boodschappen op woensdag | 06-12345678 | WijzigenVerwijderen']);
    await bram.checkPage('dossier with a neighbour in the network');

    await page.getByRole('button', { name: 'Wijzigen: Ria Bakker' }).click();
    const change = page.getByRole('region', { name: 'Ria Bakker wijzigen' });
    await change.waitFor();
    assert.equal(await change.getByLabel('Naam', { exact: true }).inputValue(), 'Ria Bakker', 'the form holds the entry');
    await bram.fill(change.getByLabel('Wat kan deze persoon of organisatie doen?'), 'Boodschappen op woensdag en oppassen op Lina');
    await change.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens van Ria Bakker zijn gewijzigd.' }).waitFor();
    assert.match((await rowTexts(page, 'dossier-network'))[0]!, /oppassen op Lina/);
  });

  it('bram adds Jan’s phone number; a wrong one is refused at the field', async () => {
    assert.ok(bram, 'needs bram on the dossier');
    const { page } = bram;
    await page.getByRole('button', { name: 'Contactgegeven toevoegen' }).click();
    const form = page.locator('section[aria-labelledby="contact-detail-form-title-new"]');
    await page.waitForFunction(() => document.activeElement?.id === 'contact-detail-form-title-new');
    assert.ok(await form.getByRole('radio', { name: 'Telefoonnummer' }).isChecked());
    await bram.fill(form.getByLabel('Telefoonnummer, e-mailadres of adres'), 'bel de buurvrouw');
    await bram.select(form.getByLabel('Van wie?'), 'Jan de Vries');
    await form.getByRole('button', { name: 'Contactgegeven opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Geen geldig telefoonnummer' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await bram.checkPage('contact detail refused by the server');

    await bram.fill(form.getByLabel('Telefoonnummer, e-mailadres of adres'), '06 11 22 33 44');
    await bram.fill(form.getByLabel(/^Toelichting/), 'Liever na 17.00 uur bellen');
    await form.getByRole('button', { name: 'Contactgegeven opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het contactgegeven is toegevoegd.' }).waitFor();
    assert.deepEqual(await rowTexts(page, 'dossier-contact-details'), ['Telefoonnummer | 06 11 22 33 44 | Jan de Vries | Liever na 17.00 uur bellen | WijzigenVerwijderen']);
    await bram.checkPage('dossier with a phone number');
  });

  it('bram writes a note about Fatima and sees it on top of the timeline', async () => {
    assert.ok(bram, 'needs bram on the dossier');
    const { page } = bram;
    const before = await timelineTitles(page);
    assert.ok(before.length > 0 && !before.includes('Notitie'), before.join(' | '));
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const form = page.locator('section[aria-labelledby="note-form-title"]');
    await page.waitForFunction(() => document.activeElement?.id === 'note-form-title');
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Schrijf de notitie.' }).waitFor();
    await bram.checkPage('note form with errors');

    await bram.fill(form.getByLabel('Notitie', { exact: true }), noteText);
    await bram.select(form.getByLabel('Soort gegevens'), 'Schulden');
    await bram.check(form.getByRole('checkbox', { name: 'Fatima de Vries' }));
    await form.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De notitie is opgeslagen.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('De notitie is opgeslagen.'));
    const titles = await timelineTitles(page);
    assert.deepEqual(titles, ['Notitie', ...before], 'the note is on top, the rest as it was');
    const newest = (await page.getByTestId('timeline').getByRole('listitem').first().innerText()).replace(/\s+/g, ' ');
    for (const expected of [noteText, 'Over Fatima de Vries', 'Schulden', 'Geschreven door Bram Yilmaz']) assert.ok(newest.includes(expected), `"${expected}" in ${newest}`);
    noteWritten = true;
    await bram.checkPage('dossier with a note in the timeline');
  });

  it('dirk, a Noord member without assignment, sees no forms and no contents', async () => {
    assert.ok(dossierUrl && noteWritten, 'needs the note');
    const dirk = await signIn('dirk', 'Dirk Mulder');
    const { page } = dirk;
    await dirk.navigate(() => page.goto(dossierUrl!), /^\/huishoudens\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Huishouden de Vries' }).waitFor();
    await page.getByTestId('dossier-contents-hidden').waitFor();
    for (const heading of ['Netwerk rond het huishouden', 'Contactgegevens', 'Tijdlijn']) {
      assert.equal(await page.getByRole('heading', { name: heading }).count(), 0, `no "${heading}"`);
    }
    for (const button of ['Notitie toevoegen', 'Contact vastleggen', 'Iemand toevoegen aan het netwerk', 'Contactgegeven toevoegen']) {
      assert.equal(await page.getByRole('button', { name: button }).count(), 0, `no "${button}"`);
    }
    const main = (await page.locator('main').textContent()) ?? '';
    for (const secret of ['deurwaarder', 'Ria Bakker', '06 11 22 33 44', 'oppassen']) assert.ok(!main.includes(secret), `"${secret}" is not shown`);
    await dirk.checkPage('dossier without contents');
  });

  it('bram removes the neighbour from the network, after confirming', async () => {
    assert.ok(bram, 'needs bram on the dossier');
    const { page } = bram;
    await page.getByRole('button', { name: 'Verwijderen: Ria Bakker' }).click();
    const confirm = page.getByRole('button', { name: 'Ja, verwijderen' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ja, verwijderen');
    await page.getByText('Ria Bakker verwijderen uit het netwerk?').waitFor();
    await bram.checkPage('confirming a removal');
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'Ria Bakker is verwijderd uit het netwerk.' }).waitFor();
    await page.getByText('Er staat nog niemand in het netwerk.').waitFor();
    await bram.checkPage('dossier after removing the neighbour');
  });
});
