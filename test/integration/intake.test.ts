import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundledInstruments } from '../../src/intakes/instruments.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Client = ReturnType<typeof api>;

describe('bundled instruments', () => {
  it('ship ZRM 13 and 11 domains and the participation ladder, with an anchor per level in both languages', () => {
    const byId = new Map(bundledInstruments().map((i) => [i.id, i]));
    assert.equal(byId.get('zrm-13')?.domains.length, 13);
    assert.equal(byId.get('zrm-11')?.domains.length, 11);
    assert.deepEqual([byId.get('participatieladder')?.scale.min, byId.get('participatieladder')?.scale.max], [1, 6]);
    for (const d of byId.get('zrm-13')!.domains) {
      for (const level of ['1', '2', '3', '4', '5']) assert.ok(d.anchors[level]!.nl.length > 10 && d.anchors[level]!.en.length > 10, `${d.code} ${level}`);
    }
    const categories = new Map(byId.get('zrm-13')!.domains.map((d) => [d.code, d.category]));
    assert.equal(categories.get('mental_health'), 'health_diagnosis', 'health diagnoses stay apart');
  });
});

for (const engine of testEngines()) {
  describe(`kitchen-table intake (${engine})`, () => {
    let t: TestApp;
    let P: Client, O: Client;
    let household: { id: string; persons: Array<{ id: string }> };
    let domains: string[];
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const professional = await f.user({ teams: [[team, 'member']] });
      const colleague = await f.user({ teams: [[team, 'member']] });
      household = await f.household(m, { openTeams: [team], members: [{ familyName: 'Intake', givenNames: 'Ans' }, { familyName: 'Intake', givenNames: 'Bas' }] });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: professional.id, assigned_at: new Date(), kind: 'case' })
        .where('household_id', '=', household.id).execute();
      P = api(t, await sessionFor(t, professional.id));
      O = api(t, await sessionFor(t, colleague.id));
      domains = bundledInstruments().find((i) => i.id === 'zrm-13')!.domains.map((d) => d.code);
    });
    after(() => t.close());

    const fullScores = (base: number) => Object.fromEntries(domains.map((d, i) => [d, ((base + i) % 5) + 1]));

    it('autosaves drafts with revisions and refuses a stale one with both versions', async () => {
      const start = await P.post(`/api/households/${household.id}/intakes`, { instrumentId: 'zrm-13' });
      assert.equal(start.statusCode, 201, start.body);
      const intake = start.json() as { id: string; revision: number; instrument: { domains: unknown[] }; members: unknown[] };
      assert.equal(intake.instrument.domains.length, 13);
      assert.equal(intake.members.length, 2);
      assert.equal((start.json() as { household: { id: string } }).household.id, household.id);
      const [ans] = household.persons;
      const first = await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [ans!.id]: { scores: { finances: 2 } } } } });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().revision, 2);
      // A second tab still on revision 1:
      const stale = await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [ans!.id]: { scores: { finances: 4 } } } } });
      assert.equal(stale.statusCode, 409);
      const body = stale.json();
      assert.equal(body.current.revision, 2);
      assert.equal(body.current.draft.members[ans!.id].scores.finances, 2, 'the stored version is shown');
      assert.equal(body.yours.draft.members[ans!.id].scores.finances, 4, 'and yours');
      const reloaded = (await P.get(`/api/intakes/${intake.id}`)).json();
      assert.equal(reloaded.draft.members[ans!.id].scores.finances, 2, 'nothing silently overwritten');
    });

    it('refuses a score outside the scale or an unknown domain, and saves nothing of it', async () => {
      const intake = (await P.post(`/api/households/${household.id}/intakes`, {})).json() as { id: string };
      const [ans] = household.persons;
      const bad = await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [ans!.id]: { scores: { finances: 7, housing: 3 } } } } });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().issues[0].path, `body.draft.members.${ans!.id}.scores.finances`);
      assert.match(bad.json().issues[0].message, /tussen 1 en 5/);
      assert.equal((await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [ans!.id]: { scores: { astrology: 3 } } } } })).statusCode, 400);
      assert.equal((await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [crypto.randomUUID()]: { scores: {} } } } })).statusCode, 400);
      assert.equal((await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft: { members: { [ans!.id]: { ladder: 9 } } } })).statusCode, 400);
      assert.equal((await P.get(`/api/intakes/${intake.id}`)).json().revision, 1);
    });

    it('finalises only a complete intake, asks the low-income questions, and keeps scores per person per moment', async () => {
      const [ans, bas] = household.persons;
      const intake = (await P.post(`/api/households/${household.id}/intakes`, { instrumentId: 'zrm-13' })).json() as { id: string };
      const draft = {
        conductedOn: '2026-08-20',
        members: {
          [ans!.id]: { scores: fullScores(0), ladder: 2, income: { source: 'benefit', benefit: 'Participatiewet', seeksWork: true } },
          [bas!.id]: { scores: { finances: 3 }, income: { source: 'wages' } },
        },
      };
      await P.put(`/api/intakes/${intake.id}/draft`, { revision: 1, draft });
      const incomplete = await P.post(`/api/intakes/${intake.id}/finalise`, { revision: 2 });
      assert.equal(incomplete.statusCode, 422);
      const paths = (incomplete.json().issues as Array<{ path: string }>).map((i) => i.path);
      assert.ok(paths.includes(`draft.members.${bas!.id}.scores`), 'missing domains named');
      assert.ok(paths.includes(`draft.members.${ans!.id}.followUp`), 'benefit income prompts the follow-up questions');
      const complete = { ...draft, members: { ...draft.members, [ans!.id]: { ...draft.members[ans!.id]!, followUp: { debts: 'yes', chronicIllness: 'no', childrenNeeds: 'unknown' } }, [bas!.id]: { scores: fullScores(2), income: { source: 'wages' } } } };
      await P.put(`/api/intakes/${intake.id}/draft`, { revision: 2, draft: complete });
      const from = await lastSeq(t.database.db);
      const done = await P.post(`/api/intakes/${intake.id}/finalise`, { revision: 3 });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().status, 'final');
      assert.equal((await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'intake.finalise').length, 2);
      assert.equal((await P.put(`/api/intakes/${intake.id}/draft`, { revision: 4, draft: complete })).statusCode, 409, 'a final intake does not change');

      // Three months later, a second intake: the history shows the movement per domain.
      const later = (await P.post(`/api/households/${household.id}/intakes`, { instrumentId: 'zrm-13' })).json() as { id: string };
      await P.put(`/api/intakes/${later.id}/draft`, { revision: 1, draft: { conductedOn: '2026-11-20', members: { [ans!.id]: { scores: fullScores(1), ladder: 3, income: { source: 'wages' } } } } });
      assert.equal((await P.post(`/api/intakes/${later.id}/finalise`, { revision: 2 })).statusCode, 200);
      const history = (await P.get(`/api/persons/${ans!.id}/scores`)).json() as { instruments: Array<{ id: string; moments: Array<{ assessedOn: string; scores: Record<string, number> }> }> };
      const zrm = history.instruments.find((i) => i.id === 'zrm-13')!;
      assert.deepEqual(zrm.moments.map((m) => m.assessedOn), ['2026-08-20', '2026-11-20']);
      assert.equal(zrm.moments[0]!.scores.finances, fullScores(0).finances);
      assert.equal(zrm.moments[1]!.scores.finances, fullScores(1).finances);
      assert.deepEqual(history.instruments.find((i) => i.id === 'participatieladder')!.moments.map((m) => m.scores.participation), [2, 3]);
      assert.equal((history.instruments as Array<{ id: string; kind?: string }>).find((i) => i.id === 'participatieladder')!.kind, 'ladder');
      const income = await t.database.db.selectFrom('intake_member_income').selectAll().where('intake_id', '=', intake.id).orderBy('person_id').execute();
      assert.equal(income.find((r) => r.person_id === ans!.id)!.low_income, true);
    });

    it('is for the professional and coordinator only', async () => {
      assert.equal((await O.post(`/api/households/${household.id}/intakes`, {})).statusCode, 403);
      assert.equal((await O.get(`/api/households/${household.id}/intakes`)).statusCode, 403);
      assert.equal((await O.get(`/api/persons/${household.persons[0]!.id}/scores`)).statusCode, 403);
      const list = (await P.get(`/api/households/${household.id}/intakes`)).json() as { items: Array<{ id: string }> };
      assert.ok(list.items.length >= 3);
      assert.ok((list.items as Array<{ conductedOn?: string | null }>).some((i) => i.conductedOn === '2026-11-20'), 'the list says when each talk was');
      assert.equal((await O.get(`/api/intakes/${list.items[0]!.id}`)).statusCode, 403);
      const outsider = api(t, await sessionFor(t, (await fixtures(t).user()).id));
      assert.equal((await outsider.get(`/api/intakes/${list.items[0]!.id}`)).statusCode, 404);
    });
  });
}
