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

    it('is not for the rest of the team', async () => {
      assert.equal((await O.get(`/api/households/${household.id}/network`)).statusCode, 403);
      assert.equal((await O.post(`/api/households/${household.id}/network`, { name: 'Y', relation: 'friend' })).statusCode, 403);
    });
  });
}
