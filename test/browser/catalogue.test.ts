/**
 * Browser test of the instrument catalogue (menukaart) and the finder, against the real server
 * (child process, fresh PGlite data dir with the demo municipality and its catalogue):
 *  - bram (professional of Huishouden de Vries) opens "Welke instrumenten passen?" for Jan de Vries,
 *    gives 12 hours a week, and sees fitting instruments and not-fitting ones with their reasons;
 *  - the administrator opens the catalogue, sees its instruments, also the ended one, and an
 *    instrument form that refuses bad criteria with the reason at the field.
 * Every page state is checked with axe-core.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/catalogue.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoJourneys } from '../support/journey.ts';

describe('UI in Chromium: the instrument catalogue and the finder', () => {
  const run = demoJourneys();
  const { journeys } = run;
  const signIn = run.signIn.bind(run);




  it('bram finds which instruments fit Jan de Vries, and why the others do not', async () => {
    const bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    await bram.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
    await bram.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Jan de Vries');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await bram.navigate(() => page.getByRole('link', { name: 'Jan de Vries' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    await bram.navigate(() => page.getByRole('link', { name: 'Welke instrumenten passen?' }).click(), /^\/personen\/[0-9a-f-]{36}\/instrumenten$/);
    await page.getByRole('heading', { level: 1, name: 'Welke instrumenten passen bij Jan de Vries?' }).waitFor();
    const unknown = page.getByTestId('finder-unknown');
    await unknown.getByRole('heading', { level: 3, name: 'Traject Werkbedrijf' }).waitFor();
    await unknown.getByText('Minstens 16 uur per week; aantal uren per week niet opgegeven').waitFor();
    await unknown.getByText('Minimaal trede 3 op de participatieladder; geen trede op de participatieladder bekend').first().waitFor();
    await bram.checkPage('finder without hours');

    await bram.fill(page.getByLabel('Uren per week beschikbaar'), '12');
    await page.getByRole('button', { name: 'Opnieuw zoeken' }).click();
    await page.waitForURL((url) => url.searchParams.get('uren') === '12');
    const notFitting = page.getByTestId('finder-notFitting');
    const werkbedrijf = notFitting.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Traject Werkbedrijf' }) });
    await werkbedrijf.getByText('Minstens 16 uur per week; opgegeven: 12').waitFor();
    assert.equal(await werkbedrijf.getByText('Voldoet niet', { exact: true }).count(), 1);
    const startblok = notFitting.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Jongerentraject Startblok' }) });
    assert.match(await startblok.innerText(), /Leeftijd 18 tot en met 27 jaar; leeftijd 4\d/);

    const fitting = page.getByTestId('finder-fitting');
    const taal = fitting.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Taaltraject Nederlands op de werkvloer' }) });
    assert.match(await taal.innerText(), /Voldoet\s+Leeftijd 18 tot en met 67 jaar; leeftijd 4\d/);
    await taal.getByText('Aanbieder, kosten en aanvragen').click();
    await taal.getByText('€ 1.200 per traject').waitFor();
    assert.match(await fitting.getByRole('heading', { level: 2 }).innerText(), /^Passend \(\d+\)$/);
    await bram.checkPage('finder with 12 hours');
  });

  it('the administrator sees the catalogue and is told what is wrong with a criterion', async () => {
    const beheer = await signIn('beheer', 'Bea Beheer');
    const { page } = beheer;
    await beheer.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Instrumenten' }).click(), /^\/instrumenten$/);
    await page.getByRole('heading', { level: 2, name: 'Instrumenten van Samenhoven' }).waitFor();
    const list = page.getByTestId('catalogue-list');
    await list.getByRole('heading', { level: 3, name: 'Traject Werkbedrijf' }).waitFor();
    const werkbedrijf = list.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Traject Werkbedrijf' }) });
    for (const text of ['Minstens 16 uur per week', 'Minimaal trede 3 op de participatieladder', 'Hoort bij de doelgroep "Werkzoekenden met een uitkering"',
      'Werkbedrijf Samenhoven · € 4.250 per traject · 26 weken · wachtlijst 3 weken, 4 wachtenden, 60 plaatsen']) {
      await werkbedrijf.getByText(text, { exact: true }).waitFor();
    }
    await page.getByText('23 van 24 instrumenten').waitFor();
    await werkbedrijf.getByText('Aanvragen en meer over Traject Werkbedrijf').click();
    await werkbedrijf.getByText('Klantmanager Werk & Inkomen', { exact: true }).waitFor();
    await beheer.checkPage('catalogue list');

    await beheer.check(page.getByLabel('Ook instrumenten die (nog) niet beschikbaar zijn'));
    await page.getByText('24 van 24 instrumenten').waitFor();
    await list.getByRole('heading', { level: 3, name: 'Pilot Werkfit (afgelopen)' }).waitFor();

    await page.getByRole('button', { name: 'Instrument toevoegen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw instrument' }).waitFor();
    await beheer.fill(page.getByLabel('Naam', { exact: true }), 'Fietsproject');
    await beheer.fill(page.getByLabel('Sleutel', { exact: true }), 'fietsproject');
    await beheer.fill(page.getByLabel('Aanbieder', { exact: true }), 'Fietsenmakerij Samenhoven');
    await beheer.fill(page.getByLabel('Zo vraagt u het aan', { exact: true }), 'Aanmelden bij de fietsenmakerij');
    await beheer.fill(page.getByLabel('Wie besluit', { exact: true }), 'Fietsenmakerij');
    await beheer.fill(page.getByLabel('Toegangscriteria', { exact: true }), '[{"minHoursPerWeek": 100}]');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByTestId('criteria-issues').getByText('Uren per week: hoogstens 60').waitFor();
    await beheer.checkPage('instrument form with a bad criterion');

    await page.getByLabel('Toegangscriteria', { exact: true }).fill('[{"minHoursPerWeek": 8}]');
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.getByText('Fietsproject is toegevoegd.').waitFor();
    await list.getByRole('heading', { level: 3, name: 'Fietsproject' }).waitFor();
    await beheer.checkPage('catalogue after adding');
  });
});
