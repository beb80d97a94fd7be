import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { exportedTables } from '../../src/privacy/subject-rights-export-access.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { fillHousehold, rowsLeft, tablesHoldingPersonData } from '../support/subject-data.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * Tables that refer to a person or household but are left out of the export, each because it
 * holds nothing about the resident beyond ids.
 */
const notExported: Record<string, string> = {
  // A staff member's in-app notice: a kind and a link to the case file (migration 0003), no text about the resident.
  notification: 'staff notice without personal data',
};

type Export = { format: string; person: { id: string; displayName: string }; tables: Record<string, Array<Record<string, unknown>>>; names: { staff: Record<string, string> }; accessLog: Array<{ action: string; user: string | null }> };

for (const engine of testEngines()) {
  describe(`the resident's rights: export, rectification, restriction, erasure (${engine})`, () => {
    let t: TestApp;
    let officer: ReturnType<typeof api>, professional: ReturnType<typeof api>;
    let m: string, team: string, worker: { id: string };
    let family: { id: string; persons: Array<{ id: string; bsn: string; familyName: string }> };
    let filled: NonNullable<Awaited<ReturnType<typeof fillHousehold>>>;
    const base = (id: string) => `/api/privacy/rights/persons/${id}`;

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      m = await f.municipality();
      team = await f.team(m);
      worker = await f.user({ teams: [[team, 'coordinator']] });
      const privacy = await f.user({ systemRoles: ['privacy_officer'] });
      officer = api(t, await sessionFor(t, privacy.id));
      professional = api(t, await sessionFor(t, worker.id));
      family = await f.household(m, { members: [{ familyName: 'Inzage', givenNames: 'Ilse' }, { familyName: 'Inzage', givenNames: 'Ander', role: 'partner' }] });
      filled = (await fillHousehold(t, { householdId: family.id, subject: family.persons[0]!.id, other: family.persons[1]!.id, teamId: team, userId: worker.id }))!;
    });
    after(() => t.close());

    it('finds the person by BSN (in the body) and shows what can be rectified', async () => {
      const found = await officer.post('/api/privacy/rights/lookup', { bsn: family.persons[0]!.bsn });
      assert.equal(found.statusCode, 200, found.body);
      assert.deepEqual(found.json(), { id: family.persons[0]!.id, displayName: 'Ilse Inzage' });
      assert.equal((await officer.post('/api/privacy/rights/lookup', { bsn: '111222333' })).statusCode, 404);
      const person = await officer.get(base(family.persons[0]!.id));
      assert.equal(person.statusCode, 200, person.body);
      const body = person.json() as { bsn: string; restricted: boolean; erasure: { allowed: boolean; blockers: Array<{ kind: string }> } };
      assert.equal(body.bsn, family.persons[0]!.bsn);
      assert.equal(body.restricted, false);
      assert.deepEqual(body.erasure.blockers.map((b) => b.kind), ['open_case'], 'the open case blocks erasure');
    });

    it('exports the person\'s data from every table that holds person data (schema walk)', async () => {
      const holding = await tablesHoldingPersonData(t);
      const uncovered = holding.filter((table) => !exportedTables.includes(table) && !(table in notExported));
      assert.deepEqual(uncovered, [], 'every table that refers to person or household is in the export or explained in notExported');
      assert.deepEqual(exportedTables.filter((table) => !holding.includes(table)), [], 'the export reads only tables the walk finds');

      const restricted = await officer.post(`${base(family.persons[0]!.id)}/restriction`, { ground: 'accuracy_contested', reason: 'De inwoner betwist de geboortedatum' });
      assert.equal(restricted.statusCode, 200, restricted.body);
      const rectified = await officer.post(`${base(family.persons[0]!.id)}/rectification`, { givenNames: 'Ilse Maria', requestNote: 'Brief van 1 maart' });
      assert.equal(rectified.statusCode, 200, rectified.body);

      const from = await lastSeq(t.database.db);
      const res = await officer.get(`${base(family.persons[0]!.id)}/export`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="samenspel-inzage-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = res.json() as Export;
      assert.equal(data.format, 'samenspel-subject-export/1');
      const empty = holding.filter((table) => !(table in notExported) && !(data.tables[table]?.length));
      assert.deepEqual(empty, [], 'the export has rows from every table holding person data');

      const person = data.tables.person![0]!;
      assert.equal(person.bsn, family.persons[0]!.bsn, 'the BSN decrypted');
      assert.ok(!('bsn_hash' in person) && !('bsn_encrypted' in person));
      const other = family.persons[1]!.id;
      assert.ok(data.tables.assessment_score!.every((s) => s.person_id === family.persons[0]!.id), 'only the person\'s own scores');
      assert.ok(data.tables.contact_detail!.every((d) => d.person_id !== other), 'not the other member\'s contact details');
      assert.deepEqual(data.tables.dossier_note!.map((n) => n.id).sort(), [filled.notes.household, filled.notes.subject].sort(), 'household notes and notes about the person, not those about the other member alone');
      const draft = data.tables.intake![0]!.draft as { questionBehindQuestion: string; member: { ladder: number }; members?: unknown };
      assert.equal(draft.questionBehindQuestion, 'Rust in het gezin');
      assert.equal(draft.member.ladder, 3);
      assert.equal(draft.members, undefined, 'other members\' answers are left out');
      assert.deepEqual(data.tables.person_rectification![0]!.previous_values, { givenNames: 'Ilse' }, 'old values decrypted');
      assert.equal(data.names.staff[worker.id], `Medewerker ${(await t.database.db.selectFrom('app_user').select('username').where('id', '=', worker.id).executeTakeFirstOrThrow()).username}`);
      assert.ok(data.accessLog.some((l) => l.action === 'person.rectify'), 'who processed the data, from the processing log');
      assert.ok(!JSON.stringify(data).includes('Notitie alleen over het andere gezinslid'));

      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id, e.data_subject_id, e.outcome]), [['person.export', 'data-subject-rights', family.persons[0]!.id, 'allowed']]);
      assert.equal((entries[0]!.attributes as { rows: Record<string, number> }).rows.intake, 1, 'the log counts rows, never content');

      const lifted = await officer.post(`${base(family.persons[0]!.id)}/restriction/lift`, { note: 'Geboortedatum klopt' });
      assert.equal(lifted.statusCode, 200, lifted.body);
    });

    it('gives the same export as a readable Dutch document', async () => {
      const res = await officer.get(`${base(family.persons[0]!.id)}/export.html`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
      const html = res.body;
      assert.match(html, /<html lang="nl">/);
      for (const text of ['Overzicht van uw gegevens in Samenspel', 'Ilse Maria Inzage', family.persons[0]!.bsn, 'Keukentafelgesprekken', 'Rust in het gezin',
        'Scores op de leefgebieden', 'Correcties van uw gegevens', 'Beperking van de verwerking', 'Juistheid betwist', 'Wie uw gegevens heeft verwerkt',
        'Het verwerkingenlogboek wordt niet gewist', 'Notitie over de betrokkene', 'Kennismaking aan de keukentafel', 'Bewoner', '1 maart 2024']) {
        assert.ok(html.includes(text), `the document contains "${text}"`);
      }
      assert.ok(!html.includes('Notitie alleen over het andere gezinslid'), 'nothing about the other member alone');
      assert.ok(!html.includes(family.persons[0]!.id), 'internal ids are left out of the readable document');
    });

    it('rectifies with history and refuses a correction that changes nothing', async () => {
      const id = family.persons[0]!.id;
      const from = await lastSeq(t.database.db);
      const res = await officer.post(`${base(id)}/rectification`, { familyName: 'Inzage-Jansen', birthDate: '1981-06-07', requestNote: 'Paspoort getoond' });
      assert.equal(res.statusCode, 200, res.body);
      const history = (res.json() as { items: Array<{ changedFields: string[]; previousValues: Record<string, string> }> }).items;
      assert.deepEqual(history.map((h) => h.previousValues), [{ familyName: 'Inzage', birthDate: '1980-05-05' }, { givenNames: 'Ilse' }]);
      const stored = await sql<{ family_name: string; birth_date: string; search_name: string; previous: string }>`
        SELECT p.family_name, p.birth_date::text, p.search_name, r.previous_values_encrypted AS previous FROM person p
        JOIN person_rectification r ON r.person_id = p.id WHERE p.id = ${id}::uuid ORDER BY r.rectified_at DESC LIMIT 1`.execute(t.database.db);
      assert.deepEqual([stored.rows[0]!.family_name, stored.rows[0]!.birth_date, stored.rows[0]!.search_name], ['Inzage-Jansen', '1981-06-07', 'inzage-jansen ilse maria']);
      assert.ok(!stored.rows[0]!.previous.includes('Inzage') && stored.rows[0]!.previous.startsWith('test.'), 'previous values stored encrypted');
      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id, (e.attributes as { changedFields?: string[] }).changedFields]), [['person.rectify', 'data-subject-rights', ['familyName', 'birthDate']]]);
      const same = await officer.post(`${base(id)}/rectification`, { familyName: 'Inzage-Jansen', requestNote: 'Nogmaals' });
      assert.equal(same.statusCode, 409);
    });

    it('stores a restriction on the person and lifts it', async () => {
      const id = family.persons[1]!.id;
      const res = await officer.post(`${base(id)}/restriction`, { ground: 'objection_pending', reason: 'Bezwaar tegen delen met Werk' });
      assert.equal(res.statusCode, 200, res.body);
      const flag = async () => (await sql<{ at: Date | null }>`SELECT processing_restricted_at AS at FROM person WHERE id = ${id}::uuid`.execute(t.database.db)).rows[0]!.at;
      assert.ok(await flag(), 'person.processing_restricted_at is set');
      assert.equal((await officer.post(`${base(id)}/restriction`, { ground: 'legal_claims', reason: 'Nog een keer' })).statusCode, 409);
      const view = (await officer.get(base(id))).json() as { restricted: boolean; erasure: { blockers: Array<{ kind: string }> } };
      assert.equal(view.restricted, true);
      assert.ok(view.erasure.blockers.some((b) => b.kind === 'restricted'));
      const lifted = await officer.post(`${base(id)}/restriction/lift`, { note: 'Bezwaar afgehandeld' });
      assert.equal(lifted.statusCode, 200, lifted.body);
      const items = (lifted.json() as { items: Array<{ ground: string; liftedAt: string | null; liftNote: string | null }> }).items;
      assert.deepEqual(items.map((r) => [r.ground, r.liftedAt !== null, r.liftNote]), [['objection_pending', true, 'Bezwaar afgehandeld']]);
      assert.equal(await flag(), null);
      assert.equal((await officer.post(`${base(id)}/restriction/lift`, {})).statusCode, 409);
    });

    it('refuses erasure while the household has an open case, with the reason in Dutch', async () => {
      const from = await lastSeq(t.database.db);
      const res = await officer.post(`${base(family.persons[0]!.id)}/erasure`, { confirm: true });
      assert.equal(res.statusCode, 409, res.body);
      const body = res.json() as { error: string; message: string; blockers: Array<{ kind: string }> };
      assert.equal(body.error, 'erasure_refused');
      assert.match(body.message, /^Wissen kan nu niet\. Huishouden .* heeft een open aanmelding of casus bij Team .*; wissen kan na het afsluiten\.$/);
      assert.equal((await rowsLeft(t, family.id, [family.persons[0]!.id])).person, 1, 'nothing erased');
      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => [e.name, e.outcome, (e.attributes as { refusedFor: string[] }).refusedFor]), [['person.erase', 'denied', ['open_case']]], 'the refusal is on record');
    });

    it('refuses erasure while a legal duty to keep runs', async () => {
      const f = fixtures(t);
      const h = await f.household(m, { members: [{ familyName: 'Bewaarplicht' }] });
      await fillHousehold(t, { householdId: h.id, subject: h.persons[0]!.id, teamId: team, userId: worker.id, closedAt: new Date(Date.now() - 30 * 86400_000), activityId: 'work-income' });
      const res = await officer.post(`${base(h.persons[0]!.id)}/erasure`, { confirm: true });
      assert.equal(res.statusCode, 409, res.body);
      assert.match((res.json() as { message: string }).message, /Voor "Werk en inkomen" geldt een wettelijke bewaarplicht \(Participatiewet art\. 7, 10\) tot \d{2}-\d{2}-\d{4}\./);
    });

    it('erases the only member of a closed household: every row gone, a log entry with counts, the log itself kept', async () => {
      const f = fixtures(t);
      const h = await f.household(m, { members: [{ familyName: 'Wissen' }] });
      const id = h.persons[0]!.id;
      await fillHousehold(t, { householdId: h.id, subject: id, teamId: team, userId: worker.id, closedAt: new Date(Date.now() - 86400_000) });
      assert.equal((await officer.post(`${base(id)}/rectification`, { givenNames: 'Wim', requestNote: 'Verzoek' })).statusCode, 200);
      const logged = async () => Number((await t.database.db.selectFrom('processing_log').select((eb) => eb.fn.countAll().as('n')).where('data_subject_id', '=', id).executeTakeFirstOrThrow()).n);
      const before = await logged();
      assert.equal((await officer.post(`${base(id)}/erasure`, {})).statusCode, 400, 'erasure needs the confirmation');
      const from = await lastSeq(t.database.db);
      const res = await officer.post(`${base(id)}/erasure`, { confirm: true });
      assert.equal(res.statusCode, 200, res.body);
      const counts = (res.json() as { counts: Record<string, number> }).counts;
      assert.deepEqual(await rowsLeft(t, h.id, [id]), {}, 'nothing left of the household or the person');
      assert.deepEqual(counts, {
        assessment_score: 1, case_assignment: 1, case_file: 1, consent: 1, contact: 1, contact_detail: 2, dossier_note: 2, dossier_note_person: 1,
        emergency_access: 1, household: 1, household_member: 1, intake: 1, intake_member_income: 1, network_member: 1, notification: 1, person: 1,
        person_rectification: 1, plan: 1, plan_agreement: 1, plan_version: 1, sharing_restriction: 1,
        trajectory: 1, trajectory_exit_interview: 1, trajectory_follow_up: 1, trajectory_instrument: 1, trajectory_outcome: 1, trajectory_status_change: 2,
        work_assessment: 1, work_routing_decision: 1, work_routing_proposal: 1,
      });
      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => [e.name, e.processing_activity_id, e.data_subject_id]), [['person.erase', 'data-subject-rights', id]]);
      assert.deepEqual((entries[0]!.attributes as { destroyed: Record<string, number> }).destroyed, counts, 'the log says what was destroyed, in counts');
      assert.ok(!JSON.stringify(entries[0]!.attributes).includes('Wissen'), 'and no content');
      assert.equal(await logged(), before + 1, 'the processing log is kept (accountability), with the erasure added');
      assert.equal((await officer.get(base(id))).statusCode, 404);
      const notes = sql`DELETE FROM dossier_note WHERE household_id = ${family.id}::uuid`;
      await assert.rejects(notes.execute(t.database.db), /never changed or removed/, 'outside erasure and retention notes still cannot be deleted');
    });

    it('erases one member of a household that stays: only their part goes', async () => {
      const f = fixtures(t);
      const h = await f.household(m, { members: [{ familyName: 'Deel', givenNames: 'Weg' }, { familyName: 'Deel', givenNames: 'Blijft' }] });
      const [gone, stays] = [h.persons[0]!.id, h.persons[1]!.id];
      const data = (await fillHousehold(t, { householdId: h.id, subject: gone, other: stays, teamId: team, userId: worker.id, closedAt: new Date(Date.now() - 86400_000) }))!;
      const res = await officer.post(`${base(gone)}/erasure`, { confirm: true });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual((res.json() as { kept: { households: number } }).kept, { households: 1 });
      assert.deepEqual(await rowsLeft(t, '00000000-0000-0000-0000-000000000000', [gone]), {}, 'nothing of the erased person');
      const left = await rowsLeft(t, h.id, [stays]);
      assert.equal(left.household, 1);
      assert.equal(left.assessment_score, 1, 'the other member\'s score stays');
      const notes = (await t.database.db.selectFrom('dossier_note').select('id').where('household_id', '=', h.id).execute()).map((n) => n.id).sort();
      assert.deepEqual(notes, [data.notes.household, data.notes.other].sort(), 'the note about the erased person alone is gone');
      const intake = await t.database.db.selectFrom('intake').select('draft').where('id', '=', data.intakeId).executeTakeFirstOrThrow();
      assert.deepEqual(Object.keys((intake.draft as { members: object }).members), [stays], 'their answers are out of the intake');
      const plan = await t.database.db.selectFrom('plan_version').select('content').where('id', '=', data.versionId).executeTakeFirstOrThrow();
      assert.ok(!JSON.stringify(plan.content).includes(gone) && JSON.stringify(plan.content).includes('Gewist (AVG art. 17)'), 'their name as owner of an action is replaced');
    });

    it('is for the privacy officer only', async () => {
      const id = family.persons[0]!.id;
      for (const [method, url, body] of [
        ['post', '/api/privacy/rights/lookup', { bsn: family.persons[0]!.bsn }], ['get', base(id)], ['get', `${base(id)}/export`], ['get', `${base(id)}/export.html`],
        ['post', `${base(id)}/rectification`, { givenNames: 'X', requestNote: 'x' }], ['post', `${base(id)}/restriction`, { ground: 'legal_claims', reason: 'x' }],
        ['post', `${base(id)}/restriction/lift`, {}], ['post', `${base(id)}/erasure`, { confirm: true }],
      ] as Array<['get' | 'post', string, unknown?]>) {
        const res = method === 'get' ? await professional.get(url) : await professional.post(url, body);
        assert.equal(res.statusCode, 403, `${method} ${url}`);
      }
    });
  });
}
