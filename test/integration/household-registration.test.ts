import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`registering a household (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    it('creates the household, its members and a registration for the team, all logged', async () => {
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const user = await f.user({ teams: [[team, 'member']] });
      const client = api(t, await sessionFor(t, user.id));
      const from = await lastSeq(t.database.db);
      const r = await client.post('/api/households', {
        teamId: team, name: 'Huishouden Aydın',
        members: [
          { role: 'resident', person: { bsn: '111222333', givenNames: 'Deniz', familyName: 'Aydın', birthDate: '1985-04-04', address: { postcode: '1234ab', houseNumber: '5A' } } },
          { role: 'child', person: { givenNames: 'Ela', familyName: 'Aydın', birthDate: '2015-09-09' } },
        ],
      });
      assert.equal(r.statusCode, 201, r.body);
      const h = r.json() as { id: string; members: Array<{ personId: string; displayName: string }>; teams: Array<{ id: string }> };
      assert.deepEqual(h.members.map((m) => m.displayName).sort(), ['Deniz Aydın', 'Ela Aydın']);
      assert.deepEqual(h.teams.map((x) => x.id), [team]);
      const person = await client.get(`/api/persons/${h.members.find((m) => m.displayName === 'Deniz Aydın')!.personId}`);
      assert.equal(person.json().address.postcode, '1234 AB');
      assert.equal(person.json().bsn, '111222333');
      const names = (await logEntriesSince(t.database.db, from)).map((e) => e.name);
      assert.deepEqual(names.filter((n) => n === 'person.create').length, 2);
    });

    it('cannot register at a team one does not belong to', async () => {
      const f = fixtures(t);
      const m = await f.municipality();
      const mine = await f.team(m);
      const other = await f.team(m);
      const user = await f.user({ teams: [[mine, 'member']] });
      const r = await api(t, await sessionFor(t, user.id)).post('/api/households', { teamId: other, name: 'X', members: [{ role: 'resident', person: { givenNames: 'A', familyName: 'B' } }] });
      assert.equal(r.statusCode, 403);
    });

    it('knowing a BSN is not enough to reach someone’s data: name and birth date must match', async () => {
      const f = fixtures(t);
      const m = await f.municipality();
      const theirs = await f.team(m);
      const mine = await f.team(m);
      const known = await f.household(m, { openTeams: [theirs], members: [{ familyName: 'Geheim', givenNames: 'Anna', birthDate: '1970-07-07' }] });
      const person = known.persons[0]!;
      const user = await f.user({ teams: [[mine, 'member']] });
      const client = api(t, await sessionFor(t, user.id));
      const from = await lastSeq(t.database.db);
      const guess = await client.post('/api/households', { teamId: mine, name: 'Verzonnen', members: [{ role: 'resident', person: { bsn: person.bsn, givenNames: 'X', familyName: 'Y', birthDate: '1990-01-01' } }] });
      assert.equal(guess.statusCode, 409);
      assert.equal(guess.json().issues[0].path, 'body.members.0.person.bsn');
      assert.equal(guess.body.includes('Geheim'), false, 'the answer tells nothing about the known person');
      assert.equal((await client.get(`/api/persons/${person.id}`)).statusCode, 404, 'still not visible');
      assert.equal((await t.database.db.selectFrom('household').select('id').where('name', '=', 'Verzonnen').execute()).length, 0, 'nothing written');
      const entries = await logEntriesSince(t.database.db, from);
      assert.ok(entries.some((e) => e.name === 'person.link' && e.outcome === 'denied' && e.data_subject_id === person.id), 'the attempt is on record');

      const right = await client.post('/api/households', { teamId: mine, name: 'Echt', members: [{ role: 'resident', person: { bsn: person.bsn, givenNames: 'Anna', familyName: 'geheim', birthDate: '1970-07-07' } }] });
      assert.equal(right.statusCode, 201, right.body);
      assert.equal((await client.get(`/api/persons/${person.id}`)).statusCode, 200, 'a real registration links the known person');
    });
  });
}
