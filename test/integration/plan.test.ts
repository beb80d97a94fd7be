import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;

function planWith(startDate = '2026-09-01') {
  const goals = [
    { id: randomUUID(), description: 'Schulden op een rij en een betalingsregeling', domain: 'finances', targetScore: 3, category: 'debt' },
    { id: randomUUID(), description: 'Twee dagdelen vrijwilligerswerk', domain: 'social_participation', targetScore: 4, category: 'work_participation' },
    { id: randomUUID(), description: 'Rust in huis voor de kinderen', domain: 'domestic_relations', category: 'social' },
  ];
  const owners = [
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
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const professional = await f.user({ teams: [[team, 'member']] });
      const coordinator = await f.user({ teams: [[team, 'coordinator']] });
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

    it('is for the professional and coordinator only', async () => {
      assert.equal((await O.get(`/api/households/${household.id}/plan`)).statusCode, 403);
      assert.equal((await O.post(`/api/households/${household.id}/plan`, { content: planWith() })).statusCode, 403);
      const outsider = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await outsider.get(`/api/households/${household.id}/plan`)).statusCode, 404);
    });
  });
}
