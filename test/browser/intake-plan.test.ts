/**
 * Browser test of the kitchen-table intake, the household plan and the score history, against the real
 * server (child process, fresh PGlite data dir with the demo municipality). bram is the professional
 * and anna the coordinator of "Huishouden de Vries" (Jan, Fatima and two children) of Wijkteam Noord.
 *  - bram finds the household, starts a kitchen-table talk with ZRM 13 (dated three months ago) and
 *    fills in the life domains, ladder step and income of Jan and Fatima. Halfway he reloads the page:
 *    what he typed is still there. The connection drops for a moment: the page says so and saves when
 *    it is back. anna edits the same talk meanwhile: bram sees both versions and keeps his. Finishing
 *    too early lists what is missing with links to the fields; then the talk is finished.
 *  - bram draws up the plan: 3 goals, 5 actions, a service, a Participatiewet obligation and an
 *    evaluation date; records Jan's agreement (signed on paper); prints it (print media: no navigation,
 *    the goals and actions are there); and starts a new version.
 *  - a second talk "three months later" (today) for Jan; his person page shows both moments in the
 *    chart and the table.
 * Every page state is checked with axe-core. Inputs (typed, selected, ticked) and page loads are
 * counted and printed at the end (signing in not counted).
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/intake-plan.test.ts
 * Set SAMENSPEL_SCREENSHOTS=<dir> to save a screenshot of every checked page state (the print view is
 * always saved, to that dir or the system's temporary dir).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from '../support/browser.ts';
import { demoJourneys, Journey } from '../support/journey.ts';


interface Domain {
  code: string;
  position: number;
  name: { nl: string };
}
const zrm13 = JSON.parse(readFileSync(new URL('../../src/intakes/instruments/zrm-13-v1.json', import.meta.url), 'utf8')) as { domains: Domain[] };
const domains = [...zrm13.domains].sort((a, b) => a.position - b.position);

/** yyyy-mm-dd of today in Amsterdam, shifted by whole months. */
function isoMonthsFromToday(months: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const nlDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

describe('UI in Chromium: kitchen-table intake, plan with agreement and print, scores over time', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);
  const server = { get url() { return run.demo.server.url; } };
  let bram: Journey | undefined;
  let intakeUrl: string | undefined;
  let finalised = false;
  let planDone = false;
  const firstDate = isoMonthsFromToday(-3);
  const secondDate = isoMonthsFromToday(0);


  const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  const member = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const domainGroup = (region: Locator, name: string) => region.getByRole('group', { name, exact: true });
  const saveStatus = (page: Page) => page.getByTestId('save-status');

  /** Scores the given domains of a member (score per domain from `scoreOf`). */
  async function score(journey: Journey, name: string, which: Domain[], scoreOf: (index: number) => number) {
    const region = member(journey.page, name);
    for (const [index, domain] of which.entries()) {
      await journey.check(domainGroup(region, domain.name.nl).getByRole('radio', { name: new RegExp(`^${scoreOf(index)} —`) }));
    }
  }



  it('bram records a kitchen-table talk for Jan and Fatima: autosave, reload, offline, conflict, missing fields, finish', async () => {
    bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;

    // To the household via the person search.
    await bram.navigate(() => mainNav(page).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
    await bram.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Jan de Vries');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await bram.navigate(() => page.getByRole('link', { name: 'Jan de Vries' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Zelfredzaamheid over tijd' }).waitFor();
    await page.getByText('Er zijn nog geen scores.').waitFor();
    await bram.checkPage('person page without scores');
    await bram.navigate(() => page.getByRole('link', { name: 'Huishouden de Vries' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Huishouden de Vries' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Keukentafelgesprekken' }).waitFor();
    await page.getByText('Er is nog geen keukentafelgesprek vastgelegd.').waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Zelfredzaamheid-Matrix (13 domeinen)' }).isChecked(), 'ZRM 13 is the default');
    assert.ok(await page.getByRole('radio', { name: /Zelfredzaamheid-Matrix \(11 domeinen\)/ }).isVisible(), 'ZRM 11 can be chosen');
    await bram.checkPage('dossier with kitchen-table talks');

    await bram.navigate(() => page.getByRole('button', { name: 'Keukentafelgesprek starten' }).click(), /^\/intakes\/[0-9a-f-]{36}$/);
    intakeUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek' }).waitFor();
    // Adults are in the talk already, the children are not.
    const participants = page.getByRole('group', { name: 'Wie doen mee aan dit gesprek?' });
    assert.ok(await participants.getByRole('checkbox', { name: /^Jan de Vries/ }).isChecked());
    assert.ok(await participants.getByRole('checkbox', { name: /^Fatima de Vries/ }).isChecked());
    assert.ok(!(await participants.getByRole('checkbox', { name: /^Noah de Vries/ }).isChecked()), 'a child is not in the talk by default');
    // Every option shows what the score means.
    const finances = domainGroup(member(page, 'Jan de Vries'), 'Financiën');
    assert.match((await finances.textContent()) ?? '', /1 — Acute problematiek.*De schulden lopen snel op/);
    assert.match((await finances.getByRole('radio', { name: /^1 —/ }).getAttribute('aria-describedby')) ?? '', /description/, 'the anchor text describes the option');
    await saveStatus(page).filter({ hasText: /^Opgeslagen om \d{2}:\d{2}$/ }).waitFor();
    await bram.checkPage('new kitchen-table talk');

    await bram.fill(page.getByLabel('Datum van het gesprek'), firstDate);
    await bram.fill(page.getByLabel('Vraag achter de vraag'), 'Jan wil weer rust in zijn hoofd: de rekeningen stapelen zich op sinds hij zijn baan verloor.');
    await score(bram, 'Jan de Vries', domains.slice(0, 6), (i) => [2, 3, 3, 4, 3, 2][i]!);

    // Reload straight away, before the autosave: what was typed comes back from this browser.
    await bram.reload();
    await page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek' }).waitFor();
    const jan = member(page, 'Jan de Vries');
    assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), firstDate, 'the date survived the reload');
    assert.match(await page.getByLabel('Vraag achter de vraag').inputValue(), /rust in zijn hoofd/, 'the text survived the reload');
    assert.ok(await domainGroup(jan, 'Financiën').getByRole('radio', { name: /^2 —/ }).isChecked(), 'the first score survived the reload');
    assert.ok(await domainGroup(jan, domains[5]!.name.nl).getByRole('radio', { name: /^2 —/ }).isChecked(), 'the last score survived the reload');
    await saveStatus(page).filter({ hasText: /^Opgeslagen om/ }).waitFor();
    await bram.checkPage('kitchen-table talk after a reload');

    // The connection drops: the page says so and keeps trying; back online, it saves.
    await bram.page.context().setOffline(true);
    await score(bram, 'Jan de Vries', domains.slice(6, 9), () => 3);
    await saveStatus(page).filter({ hasText: 'Niet opgeslagen — geen verbinding, we proberen het opnieuw.' }).waitFor();
    await bram.page.context().setOffline(false);
    await saveStatus(page).filter({ hasText: /^Opgeslagen om/ }).waitFor({ timeout: 15_000 });

    // anna (the coordinator) edits the same talk meanwhile.
    const anna = await signIn('anna', 'Anna de Wit');
    await anna.navigate(() => anna.page.goto(intakeUrl!), /^\/intakes\/[0-9a-f-]{36}$/);
    await anna.fill(anna.page.getByLabel('Eigen kracht'), 'Fatima regelt de administratie als ze er de tijd voor heeft.');
    await saveStatus(anna.page).filter({ hasText: /^Opgeslagen om/ }).waitFor();
    await anna.checkPage('the same kitchen-table talk');

    // bram's next change meets anna's version: both are shown, he keeps his.
    await bram.fill(page.getByRole('textbox', { name: /^Netwerk/ }), 'Zus van Fatima woont in de straat en past op de kinderen.');
    const conflict = page.getByTestId('intake-conflict');
    await conflict.waitFor();
    await saveStatus(page).filter({ hasText: /iemand anders heeft het gesprek ook bewerkt/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'intake-conflict-title');
    const rows = (await conflict.locator('tbody tr').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    assert.ok(rows.some((r) => r.startsWith('Eigen kracht') && r.includes('Fatima regelt de administratie')), `anna's change is shown: ${rows.join(' | ')}`);
    assert.ok(rows.some((r) => r.startsWith('Netwerk') && r.includes('Zus van Fatima')), `bram's change is shown: ${rows.join(' | ')}`);
    assert.match((await conflict.textContent()) ?? '', /Anna de Wit heeft dit gesprek intussen ook bewerkt/);
    await bram.checkPage('kitchen-table talk with two versions');
    await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await conflict.waitFor({ state: 'detached' });
    await saveStatus(page).filter({ hasText: /^Opgeslagen om/ }).waitFor();

    // The rest of Jan's domains are fine: one button gives every unscored domain a 4.
    await jan.getByRole('button', { name: 'Overige leefgebieden: 4 — Voldoende zelfredzaam' }).click();
    bram.inputs++;
    await page.getByTestId('intake-notice').filter({ hasText: '4 leefgebieden van Jan de Vries op 4 gezet.' }).waitFor();
    await bram.check(jan.getByRole('group', { name: 'Trede op de participatieladder van Jan de Vries' }).getByRole('radio', { name: /^Trede 2 —/ }));
    await bram.select(jan.getByLabel('Bron van inkomen'), 'Uitkering');
    await bram.fill(jan.getByLabel('Welke uitkering?'), 'Bijstand (Participatiewet)');
    await bram.check(jan.getByRole('checkbox', { name: 'Zoekt werk' }));
    // A benefit is a low income: the three follow-up questions appear.
    const followUp = jan.getByRole('group', { name: 'Bij een laag inkomen' });
    await followUp.waitFor();
    await bram.check(followUp.getByRole('group', { name: 'Zijn er schulden?' }).getByRole('radio', { name: 'Ja' }));
    await bram.check(followUp.getByRole('group', { name: 'Is er een chronische ziekte?' }).getByRole('radio', { name: 'Nee' }));
    await bram.check(followUp.getByRole('group', { name: 'Hebben de kinderen iets extra nodig?' }).getByRole('radio', { name: 'Weet (nog) niet' }));
    assert.equal(await jan.getByTestId('intake-progress').textContent(), '13 van de 13 leefgebieden ingevuld.');

    // Fatima: only the domains that stand out, then "Afronden": a list of what is missing, with links.
    const fatimaScores = domains.map((_, i) => (i < 10 ? (i % 3) + 3 : 4));
    const standingOut = domains.filter((_, i) => fatimaScores[i] !== 4);
    const unscored = domains.filter((_, i) => fatimaScores[i] === 4).map((d) => d.name.nl);
    await score(bram, 'Fatima de Vries', standingOut, (i) => fatimaScores[domains.indexOf(standingOut[i]!)]!);
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    const incomplete = page.getByTestId('intake-incomplete');
    await incomplete.getByText('Het gesprek is nog niet compleet.').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'intake-incomplete');
    const missing = (await incomplete.getByRole('listitem').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    assert.equal(missing.length, 2, missing.join(' | '));
    assert.ok(missing[0]!.startsWith(`Fatima de Vries: leefgebieden: Nog geen score voor: ${unscored.join(', ')}`), missing[0]);
    assert.match(missing[1]!, /^Fatima de Vries: bron van inkomen/);
    await bram.checkPage('kitchen-table talk with what is missing');
    await incomplete.getByRole('link', { name: 'Fatima de Vries: leefgebieden' }).click();
    const fatima = member(page, 'Fatima de Vries');
    assert.equal(await domainGroup(fatima, unscored[0]!).getByRole('radio', { name: /^1 —/ }).evaluate((el) => el === document.activeElement), true, 'the link focuses the first missing domain');

    // With the keyboard: the rest of Fatima's domains get a 4, the scored ones stay.
    const remaining = fatima.getByRole('button', { name: 'Overige leefgebieden: 4 — Voldoende zelfredzaam' });
    await remaining.press('Enter');
    bram.inputs++;
    await page.getByTestId('intake-notice').filter({ hasText: `${unscored.length} leefgebieden van Fatima de Vries op 4 gezet.` }).waitFor();
    for (const [i, domain] of domains.entries()) {
      assert.ok(await domainGroup(fatima, domain.name.nl).getByRole('radio', { name: new RegExp(`^${fatimaScores[i]} —`) }).isChecked(), `${domain.name.nl}: ${fatimaScores[i]}`);
    }
    assert.equal(await fatima.getByTestId('intake-progress').textContent(), '13 van de 13 leefgebieden ingevuld.');
    assert.equal(await remaining.getAttribute('aria-disabled'), 'true', 'nothing left to set');

    await bram.check(fatima.getByRole('group', { name: 'Trede op de participatieladder van Fatima de Vries' }).getByRole('radio', { name: /^Trede 5 —/ }));
    await bram.select(fatima.getByLabel('Bron van inkomen'), 'Loon uit werk');
    assert.equal(await fatima.getByRole('group', { name: 'Bij een laag inkomen' }).count(), 0, 'wages: no follow-up questions');
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Het keukentafelgesprek is afgerond.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Keukentafelgesprek van ${nlDate(firstDate)}` }).waitFor();
    const janFinal = ((await page.getByRole('region', { name: 'Jan de Vries' }).textContent()) ?? '').replace(/\s+/g, ' ');
    for (const expected of ['Financiën', '2 — Niet zelfredzaam', 'Trede 2', 'Uitkering (Bijstand (Participatiewet))', 'Zijn er schulden?']) {
      assert.ok(janFinal.includes(expected), `the finished talk shows "${expected}"`);
    }
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samenspel.intake.')).length), 0, 'nothing of the talk stays in the browser');
    finalised = true;
    await bram.checkPage('finished kitchen-table talk');
  });

  it('bram drafts the plan with 3 goals and 5 actions, records Jan’s agreement and prints it', async () => {
    assert.ok(bram && finalised, 'needs the finished talk');
    const { page } = bram;
    const inputsBefore = bram.inputs;
    await bram.navigate(() => page.getByRole('link', { name: 'Naar het plan van aanpak' }).click(), /^\/huishoudens\/[0-9a-f-]{36}\/plan$/);
    await page.getByRole('heading', { level: 1, name: 'Plan van aanpak — Huishouden de Vries' }).waitFor();
    await page.getByText('Dit huishouden heeft nog geen plan.').waitFor();
    await bram.checkPage('plan: none yet');
    await page.getByRole('button', { name: 'Plan opstellen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw plan' }).waitFor();
    await bram.fill(page.getByLabel('Huidige situatie'), 'Jan heeft sinds een half jaar een bijstandsuitkering. Er is een huurachterstand van drie maanden. Fatima werkt 20 uur per week.');

    // Jan scored Financiën and Geestelijke gezondheid 2 in the talk: those goals are proposed, one step up.
    const goals: [string, string, string][] = [
      ['De huurachterstand is afgelost en er komen geen nieuwe schulden bij.', 'Financiën', '3 — Beperkt zelfredzaam'],
      ['Jan slaapt weer goed en voelt minder stress.', 'Geestelijke gezondheid', '3 — Beperkt zelfredzaam'],
      ['Jan heeft betaald werk, eerst met begeleiding.', 'Werk & opleiding', '3 — Beperkt zelfredzaam'],
    ];
    const selected = (field: Locator) => field.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
    const focused = (field: Locator) => field.evaluate((el) => el === document.activeElement);
    await page.getByRole('button', { name: 'Doelen voorstellen uit het keukentafelgesprek' }).click();
    await page.getByTestId('plan-proposal-status').filter({ hasText: 'Voorgestelde doelen: 2.' }).waitFor();
    const goalCards = page.getByTestId('plan-goal');
    assert.equal(await goalCards.count(), 2);
    assert.ok(await focused(goalCards.first().getByLabel('Omschrijving van het doel')), 'the first proposed goal is ready for its description');
    const basis = `Voorstel uit het keukentafelgesprek van ${nlDate(firstDate)}: Jan de Vries scoorde hier 2 (Niet zelfredzaam).`;
    assert.ok(((await goalCards.first().textContent()) ?? '').includes(basis), 'the goal says where it comes from');
    for (const [index, [description, domain, target]] of goals.slice(0, 2).entries()) {
      const goal = goalCards.nth(index);
      assert.equal(await goal.getByLabel('Omschrijving van het doel').inputValue(), '', 'the description is the professional’s');
      assert.equal(await selected(goal.getByLabel('Leefgebied')), domain);
      assert.equal(await selected(goal.getByLabel('Doelscore')), target);
      await bram.fill(goal.getByLabel('Omschrijving van het doel'), description);
    }
    await page.getByRole('button', { name: 'Doelen voorstellen uit het keukentafelgesprek' }).click();
    await page.getByTestId('plan-proposal-status').filter({ hasText: 'Alle leefgebieden met score 1 of 2 hebben al een doel.' }).waitFor();
    assert.equal(await goalCards.count(), 2, 'a domain with a goal is not proposed again');
    const [workGoal, workDomain, workTarget] = goals[2]!;
    await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
    await bram.fill(goalCards.last().getByLabel('Omschrijving van het doel'), workGoal);
    await bram.select(goalCards.last().getByLabel('Leefgebied'), new RegExp(`^${workDomain}`));
    await bram.select(goalCards.last().getByLabel('Doelscore'), workTarget);

    // Actions are added from within their goal; the due date defaults to the first evaluation (three months).
    const due1 = isoMonthsFromToday(1);
    const actions: { description: string; goal: number; due?: string; owner?: string }[] = [
      { description: 'Betalingsregeling afspreken met de woningcorporatie.', goal: 1, due: due1 },
      { description: 'Aanmelden bij de schuldhulpverlening van de gemeente.', goal: 1, due: due1 },
      { description: 'Afspraak bij de huisarts over slaapproblemen.', goal: 2, due: due1, owner: 'Jan de Vries (inwoner)' },
      { description: 'Gesprek met de werkcoach over een leer-werkplek.', goal: 3 },
      { description: 'Elke week twee vacatures bekijken en één sollicitatie versturen.', goal: 3, owner: 'Jan de Vries (inwoner)' },
    ];
    for (const a of actions) {
      const goal = goalCards.nth(a.goal - 1);
      await goal.getByRole('button', { name: `Actie toevoegen bij doel ${a.goal}` }).click();
      const action = goal.getByTestId('plan-action').last();
      assert.ok(await focused(action.getByLabel('Wat wordt er gedaan?')), 'the new action is ready for its description');
      await bram.fill(action.getByLabel('Wat wordt er gedaan?'), a.description);
      assert.match(await selected(action.getByLabel('Hoort bij doel')), new RegExp(`^Doel ${a.goal}:`), 'the goal is chosen');
      const owner = action.getByLabel('Wie voert het uit?');
      if (a.owner) await bram.select(owner, a.owner);
      else assert.equal(await selected(owner), 'Bram Yilmaz (professional)', 'the professional is the default owner');
      if (a.due) await bram.fill(action.getByLabel('Uiterlijk op'), a.due);
      else assert.equal(await action.getByLabel('Uiterlijk op').inputValue(), isoMonthsFromToday(3), 'the due date defaults to three months after the start');
    }
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await bram.fill(page.getByLabel('Voorziening', { exact: true }), 'Schuldhulpverlening');
    await bram.fill(page.getByLabel('Aanbieder'), 'Kredietbank');
    await page.getByRole('button', { name: 'Verplichting toevoegen' }).click();
    await bram.fill(page.getByLabel('Omschrijving van de verplichting'), 'Jan schrijft zich in bij het Werkplein en solliciteert actief.');
    await page.getByRole('button', { name: 'Evaluatiedatum toevoegen' }).click();
    assert.equal(await page.getByLabel('Evaluatie 1').inputValue(), isoMonthsFromToday(3), 'the first evaluation defaults to three months after the start');
    assert.equal(await page.getByTestId('plan-goal').count(), 3);
    assert.equal(await page.getByTestId('plan-action').count(), 5);
    await bram.checkPage('plan being drawn up');

    await page.getByRole('button', { name: 'Plan vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het plan is vastgelegd als concept (versie 1).' }).waitFor();
    await page.getByTestId('plan-version').filter({ hasText: 'Versie 1 (concept)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Plan bewerken (concept)' }).waitFor();
    assert.equal(await page.getByTestId('plan-action').count(), 5, 'the saved plan is back in the editor');
    await bram.checkPage('plan saved as a draft');

    // Jan agrees, signing on paper.
    await page.getByRole('button', { name: 'Instemming vastleggen: Jan de Vries' }).click();
    await page.getByRole('heading', { level: 3, name: 'Instemming van Jan de Vries' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Op papier ondertekend' }).isChecked(), 'signed on paper is the default');
    await bram.checkPage('recording agreement');
    await page.getByRole('button', { name: 'Instemming opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De instemming van Jan de Vries is vastgelegd.' }).waitFor();
    await page.getByTestId('plan-version').filter({ hasText: 'Versie 1 (afgesproken)' }).waitFor();
    const agreements = ((await page.getByTestId('plan-agreements').textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(agreements, /Jan de Vries\s*Ingestemd op \d{2}-\d{2}-\d{4}, op papier ondertekend\./);
    assert.equal(await page.getByRole('heading', { name: 'Plan bewerken (concept)' }).count(), 0, 'an agreed version is not edited');
    await bram.checkPage('plan agreed');

    // Print: the button prints, and the print stylesheet gives a clean document.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1, 'Afdrukken opens the print dialog');
    const printDoc = page.getByTestId('plan-print');
    assert.equal(await printDoc.isVisible(), false, 'the print-out is not shown on screen');
    await page.emulateMedia({ media: 'print' });
    try {
      const printShot = join(process.env.SAMENSPEL_SCREENSHOTS ?? tmpdir(), 'intake-plan-print.png');
      await page.screenshot({ path: printShot, fullPage: true });
      console.log(`print view: ${printShot}`);
      assert.equal(await mainNav(page).isVisible(), false, 'no navigation on paper');
      assert.equal(await page.locator('header').first().isVisible(), false, 'no page header on paper');
      assert.equal(await page.getByRole('button').filter({ visible: true }).count(), 0, 'no buttons on paper');
      assert.ok(await printDoc.isVisible(), 'the print-out is shown');
      const text = ((await printDoc.textContent()) ?? '').replace(/\s+/g, ' ');
      for (const expected of [
        'Plan van aanpak',
        'Huishouden de Vries',
        'Versie 1 (afgesproken)',
        'huurachterstand van drie maanden',
        ...goals.map(([d], i) => `Doel ${i + 1}: ${d}`),
        ...actions.map((a) => a.description),
        'Wie: Jan de Vries (inwoner)',
        `uiterlijk ${nlDate(due1)}`,
        'Schuldhulpverlening (Kredietbank)',
        'Verplichting (Participatiewet): Jan schrijft zich in bij het Werkplein',
        nlDate(isoMonthsFromToday(3)),
        'Jan de Vries heeft op',
        'op papier ondertekend',
        'Fatima de Vries',
        'Handtekening',
      ]) {
        assert.ok(text.toLowerCase().includes(expected.toLowerCase()), `the print-out shows "${expected}"`);
      }
      assert.ok(!text.includes('Noah de Vries'), 'children get no line to sign');
      const fontSize = await printDoc.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(fontSize >= 14, `readable font size on paper (${fontSize}px)`);
      await expectAccessible(page, 'plan print view (bram)');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }

    // After agreement, changes go into a new version.
    await page.getByRole('button', { name: 'Nieuwe versie' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie 2 is gemaakt als concept.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Plan bewerken (concept)' }).waitFor();
    assert.equal(await page.getByTestId('plan-action').count(), 5, 'the new version starts from the agreed one');
    const history = (await page.getByTestId('plan-history').locator('tbody tr').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    assert.match(history[0]!, /Versie 2 \(getoond\).*concept/);
    assert.match(history[1]!, /Versie 1.*afgesproken.*Jan de Vries/);
    planDone = true;
    console.log(`plan: ${bram.inputs - inputsBefore} inputs`);
    await bram.checkPage('plan: new version');
  });

  it('three months later, a second talk for Jan: his person page shows the movement', async () => {
    assert.ok(bram && finalised && planDone, 'needs the first talk and the plan');
    const { page } = bram;
    await bram.navigate(() => page.getByRole('link', { name: 'Terug naar het dossier' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    const intakes = page.getByTestId('dossier-intakes');
    await intakes.waitFor();
    assert.match(((await intakes.locator('tbody tr').first().textContent()) ?? '').replace(/\s+/g, ' '), /Zelfredzaamheid-Matrix \(13 domeinen\).*Afgerond op/);
    await bram.navigate(() => page.getByRole('button', { name: 'Keukentafelgesprek starten' }).click(), /^\/intakes\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Keukentafelgesprek' }).waitFor();
    assert.equal(await page.getByLabel('Datum van het gesprek').inputValue(), secondDate, 'the date defaults to today');
    assert.equal(await page.getByLabel('Vraag achter de vraag').inputValue(), '', 'the free texts start empty');
    // Who took part last time takes part again, prefilled with the first talk.
    const participants = page.getByRole('group', { name: 'Wie doen mee aan dit gesprek?' });
    assert.ok(await participants.getByRole('checkbox', { name: /^Jan de Vries/ }).isChecked());
    assert.ok(!(await participants.getByRole('checkbox', { name: /^Noah de Vries/ }).isChecked()), 'a child is still not in the talk');
    const jan = member(page, 'Jan de Vries');
    assert.equal(await jan.getByTestId('intake-carried-forward').textContent(), `Vooraf ingevuld met het gesprek van ${nlDate(firstDate)}. Pas aan wat veranderd is.`);
    assert.equal(await jan.getByTestId('intake-progress').textContent(), '13 van de 13 leefgebieden ingevuld.');
    assert.match((await domainGroup(jan, 'Financiën').textContent()) ?? '', new RegExp(`Vorige keer \\(${nlDate(firstDate)}\\): 2 — Niet zelfredzaam`));
    assert.ok(await domainGroup(jan, domains[12]!.name.nl).getByRole('radio', { name: /^4 —/ }).isChecked(), 'the scores of the first talk are there');
    assert.equal(await jan.getByLabel('Bron van inkomen').inputValue(), 'benefit', 'and the income');
    assert.ok(await jan.getByRole('group', { name: 'Zijn er schulden?' }).getByRole('radio', { name: 'Ja' }).isChecked(), 'and the follow-up answers');
    await bram.checkPage('second kitchen-table talk, prefilled');
    // Only Jan this time.
    await participants.getByRole('checkbox', { name: /^Fatima de Vries/ }).uncheck();
    bram.inputs++;
    await member(page, 'Fatima de Vries').waitFor({ state: 'detached' });
    // Only what moved changes. The scale works with the keyboard: arrow keys move through the options of a domain's group.
    await domainGroup(jan, 'Financiën').getByRole('radio', { name: /^2 —/ }).focus();
    await page.keyboard.press('ArrowRight');
    bram.inputs++;
    assert.ok(await domainGroup(jan, 'Financiën').getByRole('radio', { name: /^3 —/ }).isChecked(), 'arrow keys choose a score');
    const janLadder = jan.getByRole('group', { name: 'Trede op de participatieladder van Jan de Vries' });
    assert.ok(await janLadder.getByRole('radio', { name: /^Trede 2 —/ }).isChecked(), 'the ladder step of the first talk');
    await bram.check(janLadder.getByRole('radio', { name: /^Trede 4 —/ }));
    await page.getByRole('button', { name: 'Gesprek afronden' }).click();
    await page.getByText('Het keukentafelgesprek is afgerond.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Keukentafelgesprek van ${nlDate(secondDate)}` }).waitFor();

    await bram.navigate(() => page.getByRole('link', { name: 'Scores van Jan de Vries over tijd' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    const scores = page.getByTestId('person-scores');
    await scores.waitFor();
    const chart = scores.getByTestId('scores-chart');
    await chart.locator('svg').first().waitFor();
    assert.match((await chart.getAttribute('aria-label')) ?? '', new RegExp(`scores van Jan de Vries per leefgebied.*${nlDate(firstDate)}, ${nlDate(secondDate)}`));
    const table = scores.getByTestId('scores-table');
    const headers = (await table.locator('thead th').allTextContents()).map((s) => s.trim());
    assert.deepEqual(headers, ['Leefgebied', nlDate(firstDate), nlDate(secondDate), 'Verschil']);
    const financesRow = ((await table.locator('tbody tr').first().textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(financesRow, /Financiën\s*2\s*3\s*\+1/);
    const ladder = (await scores.getByTestId('ladder-table').locator('tbody tr').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    assert.deepEqual(ladder.length, 2);
    assert.match(ladder[0]!, /Trede 2 — Sociale contacten buiten de deur/);
    assert.match(ladder[1]!, /Trede 4 — Onbetaald werk/);
    await bram.checkPage('person page with scores over time');
  });
});
