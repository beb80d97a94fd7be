import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bundledInstruments } from '../../src/intakes/instruments.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;

function planWith(startDate = '2026-09-01') {
  const goals = [
    { id: randomUUID(), description: 'Schulden op een rij en een betalingsregeling', domain: 'finances', targetScore: 3, category: 'debt' },
    { id: randomUUID(), description: 'Twee dagdelen vrijwilligerswerk', domain: 'social_participation', targetScore: 4, category: 'work_participation' },
    { id: randomUUID(), description: 'Rust in huis voor de kinderen', domain: 'domestic_relations', category: 'social' },
  ];
  const owners: Array<Record<string, string>> = [
    { kind: 'professional', name: 'Bram Yilmaz' }, { kind: 'resident', name: 'Jan' }, { kind: 'network', name: 'Buurvrouw Ria' },
    { kind: 'partner_organisation', name: 'Schuldhulp Samenhoven' }, { kind: 'resident', name: 'Fatima' },
  ];
  return {
    startDate,
    situation: 'Het gezin heeft huurachterstand en weinig rust.',
    situationCategory: 'social',
    goals,
    actions: owners.map((owner, i) => ({ id: randomUUID(), goalId: goals[i % 3]!.id, description: `Actie ${i + 1}`, owner, dueDate: '2026-12-01', status: 'open', category: goals[i % 3]!.category })),
    services: [{ name: 'Budgetcoaching', provider: 'Schuldhulp Samenhoven', category: 'debt' }],
    obligations: [{ description: 'Inschrijven als werkzoekende', law: 'participatiewet', category: 'work_participation' }],
    evaluationDates: ['2026-10-15', '2026-12-15'],
  };
}

