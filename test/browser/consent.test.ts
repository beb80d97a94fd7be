/**
 * Browser test of consent and the withheld notice, against the real server (child process,
 * fresh PGlite data dir with the demo municipality):
 *  - dirk (klantmanager, Team Werk & Participatie, assigned to Huishouden Jansen) sees that the
 *    social part is withheld for lack of consent, and the notice's link opens the consent form;
 *  - anna (regisseur, Wijkteam Noord) records Petra's consent for the klantmanager role, after
 *    the server refuses an end date before the start date at the field;
 *  - dirk's notice is gone and the contact reports show; anna records a restriction on income,
 *    which a legal duty overrides, and sees that said; anna withdraws the consent and the notice is back.
 * Every page state is checked with axe-core.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/consent.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoJourneys, Journey } from '../support/journey.ts';

const contactReport = 'Kennismaking aan de keukentafel';

const noticeText = async (page: Page) => ((await page.getByTestId('withheld-notice').textContent()) ?? '').replace(/\s+/g, ' ');
const rowTexts = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()).join(' | ')));

describe('UI in Chromium: consent, restrictions and the withheld notice', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  let dirk: Journey | undefined;
  let anna: Journey | undefined;
  let dossierPath: string | undefined;


  async function openDossier(journey: Journey) {
    const { page } = journey;
    if (dossierPath) {
      await journey.navigate(() => page.goto(`${run.demo.server.url}${dossierPath}`), /^\/huishoudens\/[0-9a-f-]{36}$/);
    } else {
      await journey.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
      await journey.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Petra Jansen');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await journey.navigate(() => page.getByRole('link', { name: 'Petra Jansen' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
      await journey.navigate(() => page.getByRole('link', { name: 'Huishouden Jansen' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
      dossierPath = new URL(page.url()).pathname;
    }
    await page.getByRole('heading', { level: 1, name: 'Huishouden Jansen' }).waitFor();
    await page.getByTestId('consent-section').getByRole('heading', { level: 3 }).first().waitFor();
  }



  it('dirk, the klantmanager, sees that the social part needs consent; the notice leads to the consent form', async () => {
    dirk = await signIn('dirk', 'Dirk Mulder');
    const { page } = dirk;
    const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { teams: Array<{ name: string; professionalRole: string }> } });
    assert.equal(me.user.teams.find((x) => x.name === 'Team Werk & Participatie')?.professionalRole, 'work_professional', 'the demo makes dirk a work professional in Team Werk');

    await openDossier(dirk);
    const notice = await noticeText(page);
    assert.match(notice, /\d+ items zijn niet zichtbaar:/);
    assert.match(notice, /Sociaal \(\d+\) — hiervoor is toestemming van de inwoner nodig/);
    assert.equal(await page.getByTestId('timeline').getByText(contactReport).count(), 0, 'the social contact reports are not shown');
    assert.equal(await page.getByRole('link', { name: 'Casus anoniem bespreken' }).getAttribute('href'), `${dossierPath}/casusbespreking`);
    await dirk.checkPage('dossier with the withheld notice');

    await page.getByRole('link', { name: 'Toestemming vastleggen' }).click();
    const form = page.getByTestId('consent-form');
    await page.waitForFunction(() => document.activeElement?.id === 'consent-form-title');
    assert.ok(await form.getByRole('checkbox', { name: 'Sociaal' }).isChecked(), 'the category that needs consent is ticked');
    assert.equal(await form.getByRole('checkbox', { name: 'Daan Jansen' }).count(), 0, 'a child under 16 does not consent for himself');
    await dirk.checkPage('consent form opened from the notice');
    await form.getByRole('button', { name: 'Annuleren' }).click();
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Toestemming vastleggen');
  });

  it('anna records Petra’s consent for the klantmanager role, after a refusal at the field', async () => {
    assert.ok(dossierPath, 'needs the dossier');
    anna = await signIn('anna', 'Anna de Wit');
    const { page } = anna;
    await openDossier(anna);
    const section = page.getByTestId('consent-section');
    await section.getByText('Daan Jansen is jonger dan 16.').waitFor();
    await section.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const form = page.getByTestId('consent-form');
    await page.waitForFunction(() => document.activeElement?.id === 'consent-form-title');
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    for (const error of ['Kies wie toestemming geeft.', 'Kies ten minste één soort gegevens.', 'Kies met wie de gegevens gedeeld mogen worden.']) {
      await form.getByRole('alert').filter({ hasText: error }).waitFor();
    }
    assert.equal(await form.getByRole('checkbox', { name: 'Petra Jansen' }).evaluate((el) => el === document.activeElement), true, 'focus on the first field with an error');
    await anna.checkPage('consent form with errors');

    await anna.check(form.getByRole('checkbox', { name: 'Petra Jansen' }));
    await anna.check(form.getByRole('checkbox', { name: 'Sociaal' }));
    await anna.select(form.getByLabel('Rol', { exact: true }), 'Klantmanager / werkprofessional');
    await anna.fill(form.getByLabel('Geldig tot en met'), '2020-01-01');
    await anna.check(form.getByRole('radio', { name: /Mondeling/ }));
    await anna.fill(form.getByLabel('Wie heeft de mondelinge toestemming gehoord?'), 'Bram Yilmaz, wijkverpleegkundige');
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await form.getByRole('alert').filter({ hasText: 'De einddatum ligt vóór de ingangsdatum' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    await anna.checkPage('consent refused by the server at the end date');

    await anna.fill(form.getByLabel('Geldig tot en met'), '');
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De toestemming van Petra Jansen is vastgelegd.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    const rows = await rowTexts(page, 'consent-table');
    assert.equal(rows.length, 1);
    for (const part of ['Sociaal', 'Klantmanager / werkprofessional — Delen met toestemming', 'Mondeling, gehoord door Bram Yilmaz, wijkverpleegkundige', 'Anna de Wit', 'Geldt nu']) {
      assert.ok(rows[0]!.includes(part), `"${part}" in ${rows[0]}`);
    }
    await anna.checkPage('dossier with a recorded consent');
  });

  it('dirk’s notice is gone and the contact reports show', async () => {
    assert.ok(dirk && dossierPath, 'needs dirk and the dossier');
    const { page } = dirk;
    await dirk.reload();
    await page.getByRole('heading', { level: 1, name: 'Huishouden Jansen' }).waitFor();
    await page.getByTestId('timeline').getByText(contactReport).first().waitFor();
    assert.equal(await page.getByTestId('withheld-notice').count(), 0, 'nothing is withheld any more');
    await dirk.checkPage('dossier after consent');
  });

  it('anna records a restriction that a legal duty overrides, and is told so', async () => {
    assert.ok(anna, 'needs anna');
    const { page } = anna;
    const section = page.getByTestId('consent-section');
    await section.getByRole('button', { name: 'Afscherming vastleggen' }).click();
    const form = page.getByTestId('restriction-form');
    await page.waitForFunction(() => document.activeElement?.id === 'restriction-form-title');
    await anna.check(form.getByRole('checkbox', { name: 'Petra Jansen' }));
    await anna.check(form.getByRole('checkbox', { name: 'Inkomen en uitkering' }));
    await anna.check(form.getByRole('radio', { name: 'Iedereen met een rol' }));
    await anna.select(form.getByLabel('Kies wie'), 'Klantmanager / werkprofessional');
    await anna.fill(form.getByLabel(/^Reden/), 'Wil haar inkomen alleen met de schuldhulpverlener bespreken');
    await form.getByRole('button', { name: 'Afscherming vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De afscherming is vastgelegd en geldt meteen.' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'de afscherming kan dit niet tegenhouden, omdat de wet het verplicht' })
      .filter({ hasText: 'Inkomen en uitkering voor Klantmanager / werkprofessional (Werk en inkomen)' }).waitFor();
    assert.match((await rowTexts(page, 'restriction-table'))[0]!, /Rol Klantmanager \/ werkprofessional/);
    await anna.checkPage('restriction with the legal-duty warning');
  });

  it('anna withdraws the consent and dirk’s notice is back', async () => {
    assert.ok(anna && dirk, 'needs anna and dirk');
    const { page } = anna;
    await page.getByRole('button', { name: 'Toestemming van Petra Jansen voor Sociaal intrekken' }).click();
    const form = page.getByTestId('consent-withdraw-form');
    await page.waitForFunction(() => document.activeElement?.id === 'consent-withdraw-title');
    await anna.fill(form.getByLabel(/^Toelichting/), 'Petra belde dat ze dit toch niet wil');
    await anna.checkPage('withdrawing a consent');
    await form.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await page.getByRole('status').filter({ hasText: 'De toestemming van Petra Jansen is ingetrokken.' }).waitFor();
    assert.match((await rowTexts(page, 'consent-table'))[0]!, /Ingetrokken op .* door Anna de Wit/);
    await anna.checkPage('dossier with a withdrawn consent');

    await dirk.reload();
    await dirk.page.getByTestId('withheld-notice').waitFor();
    assert.match(await noticeText(dirk.page), /Sociaal \(\d+\) — hiervoor is toestemming van de inwoner nodig/);
    assert.equal(await dirk.page.getByTestId('timeline').getByText(contactReport).count(), 0);
  });
});
