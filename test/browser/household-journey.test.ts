/**
 * The whole daily flow of issue 3, as a professional and a coordinator do it, counting every input:
 *  - bram (Wijkteam Noord) registers Ruben and Esra Kramer from a phone call;
 *  - anna (coordinator) assigns the registration at the dagstart;
 *  - bram holds the kitchen-table talk: ZRM 13 and the participation ladder for both adults;
 *  - bram draws up the plan with 3 goals and 5 actions, records Ruben's agreement and prints it;
 *  - the clock moves three months on; a second talk for Ruben shows the movement per domain.
 * bram's browser clock starts three months back (Playwright's clock), so the first talk and the
 * plan are dated then; the server accepts no talk dated in the future, so the clock moves forward
 * to today for the second talk. axe-core on every page state. The inputs (typed, selected, ticked,
 * and the one-step "remaining domains" choice) and page loads are printed; the last test fails
 * when the flow needs more than 40 inputs. Signing in is not counted.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/household-journey.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { demoJourneys, Journey, journeySummary } from '../support/journey.ts';

const inputBudget = 40;
const day = 24 * 60 * 60 * 1000;
const now = Date.now();
const threeMonthsAgo = new Date(now - 91 * day);
const isoIn = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
const nlDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const firstDate = isoIn(threeMonthsAgo);
const secondDate = isoIn(new Date(now));

describe('UI in Chromium: from a phone call to a plan and a second talk, in at most 40 inputs', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  let bram: Journey | undefined;
  let householdUrl: string | undefined;
  let step = 0;


  const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const member = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const domain = (region: Locator, name: string) => region.getByRole('group', { name, exact: true });
  const scoreOption = (region: Locator, name: string, score: number) => domain(region, name).getByRole('radio', { name: new RegExp(`^${score} —`) });
  const ladderOf = (region: Locator, name: string) => region.getByRole('group', { name: `Trede op de participatieladder van ${name}` });



  it('bram registers Ruben and Esra Kramer from a phone call', async () => {
    bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    await page.context().clock.install({ time: threeMonthsAgo });
    await bram.navigate(() => mainNav(page).getByRole('link', { name: 'Nieuwe aanmelding' }).click(), /^\/aanmeldingen\/nieuw$/);
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanmelding' }).waitFor();
    assert.equal(await page.evaluate(() => new Date().getFullYear() * 10000 + (new Date().getMonth() + 1) * 100 + new Date().getDate()), Number(firstDate.replaceAll('-', '')), 'bram’s browser lives three months ago');

    await bram.select(page.getByLabel('Hoe kwam de aanmelding binnen?'), 'Telefoon');
    await bram.fill(page.getByLabel('Vraag van de inwoner'), 'Ruben belt: sinds hij zijn baan kwijt is lopen de rekeningen op en hij slaapt slecht.');
    await bram.fill(page.getByLabel('Voornamen'), 'Ruben');
    await bram.fill(page.getByLabel('Achternaam'), 'Kramer');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const partner = page.getByRole('group', { name: 'Persoon 2' });
    await bram.fill(partner.getByLabel('Voornamen'), 'Esra');
    assert.equal(await partner.getByLabel('Achternaam').inputValue(), 'Kramer', 'the family name carries over to the next person');
    assert.equal(await partner.getByLabel('Rol in het huishouden').inputValue(), 'partner');
    await bram.checkPage('registration of the Kramer household');

    await bram.navigate(() => page.getByRole('button', { name: 'Aanmelding vastleggen' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    householdUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Huishouden Kramer' }).waitFor();
    step = 1;
  });

  it('anna assigns it to bram at the dagstart; bram becomes the regisseur too', async () => {
    assert.equal(step, 1, 'needs the registration');
    const anna = await signIn('anna', 'Anna de Wit');
    const { page } = anna;
    await anna.navigate(() => page.getByRole('link', { name: 'Dagstart van Wijkteam Noord' }).click(), /^\/teams\/[0-9a-f-]{36}\/dagstart$/);
    const item = page.getByTestId('triage-item').filter({ has: page.getByRole('heading', { level: 2, name: 'Huishouden Kramer' }) });
    await item.waitFor();
    await anna.select(item.getByLabel('Professional'), /^Bram Yilmaz/);
    assert.match(await item.getByLabel('Regisseur').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ''), /^Bram Yilmaz/, 'the regisseur follows the professional');
    await anna.checkPage('dagstart with the Kramer household');
    await item.getByRole('button', { name: 'Toewijzen: Huishouden Kramer' }).click();
    await page.getByRole('status').filter({ hasText: 'Huishouden Kramer is toegewezen: professional Bram Yilmaz, regisseur Bram Yilmaz.' }).waitFor();
    step = 2;
  });

  it('bram holds the kitchen-table talk: ZRM 13 and the ladder for Ruben and Esra', async () => {
    assert.ok(bram && householdUrl && step === 2, 'needs the assignment');
    const { page } = bram;
    assert.equal(page.url(), householdUrl, 'bram is still on the dossier he registered');
    await bram.reload();
    await page.getByTestId('dossier-coordinator').filter({ hasText: 'Regisseur: Bram Yilmaz' }).waitFor();
    await bram.navigate(() => page.getByRole('button', { name: 'Keukentafelgesprek starten' }).click(), /^\/intakes\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek' }).waitFor();
    assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), firstDate, 'the talk is dated today, by bram’s clock');

    const ruben = member(page, 'Ruben Kramer');
    for (const name of ['Financiën', 'Werk & opleiding', 'Geestelijke gezondheid']) await bram.check(scoreOption(ruben, name, 2));
    await remainingDomains(bram, ruben, 'Ruben Kramer', 10);
    await bram.check(ladderOf(ruben, 'Ruben Kramer').getByRole('radio', { name: /^Trede 2 —/ }));
    await bram.select(ruben.getByLabel('Bron van inkomen'), 'Uitkering');
    const followUp = ruben.getByRole('group', { name: 'Bij een laag inkomen' });
    await bram.check(followUp.getByRole('group', { name: 'Zijn er schulden?' }).getByRole('radio', { name: 'Ja' }));
    await bram.check(followUp.getByRole('group', { name: 'Is er een chronische ziekte?' }).getByRole('radio', { name: 'Nee' }));
    await bram.check(followUp.getByRole('group', { name: 'Hebben de kinderen iets extra nodig?' }).getByRole('radio', { name: 'Nee' }));

    const esra = member(page, 'Esra Kramer');
    await bram.check(scoreOption(esra, 'Sociaal netwerk', 3));
    await remainingDomains(bram, esra, 'Esra Kramer', 12);
    await bram.check(ladderOf(esra, 'Esra Kramer').getByRole('radio', { name: /^Trede 5 —/ }));
    await bram.select(esra.getByLabel('Bron van inkomen'), 'Loon uit werk');
    await page.getByTestId('save-status').filter({ hasText: /^Opgeslagen om/ }).waitFor();
    await bram.checkPage('kitchen-table talk filled in');

    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('heading', { level: 1, name: `Keukentafelgesprek van ${nlDate(firstDate)}` }).waitFor();
    const rubenFinal = ((await page.getByRole('region', { name: 'Ruben Kramer' }).textContent()) ?? '').replace(/\s+/g, ' ');
    for (const expected of ['Financiën', '2 — Niet zelfredzaam', 'Huisvesting', '4 — Voldoende zelfredzaam', 'Trede 2']) {
      assert.ok(rubenFinal.includes(expected), `the finished talk shows "${expected}"`);
    }
    await bram.checkPage('finished kitchen-table talk');
    step = 3;
  });

  /** The one-step choice for every domain not scored yet; counted as one input. */
  async function remainingDomains(journey: Journey, region: Locator, name: string, expected: number) {
    await region.getByRole('button', { name: /^Overige leefgebieden/ }).click();
    journey.inputs++;
    await journey.page.getByText(`${expected} leefgebieden van ${name} op 4 gezet`).waitFor();
  }

  it('bram drafts the plan with 3 goals and 5 actions from the talk, records Ruben’s agreement and prints it', async () => {
    assert.ok(bram && step === 3, 'needs the finished talk');
    const { page } = bram;
    await bram.navigate(() => page.getByRole('link', { name: 'Naar het plan van aanpak' }).click(), /^\/huishoudens\/[0-9a-f-]{36}\/plan$/);
    await page.getByRole('button', { name: 'Plan opstellen' }).click();
    await bram.fill(page.getByLabel('Huidige situatie'), 'Ruben heeft sinds kort een bijstandsuitkering en schulden; Esra werkt 24 uur per week.');

    await page.getByRole('button', { name: 'Doelen voorstellen uit het keukentafelgesprek' }).click();
    const goals = page.getByTestId('plan-goal');
    await goals.nth(2).waitFor();
    assert.equal(await goals.count(), 3, 'one goal per domain Ruben scored 2');
    const goalTexts = ['De schulden zijn in beeld en er is een betalingsregeling.', 'Ruben werkt weer, eerst met begeleiding.', 'Ruben slaapt beter en heeft minder stress.'];
    for (const [index, text] of goalTexts.entries()) await bram.fill(goals.nth(index).getByLabel('Omschrijving van het doel'), text);

    const actions: Array<[goal: number, text: string, resident?: true]> = [
      [0, 'Aanmelden bij de schuldhulpverlening.'],
      [0, 'Alle post met rekeningen verzamelen in één map.', true],
      [1, 'Gesprek met de werkcoach over een leer-werkplek.'],
      [1, 'Elke week twee vacatures bekijken.', true],
      [2, 'Samen een afspraak maken bij de huisarts.'],
    ];
    for (const [goal, text, resident] of actions) {
      await goals.nth(goal).getByRole('button', { name: /^Actie toevoegen/ }).click();
      const action = page.getByTestId('plan-action').last();
      await bram.fill(action.getByLabel('Wat wordt er gedaan?'), text);
      if (resident) await bram.select(action.getByLabel('Wie voert het uit?'), 'Ruben Kramer (inwoner)');
    }
    assert.equal(await page.getByTestId('plan-action').count(), 5);
    await bram.checkPage('plan drawn up from the talk');
    await page.getByRole('button', { name: 'Plan vastleggen' }).click();
    await page.getByTestId('plan-version').filter({ hasText: 'Versie 1 (concept)' }).waitFor();

    await page.getByRole('button', { name: 'Instemming vastleggen: Ruben Kramer' }).click();
    await page.getByRole('button', { name: 'Instemming opslaan' }).click();
    await page.getByTestId('plan-version').filter({ hasText: 'Versie 1 (afgesproken)' }).waitFor();
    await bram.checkPage('plan agreed');

    await page.emulateMedia({ media: 'print' });
    try {
      const printed = ((await page.getByTestId('plan-print').textContent()) ?? '').replace(/\s+/g, ' ');
      for (const expected of ['Plan van aanpak', 'Huishouden Kramer', ...goalTexts, ...actions.map(([, text]) => text), 'Wie: Ruben Kramer (inwoner)', 'op papier ondertekend']) {
        assert.ok(printed.includes(expected), `the print-out shows "${expected}"`);
      }
      assert.equal(await mainNav(page).isVisible(), false, 'no navigation on paper');
      await expectAccessible(page, 'plan print view (bram)');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    step = 4;
  });

  it('three months later (the clock moves on), a second talk for Ruben shows the movement', async () => {
    assert.ok(bram && householdUrl && step === 4, 'needs the plan');
    const { page } = bram;
    await page.context().clock.setSystemTime(new Date(now));
    await bram.navigate(() => page.getByRole('link', { name: 'Terug naar het dossier' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    await bram.navigate(() => page.getByRole('button', { name: 'Keukentafelgesprek starten' }).click(), /^\/intakes\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), secondDate, 'the new talk is dated today');
    const ruben = member(page, 'Ruben Kramer');
    assert.ok(await scoreOption(ruben, 'Financiën', 2).isChecked(), 'the previous score is carried forward');
    await ruben.getByText(`Vooraf ingevuld met het gesprek van ${nlDate(firstDate)}`).waitFor();
    await page.getByRole('group', { name: 'Wie doen mee aan dit gesprek?' }).getByRole('checkbox', { name: /^Esra Kramer/ }).uncheck();
    bram.inputs++;
    await bram.check(scoreOption(ruben, 'Financiën', 3));
    await bram.check(scoreOption(ruben, 'Werk & opleiding', 3));
    await bram.check(ladderOf(ruben, 'Ruben Kramer').getByRole('radio', { name: /^Trede 3 —/ }));
    await bram.checkPage('second talk, carried forward');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByRole('heading', { level: 1, name: `Keukentafelgesprek van ${nlDate(secondDate)}` }).waitFor();

    await bram.navigate(() => page.getByRole('link', { name: 'Scores van Ruben Kramer over tijd' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    const scores = page.getByTestId('person-scores');
    await scores.getByTestId('scores-chart').locator('svg').first().waitFor();
    const table = scores.getByTestId('scores-table');
    assert.deepEqual((await table.locator('thead th').allTextContents()).map((s) => s.trim()), ['Leefgebied', nlDate(firstDate), nlDate(secondDate), 'Verschil']);
    const rows = (await table.locator('tbody tr').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    assert.ok(rows.some((r) => /Financiën\s*2\s*3\s*\+1/.test(r)), `Financiën moved 2 → 3: ${rows.join(' | ')}`);
    assert.ok(rows.some((r) => /Werk & opleiding\s*2\s*3\s*\+1/.test(r)), 'Werk & opleiding moved 2 → 3');
    assert.ok(rows.some((r) => /Huisvesting\s*4\s*4\s*0/.test(r)), 'Huisvesting stayed at 4');
    await bram.checkPage('Ruben’s scores over three months');
    step = 5;
  });

  it(`the whole flow took at most ${inputBudget} inputs`, () => {
    assert.equal(step, 5, 'needs the whole flow');
    const inputs = journeys.reduce((n, j) => n + j.inputs, 0);
    console.log(`household journey: ${journeySummary(journeys)}`);
    assert.ok(inputs <= inputBudget, `${inputs} inputs for the whole flow (budget ${inputBudget})`);
  });
});
