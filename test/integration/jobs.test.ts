import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pino from 'pino';
import { cleanUpAuthentication, startJobs } from '../../src/jobs/jobs.ts';
import { createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`background jobs (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    it('starts the pg-boss queue in the database, with the hourly clean-up and the daily retention run scheduled', async () => {
      const jobs = await startJobs({ database: t.database, keys: t.keys, config: t.config, log: pino({ level: 'silent' }) });
      try {
        const schedules = await sql<{ name: string; cron: string }>`SELECT name, cron FROM pgboss.schedule ORDER BY name`.execute(t.database.db);
        assert.deepEqual(schedules.rows.map((r) => [r.name, r.cron]), [['auth-cleanup', '17 * * * *'], ['configuration-apply', '5 * * * *'], ['retention', '40 2 * * *'], ['trajectory-follow-ups', '0 7 * * *']]);
      } finally {
        await jobs.stop();
      }
    });

    it('the clean-up removes only old ended sessions and stale counters', async () => {
      const user = await fixtures(t).user();
      const live = await sessionFor(t, user.id);
      await sessionFor(t, user.id);
      await sql`UPDATE auth_session SET ended_at = now() - interval '100 days'
        WHERE id = (SELECT id FROM auth_session WHERE user_id = ${user.id}::uuid ORDER BY created_at DESC LIMIT 1)`.execute(t.database.db);
      await t.database.db.insertInto('auth_throttle').values([
        { key: 'ip:old', failures: 3, window_start: new Date(Date.now() - 2 * 86400_000), locked_until: null },
        { key: 'ip:recent', failures: 3, window_start: new Date(), locked_until: null },
      ]).execute();
      const removed = await cleanUpAuthentication(t.database.db);
      assert.equal(removed.sessions, 1);
      assert.equal(removed.counters, 1);
      const left = await t.database.db.selectFrom('auth_session').select('id').where('user_id', '=', user.id).execute();
      assert.equal(left.length, 1);
      assert.ok(live.cookie);
      assert.deepEqual((await t.database.db.selectFrom('auth_throttle').select('key').execute()).map((r) => r.key), ['ip:recent']);
    });
  });
}
