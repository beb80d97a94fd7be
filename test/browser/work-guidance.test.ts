/**
 * Browser test of "Werk en route", against the real server (child process, fresh PGlite data dir
 * with the demo municipality Samenhoven, whose organisation model has no routing model):
 *  - the administrator saves a new version of Samenhoven's model from today with Zaanstad's three
 *    routes, through the API;
 *  - bram (professional of Huishouden de Vries) opens "Werk en route" for Jan de Vries, records an
 *    assessment (first without the required parts), sees the proposal with its reasons, departs from
 *    it (first without a reason) with a reason and another route, and sees the decision and history;
 *    then makes a new proposal and confirms it.
 * Every page state is checked with axe-core.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/work-guidance.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoJourneys } from '../support/journey.ts';

const zaanstadRouting = {
  kind: 'zaanstad_three_routes',
  jobReady: { description: 'Solliciteert zelf bij de aangewezen uitzendbureaus', provider: 'Uitzendbureaus Samenhoven' },
  bridgeable: { description: 'Een werkervaringsplek van zes maanden bij het participatiebedrijf', provider: 'Werkbedrijf Samenhoven' },
  hardToBridge: { description: 'Meedoen in het wijkbedrijf, met een coach', provider: 'Wijkbedrijf De Haven', staysWithTeam: true },
};

describe('UI in Chromium: work and routing', () => {
  const run = demoJourneys();
  const signIn = run.signIn.bind(run);

  it('the administrator gives Samenhoven a routing model from today (a new configuration version)', async () => {
    const beheer = await signIn('beheer', 'Bea Beheer');
    const status = await beheer.page.evaluate(async (routing) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const municipalities = (await (await fetch('/api/municipalities')).json()) as { items: Array<{ id: string; name: string }> };
      const id = municipalities.items.find((m) => m.name === 'Samenhoven')!.id;
      const versions = (await (await fetch(`/api/municipalities/${id}/configurations`)).json()) as { today: string };
      const current = (await (await fetch(`/api/municipalities/${id}/configurations/in-force`)).json()) as { configuration: Record<string, unknown> };
      const res = await fetch(`/api/municipalities/${id}/configurations`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ validFrom: versions.today, note: 'Routering naar werk volgens drie routes', configuration: { ...current.configuration, routing } }),
      });
      return res.status;
    }, zaanstadRouting);
    assert.equal(status, 201);
  });

  it('bram records an assessment for Jan de Vries, sees the proposal with its reasons and departs from it with a reason', async () => {
    const bram = await signIn('bram', 'Bram Yilmaz');
    const { page } = bram;
    await bram.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
    await bram.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Jan de Vries');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await bram.navigate(() => page.getByRole('link', { name: 'Jan de Vries' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    await bram.navigate(() => page.getByRole('link', { name: 'Werk en route bekijken' }).click(), /^\/personen\/[0-9a-f-]{36}\/werk$/);
    await page.getByRole('heading', { level: 1, name: 'Werk en route: Jan de Vries' }).waitFor();
    await page.getByText('Er is nog geen beoordeling van de afstand tot werk.').waitFor();
    await page.getByText('Er is nog geen routeringsvoorstel.').waitFor();
    await bram.checkPage('work and routing, nothing yet');

    await page.getByRole('button', { name: 'Nieuwe beoordeling' }).click();
    const form = page.locator('section[aria-labelledby="work-assessment-form"]');
    await page.waitForFunction(() => document.activeElement?.id === 'work-assessment-form');
    await form.getByText('Er is nog geen score op de participatieladder.').waitFor();
    await form.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await form.getByRole('alert').filter({ hasText: 'Kies de afstand tot werk' }).waitFor();
    await form.getByRole('alert').filter({ hasText: 'Geef een korte motivering' }).waitFor();
    await bram.checkPage('assessment form with errors');

    await bram.check(form.getByLabel('Overbrugbare afstand tot werk', { exact: true }));
    await bram.select(form.getByLabel('Trede op de participatieladder'), /^Trede 3/);
    await bram.check(form.getByRole('radio', { name: 'Nee' }));
    await bram.fill(form.getByLabel('Motivering'), 'Jan wil weer aan het werk en kan dat met wat steun; hij heeft eerder in de haven gewerkt.');
    await form.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await page.getByText('De beoordeling is vastgelegd en er is een routeringsvoorstel gemaakt.').waitFor();

    const proposal = page.getByTestId('work-proposal');
    await proposal.getByRole('heading', { level: 3, name: 'Werkervaringsplek bij het participatiebedrijf' }).waitFor();
    await proposal.getByText('Werkbedrijf Samenhoven', { exact: true }).waitFor();
    const reasons = proposal.getByRole('list', { name: 'Redenen van het voorstel' });
    assert.match(await reasons.innerText(), /Zaanstad: het team beoordeelt de afstand tot werk[\s\S]*beoordeling: overbrugbare afstand tot werk; trede 3 op de participatieladder/);
    assert.match(await proposal.innerText(), /volgens drie routes \(Zaanstad\), het organisatiemodel vanaf/);
    await page.getByTestId('work-assessment').getByText('Trede 3', { exact: true }).waitFor();
    await bram.checkPage('assessment with its proposal');

    await proposal.getByRole('button', { name: 'Afwijken van het voorstel' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'work-decision-form');
    await proposal.getByRole('button', { name: 'Afwijking vastleggen' }).click();
    await proposal.getByRole('alert').filter({ hasText: 'Geef de reden waarom u van het voorstel afwijkt' }).waitFor();
    await bram.checkPage('override without a reason');

    await bram.fill(proposal.getByLabel('Reden van afwijken'), 'Jan heeft eerst rust nodig na de verhuizing; het wijkbedrijf met coach past nu beter.');
    await bram.select(proposal.getByLabel('Route die u kiest'), 'Wijkbedrijf met coaching');
    await proposal.getByRole('button', { name: 'Afwijking vastleggen' }).click();
    await page.getByText('De afwijking is vastgelegd, met de reden.').waitFor();
    const decision = page.getByTestId('work-decision');
    await decision.getByText(/^Afgeweken door Bram Yilmaz op /).waitFor();
    await decision.getByText('Gekozen route: Wijkbedrijf met coaching').waitFor();
    await decision.getByText('Reden: Jan heeft eerst rust nodig na de verhuizing; het wijkbedrijf met coach past nu beter.').waitFor();
    assert.equal(await proposal.getByRole('button', { name: 'Voorstel bevestigen' }).count(), 0, 'decided once');
    const history = page.getByTestId('work-proposals');
    assert.match(await history.innerText(), /Werkervaringsplek bij het participatiebedrijf\s+drie routes \(Zaanstad\)\s+Afgeweken \(Bram Yilmaz\): Jan heeft eerst rust nodig/);
    await bram.checkPage('proposal departed from');

    await bram.reload();
    await page.getByTestId('work-decision').getByText('Gekozen route: Wijkbedrijf met coaching').waitFor();

    await page.getByRole('button', { name: 'Nieuw voorstel maken' }).click();
    await page.getByText('Er is een nieuw routeringsvoorstel gemaakt.').waitFor();
    await page.getByTestId('work-proposal').getByRole('button', { name: 'Voorstel bevestigen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'work-decision-form');
    await page.getByTestId('work-proposal').getByRole('button', { name: 'Bevestigen', exact: true }).click();
    await page.getByText('Het voorstel is bevestigd.').waitFor();
    await page.getByTestId('work-decision').getByText(/^Bevestigd door Bram Yilmaz op /).waitFor();
    assert.equal(await page.getByTestId('work-proposals').getByRole('row').count(), 3, 'both proposals in the history, with the header row');
    await bram.checkPage('a new proposal confirmed');
  });
});
