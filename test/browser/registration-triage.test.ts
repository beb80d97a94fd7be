/**
 * Browser test of the client journey's first steps against the real server (child process, fresh
 * PGlite data dir with the demo municipality):
 *  - bram (member of Wijkteam Noord) registers a new household from a phone call, urgent because
 *    of a threatened eviction, and lands on its dossier;
 *  - anna (coordinator of Wijkteam Noord) gets a notification, finds the registration on top of the
 *    team's dagstart, and assigns bram as professional and herself as regisseur;
 *  - bram follows his notification to the dossier, records a home visit and sees it in the timeline;
 *  - dirk (also a member of Wijkteam Noord, not assigned) opens the same dossier and is told that its
 *    contents are only for the regisseur and the assigned professional: no timeline, no question.
 * Every page state is checked with axe-core ("serious" or "critical" violations fail the test). The
 * inputs the users had to fill (typed into, selected, ticked) and the page loads (navigations) are
 * counted and printed at the end; signing in is not counted.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/registration-triage.test.ts
 * Set SAMENSPEL_SCREENSHOTS=<dir> to save a screenshot of every checked page state.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { demoJourneys, Journey } from '../support/journey.ts';


/** The heading texts (h3) of the timeline entries, newest first. */
async function timelineTitles(page: Page): Promise<string[]> {
  return (await page.getByTestId('timeline').getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
}

describe('UI in Chromium: registration, dagstart, assignment, dossier and contact', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  const server = { get url() { return run.demo.server.url; } };
  let bram: Journey | undefined;
  let householdId: string | undefined;
  let assigned = false;
  const question = 'Mevrouw belt: ze heeft een brief van de woningcorporatie gekregen over ontruiming en weet niet wat ze moet doen.';


  const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });



  it('bram registers a new household from a phone call, urgent because of a threatened eviction', async () => {
    bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    assert.ok(await page.getByRole('link', { name: 'Dagstart van Wijkteam Noord' }).isVisible(), 'the home page links to the team’s dagstart');
    await bram.checkPage('home page');

    await bram.navigate(() => mainNav(page).getByRole('link', { name: 'Nieuwe aanmelding' }).click(), /^\/aanmeldingen\/nieuw$/);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' }).waitFor();
    await page.getByText('De aanmelding komt bij Wijkteam Noord.').waitFor();
    assert.equal(await page.getByLabel('Wie meldde aan of verwees?').inputValue(), 'self', 'referrer defaults to the resident');
    assert.equal(await page.getByLabel('Soort gegevens').inputValue(), 'social', 'data category defaults to social');
    // With one team, every household bram can find already has an open case there: only a new one is offered.
    assert.equal(await page.getByRole('radio', { name: /Bekend huishouden/ }).count(), 0, 'no known household for a one-team user');
    await bram.checkPage('new registration');

    // Submitting the empty form: errors at the fields, focus on the first one.
    await page.getByRole('button', { name: 'Aanmelding vastleggen' }).click();
    await page.getByText('Het formulier bevat fouten.').waitFor();
    for (const message of ['Kies hoe de aanmelding binnenkwam.', 'Schrijf de vraag van de inwoner op.', 'Vul de voornaam in.', 'Vul de achternaam in.']) {
      assert.ok(await page.getByRole('alert').filter({ hasText: message }).isVisible(), `error "${message}" shown`);
    }
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    const channel = page.getByLabel('Hoe kwam de aanmelding binnen?');
    assert.equal(await channel.evaluate((el) => el === document.activeElement), true, 'focus on the first invalid field');
    assert.match((await channel.getAttribute('aria-describedby')) ?? '', /-error/, 'the error is linked to its field');
    await bram.checkPage('new registration with errors');

    await bram.select(channel, 'Telefoon');
    await bram.fill(page.getByLabel('Vraag van de inwoner'), question);
    await bram.check(page.getByRole('checkbox', { name: 'Dreigende huisuitzetting' }));
    await bram.fill(page.getByLabel('Voornamen'), 'Mira');
    await bram.fill(page.getByLabel('Achternaam'), 'Hoekstra');
    assert.equal(await page.getByLabel('Naam van het huishouden').inputValue(), 'Huishouden Hoekstra', 'household name suggested');

    // A second person can be added (focus moves to it) and removed again.
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Persoon 2' });
    await second.waitFor();
    assert.equal(await second.getByLabel('Rol in het huishouden').evaluate((el) => el === document.activeElement), true, 'focus on the new person');
    assert.equal(await second.getByLabel('Rol in het huishouden').inputValue(), 'partner');
    await bram.checkPage('new registration with two persons');
    await page.getByRole('button', { name: 'Persoon 2 verwijderen' }).click();
    await second.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Persoon 2 is verwijderd.' }).waitFor({ state: 'attached' });

    await bram.navigate(() => page.getByRole('button', { name: 'Aanmelding vastleggen' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    householdId = /\/huishoudens\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    await page.getByRole('heading', { level: 1, name: 'Huishouden Hoekstra' }).waitFor();
    await page.getByText('De urgente aanmelding is vastgelegd bij Wijkteam Noord. De coördinator van het team heeft een melding gekregen.').waitFor();
    await page.getByText('Er is nog geen regisseur toegewezen.').waitFor();
    // Not assigned yet: bram sees the household and its registration, not the contents.
    await page.getByTestId('dossier-contents-hidden').waitFor();
    const cases = (await page.getByTestId('dossier-cases').locator('tbody tr').allTextContents()).join(' ');
    assert.match(cases, /Wijkteam Noord.*Aanmelding \(wacht op toewijzing\).*Urgent:? ?Dreigende huisuitzetting/);
    assert.ok(await page.getByRole('link', { name: 'Mira Hoekstra' }).isVisible(), 'the member is listed');
    await bram.checkPage('dossier after registering');
  });

  it('anna sees the notification and the registration on top of the dagstart, and assigns it', async () => {
    assert.ok(householdId, 'needs the registration bram made');
    const anna = await signIn('anna', 'Anna de Wit');
    const { page } = anna;
    const notificationsLink = mainNav(page).getByRole('link', { name: 'Meldingen (1)' });
    await notificationsLink.waitFor();
    await anna.checkPage('home page with a notification');

    await anna.navigate(() => notificationsLink.click(), /^\/meldingen$/);
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const row = page.getByTestId('notifications').locator('tbody tr').first();
    assert.match((await row.textContent()) ?? '', /Urgente aanmelding voor uw team.*Nieuw/);
    assert.ok(!((await page.locator('main').textContent()) ?? '').includes('Hoekstra'), 'a notification carries no personal data');
    await anna.checkPage('notifications');

    await anna.navigate(() => row.getByRole('link', { name: 'Naar de dagstart van Wijkteam Noord' }).click(), /^\/teams\/[0-9a-f-]{36}\/dagstart$/);
    await page.getByRole('heading', { level: 1, name: 'Dagstart Wijkteam Noord' }).waitFor();
    const items = page.getByTestId('triage-item');
    await items.first().waitFor();
    const top = items.first();
    assert.equal(await top.getByRole('heading', { level: 2 }).textContent(), 'Huishouden Hoekstra', 'the urgent registration is on top');
    const topText = ((await top.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const expected of ['Urgent', 'Dreigende huisuitzetting', 'vandaag', 'door Bram Yilmaz', 'Telefoon', 'Zelf (de inwoner)', 'Mira Hoekstra — Bewoner', question]) {
      assert.ok(topText.includes(expected), `the top item shows "${expected}": ${topText}`);
    }
    assert.equal(await items.count(), 2, 'the demo’s waiting registration is there too');
    assert.match(((await items.nth(1).textContent()) ?? '').replace(/\s+/g, ' '), /Huishouden Bos.*2 dagen geleden/);
    // Following the link marked the notification as read.
    await mainNav(page).getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await anna.checkPage('dagstart');

    // Assigning without choosing: errors at the selects.
    await top.getByRole('button', { name: 'Toewijzen: Huishouden Hoekstra' }).click();
    await top.getByRole('alert').filter({ hasText: 'Kies wie de vraag oppakt.' }).waitFor();
    await anna.checkPage('dagstart with assignment errors');

    await anna.select(top.getByLabel('Professional'), 'Bram Yilmaz (wijkverpleging)');
    await anna.select(top.getByLabel('Regisseur'), 'Anna de Wit (maatschappelijk werk, coördinator)');
    await top.getByRole('button', { name: 'Toewijzen: Huishouden Hoekstra' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Huishouden Hoekstra is toegewezen: professional Bram Yilmaz, regisseur Anna de Wit.' });
    await done.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('is toegewezen'));
    await page.getByText('1 open aanmelding.').waitFor();
    assert.deepEqual(await items.getByRole('heading', { level: 2 }).allTextContents(), ['Huishouden Bos'], 'the assigned one has left the board');
    assigned = true;
    await anna.checkPage('dagstart after assigning');
  });

  it('bram follows his notification to the dossier and records a home visit', async () => {
    assert.ok(bram && householdId && assigned, 'needs the assignment');
    const { page } = bram;
    // Later that day bram opens Samenspel again.
    await bram.navigate(() => page.goto(`${server.url}/`), /^\/$/);
    const notificationsLink = mainNav(page).getByRole('link', { name: 'Meldingen (1)' });
    await notificationsLink.waitFor();
    await bram.navigate(() => notificationsLink.click(), /^\/meldingen$/);
    const row = page.getByTestId('notifications').locator('tbody tr').first();
    assert.match((await row.textContent()) ?? '', /U bent toegewezen aan een casus/);
    await bram.checkPage('notifications');
    await bram.navigate(() => row.getByRole('link', { name: 'Naar het dossier' }).click(), new RegExp(`^/huishoudens/${householdId}$`));

    await page.getByRole('heading', { level: 1, name: 'Huishouden Hoekstra' }).waitFor();
    assert.equal(await page.getByTestId('dossier-coordinator').textContent(), 'Regisseur: Anna de Wit (Wijkteam Noord)');
    assert.equal(await page.getByTestId('dossier-contents-hidden').count(), 0);
    const cases = ((await page.getByTestId('dossier-cases').locator('tbody tr').first().textContent()) ?? '').replace(/\s+/g, ' ');
    for (const expected of ['Wijkteam Noord', 'Casus', 'Bram Yilmaz', 'Anna de Wit', 'Dreigende huisuitzetting', question]) {
      assert.ok(cases.includes(expected), `the case shows "${expected}": ${cases}`);
    }
    await page.getByTestId('timeline').waitFor();
    assert.deepEqual((await timelineTitles(page)).map((s) => s.replace(/^[\d-]+,? [\d:]+ /, '')), ['Toegewezen bij Wijkteam Noord', 'Aanmelding bij Wijkteam Noord']);
    await bram.checkPage('dossier with timeline');

    await page.getByRole('button', { name: 'Contact vastleggen' }).click();
    const form = page.locator('section[aria-labelledby="contact-form-title"]');
    await page.waitForFunction(() => document.activeElement?.id === 'contact-form-title');
    assert.match(await form.getByLabel('Datum en tijd').inputValue(), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'date and time default to now');
    assert.ok(await form.getByRole('radio', { name: 'Bij de inwoner thuis' }).isChecked(), 'place defaults to home');
    assert.ok(await form.getByRole('radio', { name: 'Persoonlijk gesprek' }).isChecked(), 'form defaults to a visit');
    await bram.checkPage('contact form');

    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await form.getByRole('alert').filter({ hasText: 'Schrijf een kort verslag.' }).waitFor();
    await bram.checkPage('contact form with errors');

    await bram.fill(form.getByLabel('Wie waren erbij?'), 'Mira Hoekstra en Bram Yilmaz');
    await bram.fill(
      form.getByLabel('Kort verslag'),
      'Huisbezoek. Drie maanden huurachterstand; mevrouw geeft toestemming om de woningcorporatie te bellen voor een betalingsregeling.',
    );
    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het contact is vastgelegd.' }).waitFor();
    await form.waitFor({ state: 'detached' });
    const titles = (await timelineTitles(page)).map((s) => s.replace(/^[\d-]+,? [\d:]+ /, ''));
    assert.deepEqual(titles, ['Contact: persoonlijk gesprek, bij de inwoner thuis', 'Toegewezen bij Wijkteam Noord', 'Aanmelding bij Wijkteam Noord']);
    const newest = ((await page.getByTestId('timeline').getByRole('listitem').first().textContent()) ?? '').replace(/\s+/g, ' ');
    assert.ok(newest.includes('Mira Hoekstra en Bram Yilmaz') && newest.includes('betalingsregeling') && newest.includes('Bram Yilmaz'), newest);
    await bram.checkPage('dossier after recording a contact');
  });

  it('dirk, a Noord member without assignment, sees the household but not the contents', async () => {
    assert.ok(householdId && assigned, 'needs the assigned registration');
    const dirk = await signIn('dirk', 'Dirk Mulder');
    const { page } = dirk;
    await dirk.navigate(() => page.goto(`${server.url}/huishoudens/${householdId}`), new RegExp(`^/huishoudens/${householdId}$`));
    await page.getByRole('heading', { level: 1, name: 'Huishouden Hoekstra' }).waitFor();
    await page.getByText('De inhoud van dit dossier is alleen zichtbaar voor de regisseur en de toegewezen professional.').waitFor();
    assert.equal(await page.getByTestId('dossier-coordinator').textContent(), 'Regisseur: Anna de Wit (Wijkteam Noord)');
    assert.equal(await page.getByTestId('timeline').count(), 0, 'no timeline');
    assert.equal(await page.getByRole('heading', { name: 'Tijdlijn' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Contact vastleggen' }).count(), 0);
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(!main.includes('woningcorporatie') && !main.includes('betalingsregeling'), 'neither the question nor the report is shown');
    assert.ok(main.includes('Bram Yilmaz'), 'who works on the case is visible');
    await dirk.checkPage('dossier without contents');
  });
});