for (const engine of testEngines()) {
  describe(`one plan per household (${engine})`, () => {
    let t: TestApp;
    let P: Client, Q: Client, O: Client;
    let household: { id: string; persons: Array<{ id: string }> };
    let m: string, team: string;
    let professional: { id: string; username: string }, coordinator: { id: string; username: string };
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      m = await f.municipality();
      team = await f.team(m);
      professional = await f.user({ teams: [[team, 'member']] });
      coordinator = await f.user({ teams: [[team, 'coordinator']] });
      const colleague = await f.user({ teams: [[team, 'member']] });
      household = await f.household(m, { openTeams: [team], members: [{ familyName: 'Plan', givenNames: 'Jan' }, { familyName: 'Plan', givenNames: 'Fatima' }] });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: coordinator.id, assigned_at: new Date(), kind: 'case' })
        .where('household_id', '=', household.id).execute();
      P = api(t, await sessionFor(t, professional.id));
      Q = api(t, await sessionFor(t, coordinator.id));
      O = api(t, await sessionFor(t, colleague.id));
    });
    after(() => t.close());

    it('refuses an action without owner, impossible dates and obligations outside the Participatiewet — and saves nothing', async () => {
      const noOwner = planWith();
      delete (noOwner.actions[0] as { owner?: unknown }).owner;
      const r1 = await P.post(`/api/households/${household.id}/plan`, { content: noOwner });
      assert.equal(r1.statusCode, 400);
      assert.equal(r1.json().issues[0].path, 'body.content.actions.0.owner');
      const badDates = { ...planWith(), evaluationDates: ['2026-12-15', '2026-10-15'] };
      badDates.actions[1]!.dueDate = '2026-01-01';
      const r2 = await P.post(`/api/households/${household.id}/plan`, { content: badDates });
      assert.equal(r2.statusCode, 400);
      const paths = (r2.json().issues as Array<{ path: string }>).map((i) => i.path);
      assert.deepEqual(paths.sort(), ['body.content.actions.1.dueDate', 'body.content.evaluationDates.1']);
      const wmoObligation = { ...planWith(), obligations: [{ description: 'Verplicht', law: 'wmo', category: 'social' }] };
      assert.equal((await P.post(`/api/households/${household.id}/plan`, { content: wmoObligation })).statusCode, 400);
      const zrmOutOfRange = planWith();
      zrmOutOfRange.goals[0]!.targetScore = 7;
      assert.equal((await P.post(`/api/households/${household.id}/plan`, { content: zrmOutOfRange })).statusCode, 400);
      const strangers = planWith();
      strangers.actions[1]!.owner = { kind: 'resident', name: 'Iemand', personId: randomUUID() };
      strangers.actions[2]!.owner = { kind: 'network', name: 'Buurvrouw', networkMemberId: randomUUID() };
      strangers.actions[3]!.owner = { kind: 'professional', name: 'Onbekend', userId: randomUUID() };
      const r3 = await P.post(`/api/households/${household.id}/plan`, { content: strangers });
      assert.equal(r3.statusCode, 400, 'an owner must belong to this household or be a user');
      assert.deepEqual((r3.json().issues as Array<{ path: string }>).map((i) => i.path).sort(), [
        'body.content.actions.1.owner.personId', 'body.content.actions.2.owner.networkMemberId', 'body.content.actions.3.owner.userId',
      ]);
      assert.deepEqual((await P.get(`/api/households/${household.id}/plan`)).json(), { plan: null });
    });

    it('drafts with 3 goals and 5 actions; two editors at once: the second gets a conflict with both versions', async () => {
      const created = await P.post(`/api/households/${household.id}/plan`, { content: planWith() });
      assert.equal(created.statusCode, 201, created.body);
      const plan = created.json().plan;
      const v1 = plan.versions[0];
      assert.deepEqual([v1.number, v1.status, v1.revision, v1.content.goals.length, v1.content.actions.length], [1, 'draft', 1, 3, 5]);
      assert.equal((await Q.post(`/api/households/${household.id}/plan`, { content: planWith() })).statusCode, 409, 'one household, one plan');

      const mine = { ...v1.content, situation: 'Versie van de professional' };
      const theirs = { ...v1.content, situation: 'Versie van de regisseur' };
      assert.equal((await P.put(`/api/plan-versions/${v1.id}`, { revision: 1, content: mine })).statusCode, 200);
      const clash = await Q.put(`/api/plan-versions/${v1.id}`, { revision: 1, content: theirs });
      assert.equal(clash.statusCode, 409);
      assert.equal(clash.json().current.content.situation, 'Versie van de professional');
      assert.equal(clash.json().yours.content.situation, 'Versie van de regisseur');
      const now = (await P.get(`/api/households/${household.id}/plan`)).json().plan.versions[0];
      assert.equal(now.content.situation, 'Versie van de professional', 'nothing silently overwritten');
      assert.equal(now.revision, 2);
    });

    it('records agreement per version and locks it; a change makes a new version', async () => {
      const plan = (await P.get(`/api/households/${household.id}/plan`)).json().plan;
      const v1 = plan.versions[0];
      const [jan, fatima] = household.persons;
      const verbalNoWitness = await P.post(`/api/plan-versions/${v1.id}/agreements`, { personId: jan!.id, agreedOn: '2026-09-02', form: 'agreed_verbally' });
      assert.equal(verbalNoWitness.statusCode, 400);
      assert.equal(verbalNoWitness.json().issues[0].path, 'body.witnessedBy');
      const signed = await P.post(`/api/plan-versions/${v1.id}/agreements`, { personId: jan!.id, agreedOn: '2026-09-02', form: 'signed_on_paper' });
      assert.equal(signed.statusCode, 201, signed.body);
      await P.post(`/api/plan-versions/${v1.id}/agreements`, { personId: fatima!.id, agreedOn: '2026-09-02', form: 'agreed_verbally', witnessedBy: 'Bram Yilmaz' });
      const agreed = (await P.get(`/api/households/${household.id}/plan`)).json().plan.versions[0];
      assert.equal(agreed.status, 'agreed');
      assert.deepEqual(agreed.agreements.map((a: { form: string }) => a.form).sort(), ['agreed_verbally', 'signed_on_paper']);
      assert.equal((await P.put(`/api/plan-versions/${v1.id}`, { revision: agreed.revision, content: agreed.content })).statusCode, 409, 'an agreed version does not change');
      const v2 = (await P.post(`/api/plans/${plan.id}/versions`)).json().plan.versions[0];
      assert.deepEqual([v2.number, v2.status], [2, 'draft']);
      assert.equal((await P.post(`/api/plans/${plan.id}/versions`)).statusCode, 409, 'one draft at a time');
      await P.post(`/api/plan-versions/${v2.id}/agreements`, { personId: jan!.id, agreedOn: '2026-11-20', form: 'signed_digitally' });
      const versions = (await P.get(`/api/households/${household.id}/plan`)).json().plan.versions as Array<{ number: number; status: string }>;
      assert.deepEqual(versions.map((v) => [v.number, v.status]), [[2, 'agreed'], [1, 'superseded']]);
      const timeline = (await P.get(`/api/households/${household.id}/dossier`)).json().timeline as Array<{ kind: string }>;
      assert.ok(timeline.some((e) => e.kind === 'plan'));
    });

    /** A household of the same case workers: Fatima and Jan now, Oud moved out long ago. */
    async function assignedHousehold() {
      const h = await fixtures(t).household(m, {
        openTeams: [team],
        members: [{ familyName: 'Voorstel', givenNames: 'Jan' }, { familyName: 'Voorstel', givenNames: 'Fatima' }, { familyName: 'Voorstel', givenNames: 'Oud', validUntil: '2021-01-01' }],
      });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: coordinator.id, assigned_at: new Date(), kind: 'case' })
        .where('household_id', '=', h.id).execute();
      return h;
    }

    /** A finished kitchen-table talk: every domain of the instrument, the given scores, the rest `rest`. */
    async function talk(householdId: string, instrumentId: string, conductedOn: string, members: Record<string, { scores: Record<string, number>; rest: number; ladder?: number }>) {
      const domains = bundledInstruments().find((i) => i.id === instrumentId)!.domains.map((d) => d.code);
      const started = await P.post(`/api/households/${householdId}/intakes`, { instrumentId });
      assert.equal(started.statusCode, 201, started.body);
      const id = started.json().id as string;
      const draft = {
        conductedOn,
        members: Object.fromEntries(Object.entries(members).map(([personId, x]) => [personId, {
          scores: Object.fromEntries(domains.map((d) => [d, x.scores[d] ?? x.rest])), ...(x.ladder ? { ladder: x.ladder } : {}), income: { source: 'wages' },
        }])),
      };
      assert.equal((await P.put(`/api/intakes/${id}/draft`, { revision: started.json().revision, draft })).statusCode, 200);
      const done = await P.post(`/api/intakes/${id}/finalise`, { revision: started.json().revision + 1 });
      assert.equal(done.statusCode, 200, done.body);
      return id;
    }

    it('proposes goals from the latest ZRM score per member and domain (1 or 2, lowest first), never from the ladder', async () => {
      const h = await assignedHousehold();
      const [jan, fatima, oud] = h.persons;
      const url = `/api/households/${h.id}/plan/goal-suggestions`;
      assert.deepEqual((await P.get(url)).json(), { items: [] }, 'no talk, no suggestions');

      const first = await talk(h.id, 'zrm-13', '2026-05-04', {
        [jan!.id]: { scores: { finances: 2, housing: 2, mental_health: 3 }, rest: 4, ladder: 1 },
        [fatima!.id]: { scores: { finances: 1, social_network: 2 }, rest: 3, ladder: 1 },
      });
      // Someone who no longer lives there keeps old scores; they do not count for this household.
      await t.database.db.insertInto('assessment_score').values({
        id: randomUUID(), intake_id: first, person_id: oud!.id, instrument_id: 'zrm-13', instrument_version: 1, domain_code: 'housing', score: 1, category: 'social', assessed_on: '2026-05-04',
      }).execute();
      // Three months later, with ZRM 11, only Jan: housing is better, mental health and physical health worse.
      await talk(h.id, 'zrm-11', '2026-08-03', { [jan!.id]: { scores: { finances: 2, housing: 4, mental_health: 1, physical_health: 2 }, rest: 4 } });

      const from = await lastSeq(t.database.db);
      const res = await P.get(url);
      assert.equal(res.statusCode, 200, res.body);
      const items = res.json().items as Array<{ personId: string; personName: string; domain: string; domainName: { nl: string }; instrument: { id: string }; score: number; targetScore: number; category: string; assessedOn: string }>;
      const name = new Map([[jan!.id, 'Jan'], [fatima!.id, 'Fatima']]);
      assert.deepEqual(items.map((i) => [name.get(i.personId) ?? i.personId, i.domain, i.score, i.targetScore]), [
        ['Fatima', 'finances', 1, 2],
        ['Jan', 'mental_health', 1, 2],
        ['Fatima', 'social_network', 2, 3],
        ['Jan', 'finances', 2, 3],
        ['Jan', 'physical_health', 2, 3],
      ]);
      const janFinances = items.find((i) => i.personId === jan!.id && i.domain === 'finances')!;
      assert.deepEqual([janFinances.personName, janFinances.domainName.nl, janFinances.instrument.id, janFinances.category, janFinances.assessedOn],
        ['Jan Voorstel', 'Financiën', 'zrm-11', 'income_benefit', '2026-08-03'], 'the latest talk gives the score');

      const logged = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'plan.goal_suggestions');
      assert.deepEqual(logged.map((e) => e.data_subject_id).sort(), [jan!.id, fatima!.id].sort(), 'one entry per current member');
      assert.ok(logged.every((e) => e.outcome === 'allowed' && e.processing_activity_id === 'social-support'));

      assert.equal((await Q.get(url)).statusCode, 200, 'the coordinator may');
      assert.equal((await O.get(url)).statusCode, 403, 'a colleague in the team may not');
      const outsider = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await outsider.get(url)).statusCode, 404, 'outside the team it does not exist');
      assert.equal((await P.get(`/api/households/${randomUUID()}/plan/goal-suggestions`)).statusCode, 404);
      const doc = (await P.get('/api/openapi.json')).json();
      assert.ok(doc.paths['/api/households/{id}/plan/goal-suggestions'].get.responses['200'].content['application/json'].schema, 'the answer is documented');
    });

    it('offers as owners of an action the case’s professionals, the current members and the network, and keeps the chosen one', async () => {
      const h = await assignedHousehold();
      const [jan, fatima] = h.persons;
      const sister = await P.post(`/api/households/${h.id}/network`, { name: 'Zus van Fatima', relation: 'family' });
      assert.equal(sister.statusCode, 201, sister.body);
      const from = await lastSeq(t.database.db);
      const res = await P.get(`/api/households/${h.id}/plan/owners`);
      assert.equal(res.statusCode, 200, res.body);
      const owners = res.json();
      assert.deepEqual(owners.professionals, [
        { userId: professional.id, displayName: `Medewerker ${professional.username}`, role: 'professional' },
        { userId: coordinator.id, displayName: `Medewerker ${coordinator.username}`, role: 'coordinator' },
      ]);
      assert.deepEqual(owners.members.map((x: { displayName: string }) => x.displayName), ['Fatima Voorstel', 'Jan Voorstel'], 'current members only');
      assert.deepEqual(owners.network.map((x: { id: string; name: string }) => [x.id, x.name]), [[sister.json().id, 'Zus van Fatima']]);
      const logged = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'plan.owners');
      assert.deepEqual(logged.map((e) => e.data_subject_id).sort(), [jan!.id, fatima!.id].sort());
      assert.equal((await O.get(`/api/households/${h.id}/plan/owners`)).statusCode, 403);

      const content = planWith();
      content.actions[0]!.owner = { kind: 'network', name: 'Zus van Fatima', networkMemberId: sister.json().id };
      content.actions[1]!.owner = { kind: 'resident', name: 'Jan Voorstel', personId: jan!.id };
      content.actions[2]!.owner = { kind: 'professional', name: 'Bram', userId: professional.id };
      const created = await P.post(`/api/households/${h.id}/plan`, { content });
      assert.equal(created.statusCode, 201, created.body);
      const saved = created.json().plan.versions[0].content.actions.map((a: { owner: unknown }) => a.owner);
      assert.deepEqual(saved.slice(0, 3), [content.actions[0]!.owner, content.actions[1]!.owner, content.actions[2]!.owner]);
    });

    it('is for the professional and coordinator only', async () => {
      assert.equal((await O.get(`/api/households/${household.id}/plan`)).statusCode, 403);
      assert.equal((await O.post(`/api/households/${household.id}/plan`, { content: planWith() })).statusCode, 403);
      const outsider = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await outsider.get(`/api/households/${household.id}/plan`)).statusCode, 404);
    });
  });
}
