/**
 * Browser test of trajectories against the real server (child process, fresh PGlite data dir with
 * the demo municipality): bram (professional of Huishouden Jansen) makes the household's plan (through
 * the API), starts a trajectory for Petra from it with an instrument from the catalogue, pauses it
 * for a hospital stay, resumes it, and closes it with the exit interview and paid work with wage-cost
 * subsidy; aftercare contacts are scheduled. Every state is checked with axe-core.
 *
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Run:
 *   node --test test/browser/trajectories.test.ts
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoInBrowser, type DemoBrowser } from '../support/browser.ts';
import { Journey, journeySummary } from '../support/journey.ts';

const rowTexts = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()).join(' | ')));

const isoIn = (days: number) => {
  const d = new Date(Date.now() + days * 86400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('UI in Chromium: a trajectory from the plan, paused, resumed and closed', () => {
  let demo: DemoBrowser;
  let context: BrowserContext | undefined;
  let bram: Journey;
  let dossierUrl = '';
  let trajectoryUrl = '';

  before(async () => {
    demo = await startDemoInBrowser();
    const signedIn = await demo.signIn('bram', 'Bram Yilmaz');
    context = signedIn.context;
    bram = new Journey('bram', signedIn.page);
  });

  after(async () => {
    await context?.close();
    await demo?.close();
    if (bram) console.log(journeySummary([bram]));
  });

  it('bram starts a trajectory for Petra from the household’s plan', async () => {
    const { page } = bram;
    await bram.navigate(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Personen' }).click(), /^\/personen$/);
    await bram.fill(page.getByLabel('Naam, BSN of geboortedatum'), 'Petra Jansen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await bram.navigate(() => page.getByRole('link', { name: 'Petra Jansen' }).click(), /^\/personen\/[0-9a-f-]{36}$/);
    await bram.navigate(() => page.getByRole('link', { name: 'Huishouden Jansen' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    dossierUrl = page.url();
    const householdId = new URL(dossierUrl).pathname.split('/').at(-1)!;
    await page.getByRole('heading', { level: 2, name: 'Trajecten' }).waitFor();
    await page.getByText('Er zijn nog geen trajecten voor dit huishouden.').waitFor();

    // The demo households have no plan yet: make one with a work goal, as the plan page would.
    const status = await page.evaluate(async ({ householdId, goalId }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/households/${householdId}/plan`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ content: { startDate: new Date().toISOString().slice(0, 10), goals: [{ id: goalId, description: 'Petra werkt weer, 24 uur per week', domain: 'work_education', targetScore: 4, category: 'work_participation' }] } }),
      });
      return res.status;
    }, { householdId, goalId: randomUUID() });
    assert.equal(status, 201);
    await bram.reload();
    await bram.checkPage('dossier without trajectories');

    await page.getByRole('button', { name: 'Traject starten' }).click();
    const form = page.locator('section[aria-labelledby="trajectory-start-title"]');
    await page.waitForFunction(() => document.activeElement?.id === 'trajectory-start-title');
    await form.getByLabel('Voor wie').waitFor();
    await bram.select(form.getByLabel('Voor wie'), 'Petra Jansen');
    await form.getByRole('button', { name: 'Traject starten' }).click();
    await form.getByRole('alert').filter({ hasText: 'Kies de trede die het traject wil bereiken.' }).waitFor();
    await bram.checkPage('start form with errors');

    await bram.select(form.getByLabel('Doel uit het plan'), 'Petra werkt weer, 24 uur per week');
    await bram.select(form.getByLabel('Trede bij de start'), /^Trede 2:/);
    await bram.select(form.getByLabel('Doeltrede'), /^Trede 5:/);
    await bram.select(form.getByLabel('Uit de catalogus'), /^Participatiecoach \(/);
    await bram.checkPage('start form filled in');
    await bram.navigate(() => form.getByRole('button', { name: 'Traject starten' }).click(), /^\/trajecten\/[0-9a-f-]{36}$/);
    trajectoryUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Traject van Petra Jansen' }).waitFor();
    await page.getByText('Het traject is gestart.').waitFor();
    assert.equal((await page.getByTestId('trajectory-status').textContent())?.trim(), 'Actief');
    assert.equal((await rowTexts(page, 'trajectory-ladder')).length, 3);
    assert.deepEqual(await rowTexts(page, 'trajectory-instruments'), [`Participatiecoach | Gemeente Samenhoven, team Participatie | Sinds ${new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date())}`], 'the instrument from the catalogue');
    await bram.checkPage('active trajectory');
  });

  it('pauses it for a hospital stay and resumes it with the step now', async () => {
    const { page } = bram;
    await page.getByRole('button', { name: 'Pauzeren' }).click();
    const pause = page.locator('section[aria-labelledby="trajectory-status-title"]');
    await page.waitForFunction(() => document.activeElement?.id === 'trajectory-status-title');
    await pause.getByRole('button', { name: 'Pauzeren' }).click();
    await pause.getByRole('alert').filter({ hasText: 'Vul de reden van pauzeren in.' }).waitFor();
    await bram.checkPage('pause form with errors');
    await bram.fill(pause.getByLabel('Reden van pauzeren'), 'Opname in het ziekenhuis');
    await bram.fill(pause.getByLabel('Verwachte datum van hervatten'), isoIn(21));
    await pause.getByRole('button', { name: 'Pauzeren' }).click();
    await page.getByText('Het traject is gepauzeerd.').waitFor();
    assert.match((await page.getByTestId('trajectory-status').textContent()) ?? '', /^Gepauzeerd, hervatten verwacht op/);
    assert.match((await page.getByTestId('trajectory-history').textContent()) ?? '', /Reden: Opname in het ziekenhuis/);
    await bram.checkPage('paused trajectory');

    await page.getByRole('button', { name: 'Hervatten' }).click();
    const resume = page.locator('section[aria-labelledby="trajectory-status-title"]');
    await bram.select(resume.getByLabel('Trede op de participatieladder nu'), /^Trede 3:/);
    await resume.getByRole('button', { name: 'Hervatten' }).click();
    await page.getByText('Het traject is hervat.').waitFor();
    assert.equal((await page.getByTestId('trajectory-status').textContent())?.trim(), 'Actief');
    const ladder = await rowTexts(page, 'trajectory-ladder');
    assert.match(ladder[1]!, /^Nu \| Trede 3:/);
    await bram.checkPage('resumed trajectory');
  });

  it('closes it with the exit interview and paid work with wage-cost subsidy; aftercare is planned', async () => {
    const { page } = bram;
    await page.getByRole('button', { name: 'Afsluiten' }).click();
    const close = page.locator('section[aria-labelledby="trajectory-status-title"]');
    await page.waitForFunction(() => document.activeElement?.id === 'trajectory-status-title');
    await close.getByRole('button', { name: 'Afsluiten' }).click();
    await close.getByRole('alert').filter({ hasText: 'Kies een reden van afsluiten.' }).waitFor();
    await bram.checkPage('close form with errors');

    await bram.check(close.getByRole('radio', { name: 'doel bereikt' }));
    await bram.select(close.getByLabel('Trede op de participatieladder nu'), /^Trede 5:/);
    await bram.fill(close.getByLabel('Wat hielp', { exact: true }), 'De coach ging mee naar het eerste gesprek.');
    await bram.fill(close.getByLabel('In de woorden van de inwoner'), 'Ik sta weer ergens voor.');
    await bram.select(close.getByLabel('Tevredenheid'), '4 – Tevreden');
    await bram.check(close.getByRole('radio', { name: 'Betaald werk' }));
    await bram.fill(close.getByLabel('Uren per week'), '24');
    await bram.check(close.getByLabel('Met loonkostensubsidie'));
    await bram.fill(close.getByLabel('Percentage loonkostensubsidie'), '30');
    await bram.check(close.getByLabel('Ingeschreven in het doelgroepenregister (banenafspraak)'));
    await bram.checkPage('close form filled in');
    await close.getByRole('button', { name: 'Afsluiten' }).click();
    await page.getByText('Het traject is afgesloten.').waitFor();

    assert.match((await page.getByTestId('trajectory-status').textContent()) ?? '', /^Afgesloten op .+: doel bereikt$/);
    assert.match((await page.getByTestId('trajectory-exit').textContent()) ?? '', /Ik sta weer ergens voor\./);
    const outcome = (await page.getByTestId('trajectory-outcome').textContent()) ?? '';
    assert.match(outcome, /Betaald werk/);
    assert.match(outcome, /Ja, 30%/);
    const followUps = await rowTexts(page, 'trajectory-follow-ups');
    assert.deepEqual(followUps.map((r) => r.split(' | ')[0]), ['Nazorg', 'Kort contact (waakvlam)', 'Kort contact (waakvlam)']);
    assert.equal(await page.getByRole('button', { name: 'Pauzeren' }).count(), 0, 'a closed trajectory has no status actions');
    await bram.checkPage('closed trajectory');

    await bram.navigate(() => page.getByRole('link', { name: 'Terug naar het dossier' }).click(), /^\/huishoudens\/[0-9a-f-]{36}$/);
    await page.getByTestId('dossier-trajectories').getByText(/Afgesloten op/).waitFor();
    const rows = await rowTexts(page, 'dossier-trajectories');
    assert.equal(rows.length, 1);
    assert.match(rows[0]!, /^Traject van Petra Jansen \| Afgesloten op .+: doel bereikt \|/);
    await bram.checkPage('dossier with a closed trajectory');
    assert.ok(trajectoryUrl.includes('/trajecten/'));
  });
});
