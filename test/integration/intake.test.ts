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
    let professional: { id: string };
    let household: { id: string; persons: Array<{ id: string }> };
    let domains: string[];
    let m: string, team: string;
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      m = await f.municipality();
      team = await f.team(m);
      professional = await f.user({ teams: [[team, 'member']] });
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
        conductedOn: '2999-08-20',
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
      assert.ok(paths.includes('draft.conductedOn'), 'a talk dated in the future is refused');
      const complete = { ...draft, conductedOn: '2026-08-20', members: { ...draft.members, [ans!.id]: { ...draft.members[ans!.id]!, followUp: { debts: 'yes', chronicIllness: 'no', childrenNeeds: 'unknown' } }, [bas!.id]: { scores: fullScores(2), income: { source: 'wages' } } } };
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

    it('starts the next talk from the previous finalised one: scores, ladder, income and follow-up of members still in the household', async () => {
      const f = fixtures(t);
      const home = await f.household(m, { openTeams: [team], members: [{ givenNames: 'Cor' }, { givenNames: 'Dina' }, { givenNames: 'Eva' }] });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, assigned_at: new Date() }).where('household_id', '=', home.id).execute();
      const [cor, dina, eva] = home.persons.map((p) => p.id) as [string, string, string];
      const finalised = async (conductedOn: string, members: Record<string, unknown>, texts: Record<string, string> = {}) => {
        const intake = (await P.post(`/api/households/${home.id}/intakes`, { instrumentId: 'zrm-13' })).json() as { id: string; revision: number };
        const saved = await P.put(`/api/intakes/${intake.id}/draft`, { revision: intake.revision, draft: { conductedOn, ...texts, members } });
        assert.equal(saved.statusCode, 200, saved.body);
        const done = await P.post(`/api/intakes/${intake.id}/finalise`, { revision: saved.json().revision });
        assert.equal(done.statusCode, 200, done.body);
        return intake.id;
      };
      const wages = (base: number, ladder: number) => ({ scores: fullScores(base), ladder, income: { source: 'wages' } });
      const corInAugust = {
        scores: fullScores(0), ladder: 2, notes: { finances: 'Huurachterstand van drie maanden' },
        income: { source: 'benefit', benefit: 'Participatiewet', seeksWork: true, lowIncome: true },
        followUp: { debts: 'yes', chronicIllness: 'no', childrenNeeds: 'unknown' },
      };
      const august = await finalised('2026-08-23', { [cor]: corInAugust, [dina]: wages(2, 5), [eva]: wages(3, 4) },
        { questionBehindQuestion: 'Rust in het hoofd', ownStrength: 'Dina regelt veel', network: 'Zus in de straat' });
      // An older talk, recorded afterwards, is not the previous one.
      await finalised('2026-05-01', { [cor]: wages(4, 1), [dina]: wages(4, 1) });
      await t.database.db.updateTable('household_member').set({ valid_until: '2021-01-01' }).where('person_id', '=', eva).execute();

      const from = await lastSeq(t.database.db);
      const started = await P.post(`/api/households/${home.id}/intakes`, { instrumentId: 'zrm-13' });
      assert.equal(started.statusCode, 201, started.body);
      const next = started.json() as { id: string; revision: number; draft: Record<string, unknown> & { members: Record<string, unknown> }; previous: { conductedOn: string; members: Record<string, { scores: Record<string, number>; ladder?: number }> } };
      assert.deepEqual(next.draft.carriedForwardFrom, { intakeId: august, conductedOn: '2026-08-23' });
      assert.deepEqual(Object.keys(next.draft.members).sort(), [cor, dina].sort(), 'Eva left the household: nothing of her is carried');
      const { notes: _notes, ...carried } = corInAugust;
      assert.deepEqual(next.draft.members[cor], carried, 'scores, ladder, income and follow-up; no notes');
      assert.deepEqual(next.draft.members[dina], wages(2, 5));
      for (const text of ['conductedOn', 'questionBehindQuestion', 'ownStrength', 'network']) assert.equal(next.draft[text], undefined, `${text} is not carried`);
      assert.equal(next.previous.conductedOn, '2026-08-23');
      assert.deepEqual(next.previous.members[dina], { scores: fullScores(2), ladder: 5 }, 'the previous scores to show next to the new ones');
      const created = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'intake.create');
      assert.deepEqual(created.map((e) => e.data_subject_id).sort(), [cor, dina].sort());
      for (const e of created) assert.equal(e.attributes.carriedForwardFrom, august, 'the log says earlier scores were read');

      // The client cannot move or invent the origin; a save without it keeps it.
      const other = await f.household(m, { openTeams: [team] });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, assigned_at: new Date() }).where('household_id', '=', other.id).execute();
      const foreign = (await P.post(`/api/households/${other.id}/intakes`, {})).json() as { id: string; draft: { carriedForwardFrom?: unknown }; previous: unknown };
      assert.equal(foreign.draft.carriedForwardFrom, undefined, 'a household without a finalised talk starts empty');
      assert.equal(foreign.previous, null);
      const invented = { intakeId: august, conductedOn: '2026-08-23' };
      assert.equal((await P.put(`/api/intakes/${foreign.id}/draft`, { revision: 1, draft: { members: {}, carriedForwardFrom: invented } })).statusCode, 200);
      const foreignAfter = (await P.get(`/api/intakes/${foreign.id}`)).json();
      assert.equal(foreignAfter.draft.carriedForwardFrom, undefined, 'an origin sent by the client is ignored');
      assert.equal(foreignAfter.previous, null, 'nothing of the other household is shown');
      const { carriedForwardFrom: _from, ...withoutOrigin } = next.draft;
      const saved = await P.put(`/api/intakes/${next.id}/draft`, { revision: next.revision, draft: { ...withoutOrigin, conductedOn: '2026-11-23' } });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual((await P.get(`/api/intakes/${next.id}`)).json().draft.carriedForwardFrom, { intakeId: august, conductedOn: '2026-08-23' });

      // Finalising works as before: the carried values are a complete talk.
      assert.equal((await P.post(`/api/intakes/${next.id}/finalise`, { revision: saved.json().revision })).statusCode, 200);
      const history = (await P.get(`/api/persons/${dina}/scores`)).json() as { instruments: Array<{ id: string; moments: Array<{ assessedOn: string; scores: Record<string, number> }> }> };
      assert.deepEqual(history.instruments.find((i) => i.id === 'zrm-13')!.moments.map((x) => [x.assessedOn, x.scores.finances]),
        [['2026-05-01', fullScores(4).finances], ['2026-08-23', fullScores(2).finances], ['2026-11-23', fullScores(2).finances]]);

      // Another instrument: only the ladder, income and follow-up come along.
      const zrm11 = (await P.post(`/api/households/${home.id}/intakes`, { instrumentId: 'zrm-11' })).json() as typeof next;
      assert.equal((zrm11.draft.carriedForwardFrom as { conductedOn: string }).conductedOn, '2026-11-23', 'the newest finalised talk');
      assert.deepEqual(zrm11.draft.members[cor], { ...carried, scores: {} });
      assert.deepEqual(zrm11.draft.members[dina], { scores: {}, ladder: 5, income: { source: 'wages' } });
      assert.deepEqual(zrm11.previous.members[dina], { scores: {}, ladder: 5 });
    });
  });
}
