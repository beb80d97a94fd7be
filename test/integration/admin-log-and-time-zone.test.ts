import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`administration on record, dates in the municipality's time zone (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    it('logs team and membership changes with the staff member as data subject', async () => {
      const f = fixtures(t);
      const m = await f.municipality();
      const admin = await f.user({ systemRoles: ['administrator'] });
      const colleague = await f.user();
      const client = api(t, await sessionFor(t, admin.id));
      const from = await lastSeq(t.database.db);
      const team = (await client.post('/api/teams', { municipalityId: m, name: 'Wijkteam Logboek', kind: 'neighbourhood' })).json() as { id: string };
      await client.patch(`/api/teams/${team.id}`, { areaPostcodes: ['1500-1509'] });
      const membership = (await client.post(`/api/teams/${team.id}/members`, { userId: colleague.id, role: 'member', validFrom: '2024-01-01' })).json() as { id: string };
      assert.equal((await client.delete(`/api/teams/${team.id}/members/${membership.id}`)).statusCode, 204);
      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => [e.name, e.resource_id, e.data_subject_id]), [
        ['team.create', team.id, null],
        ['team.update', team.id, null],
        ['team_membership.create', team.id, colleague.id],
        ['team_membership.end', team.id, colleague.id],
      ]);
      assert.ok(entries.every((e) => e.user_id === admin.id && e.processing_activity_id === 'administration'));
    });

    it('counts "today" in Europe/Amsterdam', async () => {
      const r = await sql<{ tz: string }>`SELECT current_setting('TimeZone') AS tz`.execute(t.database.db);
      assert.equal(r.rows[0]!.tz, 'Europe/Amsterdam');
    });
  });
}
