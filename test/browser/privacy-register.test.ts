/**
 * Browser test of the privacy officer's register and "who sees what", against the real server
 * (child process, fresh PGlite data dir with the demo municipality):
 *  - the privacy officer (privacy) opens the processing register, opens "Werk en inkomen", tries to
 *    clear only the retention months (refused at the field), sets 96 months, and sees the change in
 *    the history; the CSV download has the new value;
 *  - opens "Wie ziet wat", reads the klantmanager's sentence and what that role never sees, and the
 *    resource rules; lets the employer services account manager see income under "Werk en inkomen"
 *    and sees the sentence and the rule history change.
 * Every state is checked with axe-core (serious or critical violations fail).
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/privacy-register.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible, startDemoInBrowser, type DemoBrowser } from '../support/browser.ts';

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function goToNav(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

describe('UI in Chromium: processing register and who sees what (privacy officer)', () => {
  let demo: DemoBrowser;
  let session: { context: BrowserContext; page: Page } | undefined;
  let retentionChanged = false;

  before(async () => {
    demo = await startDemoInBrowser(15_000);
    session = await demo.signIn('privacy', 'Pim Privacy');
  });
  after(async () => {
    await session?.context.close();
    await demo?.close();
  });

  it('the privacy officer changes the retention of an activity and sees it in the history', async () => {
    const { page } = session!;
    await goToNav(page, 'Verwerkingsregister');
    const register = await text(page, 'register');
    for (const name of ['Werk en inkomen', 'Schuldhulpverlening', 'Handhaving Participatiewet', 'Delen met toestemming']) {
      assert.ok(register.includes(name), `register lists ${name}`);
    }
    await expectAccessible(page, 'register');

    await page.getByTestId('register').getByRole('link', { name: 'Werk en inkomen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Werk en inkomen' }).waitFor();
    await page.getByText('120 maanden na het sluiten van de casus').waitFor();
    await page.getByText('Deze verwerking is niet gewijzigd sinds de installatie.').waitFor();
    await expectAccessible(page, 'register entry');

    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Werk en inkomen wijzigen' }).waitFor();
    const months = page.getByLabel('Bewaartermijn in maanden');
    assert.equal(await months.inputValue(), '120');
    await months.fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul de bewaartermijn in maanden en het moment waarop die begint allebei in, of allebei niet').waitFor();
    assert.equal(await months.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page, 'register entry form with an error');

    await months.fill('96');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();
    await page.getByText('96 maanden na het sluiten van de casus').waitFor();
    await page.getByTestId('activity-history').waitFor();
    const history = await text(page, 'activity-history');
    assert.ok(history.includes('Pim Privacy'), history);
    assert.ok(history.includes('Bewaartermijn in maanden: 120 → 96'), history);
    retentionChanged = true;
    await expectAccessible(page, 'register entry with history');

    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingsregister' }).waitFor();
    const csvLink = page.getByRole('link', { name: 'Download het register als CSV (spreadsheet)' });
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await csvLink.getAttribute('href'))!);
    assert.match(csv, /^\uFEFF?Code;Naam;Doel;Grondslag/);
    assert.ok(csv.split('\r\n').some((line) => line.startsWith('work-income;Werk en inkomen;') && line.includes(';96;')), 'the CSV has the new retention');
  });

  it('"Wie ziet wat" says in plain Dutch what the klantmanager sees and never sees, and a rule can be changed', async () => {
    assert.ok(retentionChanged, 'runs after the register test');
    const { page } = session!;
    await goToNav(page, 'Wie ziet wat');
    await page.getByTestId('role-work_professional').waitFor();
    const worker = await text(page, 'role-work_professional');
    assert.ok(worker.includes(
      'Een klantmanager / werkprofessional ziet werk en participatie, inkomen en uitkering, schulden en gezondheid: mogelijkheden en beperkingen voor werk'
      + ' — voor Werk en inkomen (wettelijke plicht, Participatiewet art. 7, 10). Sociaal: alleen met toestemming van de inwoner.'), worker);
    assert.ok(worker.includes('Ziet nooit: gezondheid: diagnoses en behandeling, justitie, veiligheid en handhaving.'), worker);
    assert.ok((await text(page, 'role-enforcement_officer')).includes('Ziet nooit: sociaal,'), 'enforcement never sees the social part');
    await page.getByTestId('access-rules').waitFor();
    assert.ok((await text(page, 'access-rules')).includes('Leden en coördinatoren van een team'), 'the resource rules are shown');
    await page.getByText('De regels zijn niet gewijzigd sinds de installatie.').waitFor();
    await expectAccessible(page, 'who sees what');

    await page.getByLabel('Professionele rol', { exact: true }).selectOption({ label: 'Accountmanager werkgeversdienstverlening' });
    await page.getByLabel('Soort gegevens', { exact: true }).selectOption({ label: 'Inkomen en uitkering' });
    const activity = page.getByLabel('Ziet deze gegevens voor');
    assert.equal(await activity.inputValue(), '', 'the role does not see income yet');
    await activity.selectOption({ label: 'Werk en inkomen (Wettelijke plicht)' });
    await page.getByRole('button', { name: 'Regel opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen: Accountmanager werkgeversdienstverlening ziet inkomen en uitkering voor Werk en inkomen.' }).waitFor();
    await page.getByTestId('rule-history').waitFor();
    const employer = await text(page, 'role-employer_services');
    assert.ok(employer.includes('ziet werk en participatie en inkomen en uitkering — voor Werk en inkomen'), employer);
    const changes = await text(page, 'rule-history');
    assert.ok(changes.includes('Accountmanager werkgeversdienstverlening — Inkomen en uitkering') && changes.includes('ziet niet'), changes);
    await expectAccessible(page, 'who sees what after a rule change');
  });
});
