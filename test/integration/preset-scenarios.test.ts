/**
 * Scenarios on the presets (issue 5), through the API as the professionals would work:
 * - Apeldoorn: self-registration refused with the configured explanation, a referral accepted,
 *   the casemanager keeps coordination while the klantmanager runs the work part (and alone sees
 *   income), a work trajectory paused during a hospital stay and resumed;
 * - RSD Kromme Rijn Heuvelrug: outreach registration → plan van aanpak signed by the resident →
 *   trajectory with the participatiecoach as instrument → closed with an exit interview →
 *   aftercare follow-ups;
 * - Heemskerk: the three-month limit and the eight talks flag a case for upscaling to the
 *   noodteam; the case stays with its own team (the noodteam's advice itself is issue 6).
 * Each preset is loaded once per engine.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { today } from '../../src/configuration/configuration-store.ts';
import { withConfigurationTables } from '../../src/configuration/configuration-tables.ts';
import { loadPreset } from '../../src/presets/preset-loader.ts';
import { findPreset } from '../../src/presets/presets.ts';
import { addDays } from '../support/configuration-fixture.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;
type Issue = { path: string; message: string };

/** A loaded preset with a client per staff member and its team ids by configuration key. */
function presetWorld(engine: 'pglite' | 'postgresql', key: string) {
  const world = {} as { t: TestApp; as: (username: string) => Promise<Client>; team: (key: string) => Promise<string>; now: string; household: (name: string) => Promise<{ id: string; members: string[] }> };
  before(async () => {
    const t = await createTestApp(engine);
    await loadPreset(t.database.db, t.keys, findPreset(key)!);
    const db = t.database.db;
    world.t = t;
    world.now = await today(db);
    world.as = async (username) => api(t, await sessionFor(t, (await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id));
    world.team = async (teamKey) => (await withConfigurationTables(db).selectFrom('municipal_configuration_team').select('team_id').where('team_key', '=', teamKey).executeTakeFirstOrThrow()).team_id;
    world.household = async (name) => {
      const h = await db.selectFrom('household').select('id').where('name', '=', name).executeTakeFirstOrThrow();
      const members = await db.selectFrom('household_member').select('person_id').where('household_id', '=', h.id).execute();
      return { id: h.id, members: members.map((m) => m.person_id) };
    };
  });
  after(() => world.t?.close());
  return world;
}

const newHousehold = (familyName: string) => ({
  name: `Huishouden ${familyName}`,
  members: [{ role: 'resident', person: { givenNames: 'Mirjam', familyName, birthDate: '1985-04-12' } }],
});

for (const engine of testEngines()) {
  describe(`Apeldoorn: referral only, the casemanager keeps coordination (${engine})`, () => {
    const w = presetWorld(engine, 'apeldoorn');
    let registrationId: string;
    let householdId: string;
    let personId: string;

    it('refuses self-registration with the configured explanation, and saves nothing', async () => {
      const gijs = await w.as('gijs');
      const teamId = await w.team('noordwest');
      const households = (await w.t.database.db.selectFrom('household').select('id').execute()).length;
      for (const channel of ['walk_in', 'web_form', 'phone', 'email']) {
        const res = await gijs.post('/api/registrations', { teamId, channel, referrerType: 'self', question: 'Ik wil graag hulp.', household: newHousehold('Zelfmelder') });
        assert.equal(res.statusCode, 422, `${channel}: ${res.body}`);
        const body = res.json() as { error: string; message: string; issues: Issue[] };
        assert.equal(body.error, 'self_registration_not_allowed');
        assert.match(body.message, /^Zelf aanmelden kan hier niet\. U kunt zich niet zelf aanmelden bij het wijkteam\. .*verwijzing/);
        assert.deepEqual(body.issues.map((i) => i.path), ['body.channel']);
      }
      assert.equal((await w.t.database.db.selectFrom('household').select('id').execute()).length, households, 'nothing saved');
    });

    it('accepts a referral, also one that comes in by phone', async () => {
      const gijs = await w.as('gijs');
      const teamId = await w.team('noordwest');
      const byPhone = await gijs.post('/api/registrations', { teamId, channel: 'phone', referrerType: 'hospital', question: 'Het ziekenhuis belt na ontslag.', household: newHousehold('Belverwijzing') });
      assert.equal(byPhone.statusCode, 201, byPhone.body);
      const res = await gijs.post('/api/registrations', {
        teamId, channel: 'referral', referrerType: 'other', questionCategory: 'work_participation',
        question: 'De kredietbank verwijst: schulden op orde, nu graag aan het werk.', household: newHousehold('Verwijzing'),
      });
      assert.equal(res.statusCode, 201, res.body);
      ({ id: registrationId, householdId } = res.json() as { id: string; householdId: string });
      personId = (await w.household('Huishouden Verwijzing')).members[0]!;
    });

    it('assigns the klantmanager to the work part while the casemanager holds the coordination; only the klantmanager sees income', async () => {
      const users = new Map((await w.t.database.db.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
      const assigned = await (await w.as('gijs')).post(`/api/registrations/${registrationId}/assignment`, { professionalId: users.get('jeroen'), coordinatorId: users.get('marit') });
      assert.equal(assigned.statusCode, 200, assigned.body);
      const jeroen = await w.as('jeroen');
      const marit = await w.as('marit');
      const at = new Date().toISOString();
      assert.equal((await jeroen.post(`/api/households/${householdId}/contacts`, { occurredAt: at, place: 'werkplein', form: 'visit', participants: 'Mirjam en Jeroen', report: 'Uitkering loopt door tijdens het traject.', category: 'income_benefit' })).statusCode, 201);
      assert.equal((await marit.post(`/api/households/${householdId}/contacts`, { occurredAt: at, place: 'home', form: 'visit', participants: 'Mirjam en Marit', report: 'Thuis is het rustiger.', category: 'social' })).statusCode, 201);
      const dossier = (await marit.get(`/api/households/${householdId}/dossier`)).json() as { currentCoordinator: { displayName: string }; withheld: Array<{ category: string; reason: string; count: number }> };
      assert.equal(dossier.currentCoordinator.displayName, 'Marit Postma');
      assert.deepEqual(dossier.withheld, [{ category: 'income_benefit', reason: 'not_for_role', count: 1 }], 'the casemanager does not see the W&I part');
      const forKlantmanager = (await jeroen.get(`/api/households/${householdId}/dossier`)).json() as { withheld: Array<{ category: string }> };
      assert.deepEqual(forKlantmanager.withheld.map((x) => x.category), ['social'], 'the klantmanager does the work part only');
    });

    it('pauses the work trajectory during a hospital stay and resumes it; the coordination stays with the casemanager', async () => {
      const marit = await w.as('marit');
      const jeroen = await w.as('jeroen');
      const goalId = randomUUID();
      const plan = await marit.post(`/api/households/${householdId}/plan`, { content: {
        startDate: addDays(w.now, -40), goals: [{ id: goalId, description: 'Mirjam werkt weer, eerst een paar uur per week', domain: 'work_education', targetScore: 4, category: 'work_participation' }],
      } });
      assert.equal(plan.statusCode, 201, plan.body);
      const catalogue = (await jeroen.get(`/api/households/${householdId}/trajectories`)).json() as { catalogue: Array<{ id: string; name: string }> };
      const proefplaatsing = catalogue.catalogue.find((c) => c.name === 'Proefplaatsing')!;
      const started = await jeroen.post(`/api/households/${householdId}/trajectories`, {
        personId, planId: (plan.json() as { plan: { id: string } }).plan.id, goalId, startedOn: addDays(w.now, -30), ladderStart: 3, ladderTarget: 5,
        instruments: [{ catalogueInstrumentId: proefplaatsing.id, startedOn: addDays(w.now, -30) }],
      });
      assert.equal(started.statusCode, 201, started.body);
      let trajectory = started.json() as { id: string; revision: number; status: string; responsible: { id: string } | null; history: Array<{ status: string }>; pause: { reason: string } | null };
      const paused = await jeroen.post(`/api/trajectories/${trajectory.id}/status`, {
        revision: trajectory.revision, status: 'paused', effectiveOn: addDays(w.now, -12), pauseReason: 'Opname in het ziekenhuis', expectedResumeOn: addDays(w.now, 14),
      });
      assert.equal(paused.statusCode, 200, paused.body);
      trajectory = paused.json() as typeof trajectory;
      assert.deepEqual([trajectory.status, trajectory.pause!.reason], ['paused', 'Opname in het ziekenhuis']);
      const resumed = await jeroen.post(`/api/trajectories/${trajectory.id}/status`, { revision: trajectory.revision, status: 'active', effectiveOn: w.now, note: 'Terug uit het ziekenhuis; weer een paar uur per week' });
      assert.equal(resumed.statusCode, 200, resumed.body);
      trajectory = resumed.json() as typeof trajectory;
      assert.deepEqual(trajectory.history.map((h) => h.status), ['active', 'paused', 'active']);
      const dossier = (await marit.get(`/api/households/${householdId}/dossier`)).json() as { currentCoordinator: { displayName: string }; cases: Array<{ professional: { displayName: string }; coordinator: { displayName: string } }> };
      assert.equal(dossier.currentCoordinator.displayName, 'Marit Postma');
      assert.deepEqual(dossier.cases.map((c) => [c.professional.displayName, c.coordinator.displayName]), [['Jeroen van Dam', 'Marit Postma']]);
    });
  });

  describe(`RSD Kromme Rijn Heuvelrug: outreach to aftercare (${engine})`, () => {
    const w = presetWorld(engine, 'rsd-krh');
    let householdId: string;
    let personId: string;
    let planId: string;

    it('registers someone invited by outreach; the coordinator assigns the procesregisseur and the klantregisseur', async () => {
      const daan = await w.as('daan');
      const res = await daan.post('/api/registrations', {
        teamId: await w.team('mdt-rivierstad'), channel: 'outreach', referrerType: 'other', questionCategory: 'work_participation',
        question: 'Uitgenodigd: drie jaar bijstand zonder begeleiding. Wil graag weer werken, liefst in de zorg.', household: newHousehold('Outreach'),
      });
      assert.equal(res.statusCode, 201, res.body);
      const registration = res.json() as { id: string; householdId: string };
      householdId = registration.householdId;
      personId = (await w.household('Huishouden Outreach')).members[0]!;
      const users = new Map((await w.t.database.db.selectFrom('app_user').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
      const assigned = await (await w.as('hanneke')).post(`/api/registrations/${registration.id}/assignment`, { professionalId: users.get('priya'), coordinatorId: users.get('daan'), note: 'Procesregisseur en klantregisseur' });
      assert.equal(assigned.statusCode, 200, assigned.body);
    });

    it('makes a plan van aanpak with goals, services and obligations, signed by the resident', async () => {
      const daan = await w.as('daan');
      const goalId = randomUUID();
      const created = await daan.post(`/api/households/${householdId}/plan`, { content: {
        startDate: addDays(w.now, -60),
        situation: 'Drie jaar bijstand, geen traject. Werkervaring in de thuiszorg; wil graag terug.', situationCategory: 'work_participation',
        goals: [{ id: goalId, description: 'Betaald werk in de zorg, minstens 24 uur per week', domain: 'work_education', targetScore: 4, category: 'work_participation' }],
        services: [{ name: 'Participatiecoach', provider: 'Regionale sociale dienst (voorbeeld)', category: 'work_participation' }],
        obligations: [{ description: 'Twee sollicitaties per maand', law: 'participatiewet', category: 'work_participation' }],
      } });
      assert.equal(created.statusCode, 201, created.body);
      const plan = (created.json() as { plan: { id: string; versions: Array<{ id: string }> } }).plan;
      planId = plan.id;
      const signed = await daan.post(`/api/plan-versions/${plan.versions[0]!.id}/agreements`, { personId, agreedOn: addDays(w.now, -58), form: 'signed_on_paper' });
      assert.equal(signed.statusCode, 201, signed.body);
      const version = ((await daan.get(`/api/households/${householdId}/plan`)).json() as { plan: { versions: Array<{ status: string; agreements: Array<{ form: string; personId: string }> }> } }).plan.versions[0]!;
      assert.equal(version.status, 'agreed');
      assert.deepEqual(version.agreements.map((a) => [a.personId, a.form]), [[personId, 'signed_on_paper']]);
    });

    it('runs a trajectory with the participatiecoach as instrument, closes it with an exit interview, and schedules aftercare', async () => {
      const daan = await w.as('daan');
      const list = (await daan.get(`/api/households/${householdId}/trajectories`)).json() as { catalogue: Array<{ id: string; name: string }> };
      const coach = list.catalogue.find((c) => c.name === 'Participatiecoach')!;
      const started = await daan.post(`/api/households/${householdId}/trajectories`, {
        personId, planId, startedOn: addDays(w.now, -55), ladderStart: 2, ladderTarget: 6,
        instruments: [{ catalogueInstrumentId: coach.id, startedOn: addDays(w.now, -55) }],
      });
      assert.equal(started.statusCode, 201, started.body);
      const trajectory = started.json() as { id: string; revision: number; instruments: Array<{ name: string; catalogueInstrumentId: string }> };
      assert.deepEqual(trajectory.instruments.map((i) => [i.name, i.catalogueInstrumentId]), [['Participatiecoach', coach.id]]);
      const closedOn = addDays(w.now, -3);
      const closed = await daan.post(`/api/trajectories/${trajectory.id}/status`, {
        revision: trajectory.revision, status: 'closed', effectiveOn: closedOn, closingReason: 'goal_reached', ladderStep: 6,
        exitInterview: { heldOn: closedOn, whatHelped: 'De coach die meeging naar het sollicitatiegesprek', ownWords: 'Ik werk weer, en dat voelt goed.', satisfaction: 5 },
        outcome: { kind: 'paid_work', hoursPerWeek: 28, employerKind: 'private', wageCostSubsidy: false },
      });
      assert.equal(closed.statusCode, 200, closed.body);
      let result = closed.json() as { id: string; revision: number; status: string; exitInterview: { ownWords: string }; followUps: Array<{ id: string; kind: string; dueOn: string; doneOn: string | null }> };
      assert.equal(result.status, 'closed');
      assert.equal(result.exitInterview.ownWords, 'Ik werk weer, en dat voelt goed.');
      assert.deepEqual(result.followUps.map((f) => f.kind), ['aftercare', 'light_contact', 'light_contact']);
      const done = await daan.post(`/api/trajectories/${result.id}/follow-ups/${result.followUps[0]!.id}/done`, { revision: result.revision, doneOn: w.now, note: 'Nagebeld: het werk bevalt.' });
      assert.equal(done.statusCode, 200, done.body);
      result = done.json() as typeof result;
      assert.equal(result.followUps[0]!.doneOn, w.now);
    });
  });

  describe(`Heemskerk: the three-month limit and eight talks flag upscaling (${engine})`, () => {
    const w = presetWorld(engine, 'heemskerk');
    type Check = { upscale: boolean; thresholds: unknown; upscaleTo: { key: string; name: string; teamId: string }; cases: Array<{ monthsOpen: number; contacts: number; reasons: string[] }>; advice: { nl: string } | null };

    it('flags a case open longer than three months, and one with eight talks or more, for advice from the noodteam', async () => {
      const jesse = await w.as('jesse');
      const osei = await w.household('Huishouden Osei');
      const from = await lastSeq(w.t.database.db);
      const old = await jesse.get(`/api/households/${osei.id}/upscaling`);
      assert.equal(old.statusCode, 200, old.body);
      const check = old.json() as Check;
      assert.deepEqual(check.thresholds, { upscaleAfterMonths: 3, upscaleAfterContacts: 8 });
      assert.deepEqual([check.upscaleTo.key, check.upscaleTo.name, check.upscaleTo.teamId], ['noodteam', 'Zorg- en Noodteam', await w.team('noodteam')]);
      assert.equal(check.upscale, true);
      assert.deepEqual(check.cases.map((c) => [c.monthsOpen >= 3, c.contacts, c.reasons]), [[true, 4, ['months']]]);
      assert.match(check.advice!.nl, /Vraag advies aan Zorg- en Noodteam; de casus blijft bij het eigen team/);
      const logged = (await logEntriesSince(w.t.database.db, from)).filter((e) => e.name === 'upscaling.check');
      assert.deepEqual(logged.map((e) => e.data_subject_id).sort(), [...osei.members].sort(), 'one entry per member');

      const many = (await (await jesse.get(`/api/households/${(await w.household('Huishouden Yıldız')).id}/upscaling`)).json()) as Check;
      assert.deepEqual([many.upscale, many.cases.map((c) => [c.contacts, c.reasons])], [true, [[9, ['contacts']]]]);
      const light = (await (await w.as('hatice')).get(`/api/households/${(await w.household('Huishouden Visscher')).id}/upscaling`)).json() as Check;
      assert.deepEqual([light.upscale, light.cases.map((c) => c.reasons), light.advice], [false, [[]], null]);
    });

    it('is for the case\'s professional and coordinator: a colleague gets 403, another team 404', async () => {
      const osei = await w.household('Huishouden Osei');
      assert.equal((await (await w.as('marjolein')).get(`/api/households/${osei.id}/upscaling`)).statusCode, 200, 'the coordinator');
      assert.equal((await (await w.as('hatice')).get(`/api/households/${osei.id}/upscaling`)).statusCode, 403, 'a colleague in the team');
      assert.equal((await (await w.as('rianne')).get(`/api/households/${osei.id}/upscaling`)).statusCode, 404, 'another team');
      assert.equal((await (await w.as('beheer')).get(`/api/households/${osei.id}/upscaling`)).statusCode, 404, 'the administrator sees no residents');
    });
  });
}
