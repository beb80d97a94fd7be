import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

type Note = { id: string; writtenAt: string; text: string; category: string; about: Array<{ personId: string; displayName: string }>; writtenBy: { id: string; displayName: string } };
type Entry = { kind: string; id: string; at: string; text?: string; about?: string[]; by?: string };

for (const engine of testEngines()) {
  describe(`notes in the dossier (${engine})`, () => {
    let t: TestApp;
    let P: ReturnType<typeof api>, O: ReturnType<typeof api>, X: ReturnType<typeof api>;
    let professional: { id: string; username: string };
    let household: { id: string; persons: Array<{ id: string }> };
    let team: string;
    const noteCount = async () => Number((await t.database.db.selectFrom('dossier_note').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      team = await f.team(m);
      const otherTeam = await f.team(m);
      professional = await f.user({ teams: [[team, 'member']] });
      const colleague = await f.user({ teams: [[team, 'coordinator']] });
      const outsider = await f.user({ teams: [[otherTeam, 'member']] });
      household = await f.household(m, {
        openTeams: [team],
        members: [{ familyName: 'Notitie', givenNames: 'Jan' }, { familyName: 'Notitie', givenNames: 'Noah', role: 'child' }, { familyName: 'Notitie', givenNames: 'Oud', validUntil: '2021-01-01' }],
      });
      await t.database.db.updateTable('case_file').set({ kind: 'case', opened_at: new Date(Date.now() - 10 * 86400_000), professional_id: professional.id, coordinator_id: professional.id, assigned_at: new Date() }).where('household_id', '=', household.id).execute();
      P = api(t, await sessionFor(t, professional.id));
      O = api(t, await sessionFor(t, colleague.id));
      X = api(t, await sessionFor(t, outsider.id));
    });
    after(() => t.close());

    it('writes notes, lists them newest first and puts them on top of the timeline', async () => {
      const [jan, noah, former] = household.persons;
      const contact = await P.post(`/api/households/${household.id}/contacts`, {
        occurredAt: new Date(Date.now() - 86400_000).toISOString(), place: 'home', form: 'visit', participants: 'Jan', report: 'Huisbezoek', category: 'social',
      });
      assert.equal(contact.statusCode, 201, contact.body);
      const from = await lastSeq(t.database.db);
      const first = await P.post(`/api/households/${household.id}/notes`, { text: '  Het gezin wil eerst de schulden op een rij.  ', category: 'debt' });
      assert.equal(first.statusCode, 201, first.body);
      const firstNote = first.json() as Note;
      assert.equal(firstNote.text, 'Het gezin wil eerst de schulden op een rij.', 'trimmed');
      assert.deepEqual(firstNote.about, []);
      assert.equal(firstNote.writtenBy.id, professional.id);
      const second = await P.post(`/api/households/${household.id}/notes`, { text: 'Noah slaapt slecht sinds de verhuizing.', category: 'health_diagnosis', about: [noah!.id, noah!.id] });
      assert.equal(second.statusCode, 201, second.body);
      const secondNote = second.json() as Note;
      assert.deepEqual(secondNote.about, [{ personId: noah!.id, displayName: 'Noah Notitie' }], 'about the member, once');
      assert.equal((await P.post(`/api/households/${household.id}/notes`, { text: 'x'.repeat(10000), category: 'social' })).statusCode, 201, '10 000 characters is allowed');

      const created = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'note.create');
      const subjectsOf = (id: string) => created.filter((e) => e.resource_id === id).map((e) => e.data_subject_id).sort();
      assert.deepEqual(subjectsOf(firstNote.id), [jan!.id, noah!.id].sort(), 'a note about the household: every current member, not the one who left');
      assert.deepEqual(subjectsOf(secondNote.id), [noah!.id], 'a note about one member: that member only');
      assert.ok(created.every((e) => e.outcome === 'allowed' && e.user_id === professional.id && e.acting_team_id === team && ['professional', 'coordinator'].includes(e.acting_role ?? '') && e.resource_type === 'note' && e.processing_activity_id === 'social-support'));
      assert.ok(!created.some((e) => e.data_subject_id === former!.id));

      const listFrom = await lastSeq(t.database.db);
      const list = await P.get(`/api/households/${household.id}/notes`);
      assert.equal(list.statusCode, 200, list.body);
      const items = (list.json() as { items: Note[] }).items;
      assert.equal(items.length, 3);
      assert.deepEqual(items.slice(1).map((n) => n.id), [secondNote.id, firstNote.id], 'newest first');
      const listed = (await logEntriesSince(t.database.db, listFrom)).filter((e) => e.name === 'note.list');
      assert.deepEqual(listed.map((e) => e.data_subject_id).sort(), [jan!.id, noah!.id].sort(), 'reading the list is logged per data subject');

      const dossier = (await P.get(`/api/households/${household.id}/dossier`)).json() as { timeline: Entry[]; abilities: Record<string, boolean> };
      assert.deepEqual(dossier.abilities, { contents: true, addContact: true, addNote: true, editNetwork: true });
      assert.deepEqual(dossier.timeline.slice(0, 4).map((e) => [e.kind, e.id]), [
        ['note', items[0]!.id], ['note', secondNote.id], ['note', firstNote.id], ['contact', contact.json().id],
      ], 'notes on top of the timeline, newest first, then the older contact');
      const shown = dossier.timeline[1]!;
      assert.deepEqual([shown.text, shown.about, shown.by], ['Noah slaapt slecht sinds de verhuizing.', ['Noah Notitie'], `Medewerker ${professional.username}`]);
    });

    it('refuses bad input with the field paths and saves nothing', async () => {
      const count = await noteCount();
      const from = await lastSeq(t.database.db);
      const cases: Array<[unknown, string[]]> = [
        [{ category: 'social' }, ['body.text']],
        [{ text: '   ', category: 'social' }, ['body.text']],
        [{ text: 'x'.repeat(10001), category: 'social' }, ['body.text']],
        [{ text: 'Notitie' }, ['body.category']],
        [{ text: 'Notitie', category: 'gossip' }, ['body.category']],
        [{ text: 42, category: 'social', about: ['geen-id'] }, ['body.text', 'body.about.0']],
        [{ text: 'Notitie', category: 'social', about: [household.persons[0]!.id, randomUUID()] }, ['body.about.1']],
        [{ text: 'Notitie', category: 'social', about: [household.persons[2]!.id] }, ['body.about.0']],
        [{ text: 'Notitie', category: 'social', private: true }, ['body']],
      ];
      for (const [body, paths] of cases) {
        const r = await P.post(`/api/households/${household.id}/notes`, body);
        assert.equal(r.statusCode, 400, `${JSON.stringify(body).slice(0, 80)}: ${r.body.slice(0, 200)}`);
        assert.deepEqual(r.json().issues.map((i: { path: string }) => i.path), paths, JSON.stringify(body).slice(0, 80));
      }
      const dutch = (await P.post(`/api/households/${household.id}/notes`, { text: '', category: 'social' })).json();
      assert.equal(dutch.issues[0].message, 'Schrijf de notitie');
      const english = await t.app.inject({ method: 'POST', url: `/api/households/${household.id}/notes`, payload: { text: 'Notitie', category: 'gossip' }, headers: { ...(await englishHeaders()) } });
      assert.equal(english.json().issues[0].message, 'Choose a data category from the list');
      assert.equal(await noteCount(), count, 'nothing saved');
      assert.ok(!(await logEntriesSince(t.database.db, from)).some((e) => e.name === 'note.create'), 'nothing logged as written');
    });

    async function englishHeaders() {
      const session = await sessionFor(t, professional.id);
      return { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'accept-language': 'en' };
    }

    it('is not for a team member who is not assigned, and invisible to other teams', async () => {
      const count = await noteCount();
      assert.equal((await O.post(`/api/households/${household.id}/notes`, { text: 'Ook iets', category: 'social' })).statusCode, 403);
      assert.equal((await O.get(`/api/households/${household.id}/notes`)).statusCode, 403);
      const dossier = (await O.get(`/api/households/${household.id}/dossier`)).json() as { timeline: Entry[]; abilities: Record<string, boolean> };
      assert.deepEqual(dossier.abilities, { contents: false, addContact: false, addNote: false, editNetwork: false });
      assert.equal(dossier.timeline.length, 0);
      assert.equal((await X.post(`/api/households/${household.id}/notes`, { text: 'Ook iets', category: 'social' })).statusCode, 404);
      assert.equal((await X.get(`/api/households/${household.id}/notes`)).statusCode, 404);
      assert.equal((await P.get(`/api/households/${randomUUID()}/notes`)).statusCode, 404);
      assert.equal(await noteCount(), count);
    });

    it('never changes or removes a note, not even outside the application', async () => {
      const [note] = (await P.get(`/api/households/${household.id}/notes?limit=1`)).json().items as Note[];
      await assert.rejects(t.database.db.updateTable('dossier_note').set({ text: 'herschreven' }).where('id', '=', note!.id).execute());
      await assert.rejects(t.database.db.deleteFrom('dossier_note_person').execute());
      await assert.rejects(t.superuserQuery(`DELETE FROM dossier_note WHERE id = '${note!.id}'`));
      assert.equal((await P.get(`/api/households/${household.id}/notes?limit=1`)).json().items[0].text, note!.text);
    });

    it('pages the timeline without losing entries written at the same moment', async () => {
      const moment = new Date(Date.now() - 3600_000);
      const ids = Array.from({ length: 7 }, () => randomUUID());
      await t.database.db.insertInto('dossier_note').values(ids.map((id) => ({ id, household_id: household.id, text: 'Tegelijk', category: 'social' as const, written_by: professional.id, written_at: moment }))).execute();
      const seen: string[] = [];
      let before: string | null = null;
      let pages = 0;
      do {
        const r = await P.get(`/api/households/${household.id}/timeline?limit=3${before ? `&before=${encodeURIComponent(before)}` : ''}`);
        assert.equal(r.statusCode, 200, r.body);
        const page = r.json() as { timeline: Entry[]; nextBefore: string | null };
        seen.push(...page.timeline.map((e) => e.id));
        before = page.nextBefore;
      } while (before && ++pages < 20);
      const all = (await P.get(`/api/households/${household.id}/dossier?limit=100`)).json().timeline as Entry[];
      assert.equal(new Set(seen).size, seen.length, 'no entry twice');
      assert.deepEqual(seen, all.map((e) => e.id), 'every entry once, in the same order as one long page');
      for (const id of ids) assert.ok(seen.includes(id));
      assert.equal((await P.get(`/api/households/${household.id}/timeline?before=gisteren`)).statusCode, 400);
    });
  });
}
