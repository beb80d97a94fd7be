import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`contact details and informal network (${engine})`, () => {
    let t: TestApp;
    let P: ReturnType<typeof api>, O: ReturnType<typeof api>;
    let household: { id: string; persons: Array<{ id: string }> };
    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const professional = await f.user({ teams: [[team, 'member']] });
      const colleague = await f.user({ teams: [[team, 'member']] });
      household = await f.household(m, { openTeams: [team], members: [{ familyName: 'Netwerk' }] });
      await t.database.db.updateTable('case_file').set({ professional_id: professional.id, coordinator_id: professional.id, assigned_at: new Date() }).where('household_id', '=', household.id).execute();
      P = api(t, await sessionFor(t, professional.id));
      O = api(t, await sessionFor(t, colleague.id));
    });
    after(() => t.close());

    it('keeps who is around the household and what they can do, logged, for the assigned professional', async () => {
      const from = await lastSeq(t.database.db);
      const ria = await P.post(`/api/households/${household.id}/network`, { name: 'Ria (buurvrouw)', relation: 'neighbour', canHelpWith: 'Boodschappen en oppassen op woensdag', contact: '06-12345678' });
      assert.equal(ria.statusCode, 201, ria.body);
      assert.equal((await P.post(`/api/households/${household.id}/network`, { kind: 'organisation', name: 'Voedselbank', relation: 'professional_organisation', canHelpWith: 'Wekelijks pakket' })).statusCode, 201);
      assert.equal((await P.post(`/api/households/${household.id}/contact-details`, { personId: household.persons[0]!.id, kind: 'phone', value: '06 11 22 33 44' })).statusCode, 201);
      const badMail = await P.post(`/api/households/${household.id}/contact-details`, { kind: 'email', value: 'geen-adres' });
      assert.equal(badMail.statusCode, 400);
      assert.equal(badMail.json().issues[0].path, 'body.value');
      assert.equal((await P.post(`/api/households/${household.id}/network`, { name: 'X', relation: 'stranger' })).statusCode, 400);
      const view = (await P.get(`/api/households/${household.id}/network`)).json();
      assert.deepEqual(view.network.map((n: { name: string }) => n.name), ['Ria (buurvrouw)', 'Voedselbank']);
      assert.ok(view.network.every((n: { category: string }) => n.category === 'social'), 'every entry carries a data category');
      assert.equal(view.contactDetails[0].value, '06 11 22 33 44');
      assert.equal((await P.delete(`/api/households/${household.id}/network/${ria.json().id}`)).statusCode, 204);
      assert.deepEqual((await P.get(`/api/households/${household.id}/network`)).json().network.map((n: { name: string }) => n.name), ['Voedselbank']);
      const names = (await logEntriesSince(t.database.db, from)).map((e) => e.name);
      for (const n of ['network.create', 'contact_detail.create', 'network.get', 'network_member.remove']) assert.ok(names.includes(n), n);
    });

    it('changes an entry in full, logged, and refuses bad changes without saving them', async () => {
      const base = `/api/households/${household.id}`;
      const buddy = (await P.post(`${base}/network`, { name: 'Kees', relation: 'friend', canHelpWith: 'Vervoer', contact: '06-87654321' })).json() as { id: string };
      const mail = (await P.post(`${base}/contact-details`, { kind: 'email', value: 'oud@example.nl', note: 'werk' })).json() as { id: string };
      const from = await lastSeq(t.database.db);
      const changed = await P.put(`${base}/network/${buddy.id}`, { name: 'Kees de Boer', relation: 'volunteer', canHelpWith: 'Vervoer naar het ziekenhuis', category: 'health_work_capability' });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal((await P.put(`${base}/contact-details/${mail.id}`, { kind: 'email', value: 'nieuw@example.nl' })).statusCode, 200);
      const view = (await P.get(`${base}/network`)).json();
      assert.deepEqual(view.network.find((n: { id: string }) => n.id === buddy.id), {
        id: buddy.id, kind: 'person', name: 'Kees de Boer', relation: 'volunteer', canHelpWith: 'Vervoer naar het ziekenhuis', contact: null, category: 'health_work_capability',
      }, 'every field replaced; the contact left out is emptied');
      assert.deepEqual(view.contactDetails.find((d: { id: string }) => d.id === mail.id), { id: mail.id, personId: null, kind: 'email', value: 'nieuw@example.nl', note: null, category: 'social' });
      const names = (await logEntriesSince(t.database.db, from)).filter((e) => e.outcome === 'allowed').map((e) => `${e.name} ${e.data_subject_id}`);
      assert.ok(names.includes(`network.update ${household.persons[0]!.id}`) && names.includes(`contact_detail.update ${household.persons[0]!.id}`), names.join());

      const bad = await P.put(`${base}/contact-details/${mail.id}`, { kind: 'phone', value: 'nieuw@example.nl' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(bad.json().issues.map((i: { path: string }) => i.path), ['body.value']);
      const badNetwork = await P.put(`${base}/network/${buddy.id}`, { name: ' ', relation: 'stranger' });
      assert.deepEqual(badNetwork.json().issues.map((i: { path: string }) => i.path), ['body.name', 'body.relation']);
      const stranger = await P.put(`${base}/contact-details/${mail.id}`, { kind: 'email', value: 'x@example.nl', personId: crypto.randomUUID() });
      assert.deepEqual([stranger.statusCode, stranger.json().issues[0].path], [400, 'body.personId']);
      const after = (await P.get(`${base}/network`)).json();
      assert.deepEqual(after, view, 'nothing changed by the refused changes');

      assert.equal((await P.delete(`${base}/network/${buddy.id}`)).statusCode, 204);
      assert.equal((await P.put(`${base}/network/${buddy.id}`, { name: 'Kees', relation: 'friend' })).statusCode, 404, 'a removed entry is not changed');
      assert.equal((await P.put(`${base}/network/${crypto.randomUUID()}`, { name: 'Kees', relation: 'friend' })).statusCode, 404);
    });

    it('is not for the rest of the team', async () => {
      assert.equal((await O.get(`/api/households/${household.id}/network`)).statusCode, 403);
      assert.equal((await O.post(`/api/households/${household.id}/network`, { name: 'Y', relation: 'friend' })).statusCode, 403);
      const entry = (await P.get(`/api/households/${household.id}/network`)).json().network[0] as { id: string };
      assert.equal((await O.put(`/api/households/${household.id}/network/${entry.id}`, { name: 'Y', relation: 'friend' })).statusCode, 403);
      assert.equal((await O.delete(`/api/households/${household.id}/network/${entry.id}`)).statusCode, 403);
      const abilities = (await O.get(`/api/households/${household.id}/dossier`)).json().abilities;
      assert.deepEqual([abilities.contents, abilities.editNetwork], [false, false]);
      assert.equal((await P.get(`/api/households/${household.id}/dossier`)).json().abilities.editNetwork, true);
    });
  });
}
