import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { traceFromHeader } from '../../src/processing-log/trace.ts';
import { verifyLog } from '../../src/processing-log/verify.ts';
import { appendToLog } from '../../src/processing-log/writer.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const run = promisify(execFile);
const node = process.execPath;

async function writeEntries(t: TestApp, n: number) {
  await t.database.db.transaction().execute((tx) => appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) },
    Array.from({ length: n }, (_, i) => ({ name: `test.entry${i}`, processingActivityId: 'administration', outcome: 'allowed' as const, attributes: { i } }))));
}

for (const engine of testEngines()) {
  describe(`processing log (${engine})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(engine); });
    after(() => t.close());

    /** Tampering goes through a superuser connection, bypassing the append-only trigger. */
    const tamper = (statement: string) => t.superuserQuery(`BEGIN; SET LOCAL session_replication_role = replica; ${statement}; COMMIT;`);

    it('records who saw whom, in which team and role, under which activity, with the request trace', async () => {
      const f = fixtures(t);
      const m = await f.municipality();
      const team = await f.team(m);
      const user = await f.user({ teams: [[team, 'coordinator']] });
      const h = await f.household(m, { openTeams: [team], members: [{ familyName: 'Logtest' }, { familyName: 'Logtest' }] });
      const client = api(t, await sessionFor(t, user.id));
      const from = await lastSeq(t.database.db);
      const traceId = 'ab'.repeat(16);
      const r = await t.app.inject({ method: 'GET', url: '/api/persons?q=logtest', headers: { cookie: (await sessionFor(t, user.id)).cookie, traceparent: `00-${traceId}-${'cd'.repeat(8)}-01` } });
      assert.equal(r.statusCode, 200);
      const entries = await logEntriesSince(t.database.db, from);
      assert.deepEqual(entries.map((e) => e.data_subject_id).sort(), h.persons.map((p) => p.id).sort(), 'one entry per person in the result');
      for (const e of entries) {
        assert.equal(e.name, 'person.search');
        assert.equal(e.trace_id, traceId);
        assert.equal(e.parent_span_id, r.headers.traceparent!.toString().split('-')[2]);
        assert.equal(e.user_id, user.id);
        assert.equal(e.acting_team_id, team);
        assert.equal(e.acting_role, 'coordinator');
        assert.equal(e.processing_activity_id, 'social-support');
        assert.equal(e.status_code, 'OK');
        assert.ok(e.end_time.getTime() >= e.start_time.getTime());
        assert.equal(JSON.stringify(e).includes(h.persons[0]!.bsn), false, 'no BSN in the log');
      }
      const afterSearch = await lastSeq(t.database.db);
      await client.patch(`/api/persons/${h.persons[0]!.id}`, { familyName: 'Logtest-Anders' });
      const update = await logEntriesSince(t.database.db, afterSearch);
      assert.deepEqual(update.map((e) => [e.name, e.data_subject_id, e.outcome]), [['person.update', h.persons[0]!.id, 'allowed']]);
      assert.deepEqual(update[0]!.attributes, { changedFields: ['family_name'] });
    });

    it('a write and its log entry commit or roll back together', async () => {
      const before = await lastSeq(t.database.db);
      await assert.rejects(t.database.db.transaction().execute(async (tx) => {
        await appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) }, [{ name: 'test.rolled_back', processingActivityId: 'administration', outcome: 'allowed' }]);
        throw new Error('the change fails');
      }));
      assert.equal(await lastSeq(t.database.db), before);
      assert.equal((await logEntriesSince(t.database.db, before)).length, 0);
    });

    it('the application cannot update, delete or truncate log entries', async () => {
      await writeEntries(t, 1);
      await assert.rejects(sql`UPDATE processing_log SET outcome = 'denied'`.execute(t.database.db), /append-only|permission denied/);
      await assert.rejects(sql`DELETE FROM processing_log`.execute(t.database.db), /append-only|permission denied/);
      await assert.rejects(sql`TRUNCATE processing_log`.execute(t.database.db), /append-only|permission denied/);
      if (engine === 'postgresql') {
        // On PostgreSQL the application's role lacks the privilege itself, before any trigger.
        await assert.rejects(sql`UPDATE processing_log SET outcome = 'denied'`.execute(t.database.db), /permission denied for table processing_log/);
        await assert.rejects(sql`DELETE FROM processing_log`.execute(t.database.db), /permission denied for table processing_log/);
        const role = await sql<{ current_user: string; rolsuper: boolean }>`SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user`.execute(t.database.db);
        assert.equal(role.rows[0]!.rolsuper, false, 'the tests run the app as an ordinary role');
      }
      assert.equal((await verifyLog(t.database.db)).intact, true);
    });

    describe('verify-log catches tampering', () => {
      beforeEach(async () => {
        await writeEntries(t, 5);
        assert.equal((await verifyLog(t.database.db)).intact, true);
      });
      // Each case backs up the last entries, tampers, checks, and restores the backup.
      const cases: Array<[string, (seq: number) => string, RegExp]> = [
        ['an altered entry', (s) => `UPDATE processing_log SET outcome = 'denied' WHERE seq = ${s - 2}`, /altered/],
        ['an altered subject', (s) => `UPDATE processing_log SET data_subject_id = 'someone-else' WHERE seq = ${s - 1}`, /altered/],
        ['a removed entry', (s) => `DELETE FROM processing_log WHERE seq = ${s - 2}`, /missing/],
        ['a removed tail', (s) => `DELETE FROM processing_log WHERE seq = ${s}`, /head/],
        ['an inserted entry', (s) => `UPDATE processing_log SET seq = seq + 1000000 WHERE seq >= ${s - 1};
           INSERT INTO processing_log SELECT ${s - 1}, trace_id, span_id, parent_span_id, 'forged', status_code, start_time, end_time, user_id,
             acting_team_id, acting_role, processing_activity_id, data_subject_id, data_subject_id_type, resource_type, resource_id, outcome,
             attributes, prev_hash, hash FROM processing_log WHERE seq = ${s - 2};
           UPDATE processing_log SET seq = seq - 1000000 + 1 WHERE seq > 1000000`, /altered|link/],
      ];
      for (const [what, statement, reason] of cases) {
        it(`${what}`, async () => {
          const seq = await lastSeq(t.database.db);
          await t.superuserQuery(`CREATE TEMP TABLE IF NOT EXISTS backup AS SELECT * FROM processing_log WITH NO DATA`);
          await t.superuserQuery(`DELETE FROM backup; INSERT INTO backup SELECT * FROM processing_log WHERE seq > ${seq - 5}`);
          await tamper(statement(seq));
          const result = await verifyLog(t.database.db);
          assert.equal(result.intact, false);
          assert.match(result.firstBroken!.reason, reason);
          assert.ok(result.firstBroken!.seq >= seq - 4 && result.firstBroken!.seq <= seq + 1, `first broken entry near the tampering: ${result.firstBroken!.seq}`);
          await tamper(`DELETE FROM processing_log WHERE seq > ${seq - 5}; INSERT INTO processing_log SELECT * FROM backup`);
          assert.equal((await verifyLog(t.database.db)).intact, true, 'restored');
        });
      }
    });
  });
}

describe('npm run samenspel -- verify-log (PGlite data directory)', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'samenspel-cli-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact chain and non-zero with the first broken entry otherwise', async () => {
    const database = await openDatabase({ dataDir: join(dir, 'pglite') });
    await migrate(database.db);
    await database.db.transaction().execute((tx) => appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) },
      [1, 2, 3].map((i) => ({ name: `cli.entry${i}`, processingActivityId: 'administration', outcome: 'allowed' as const }))));
    await database.close();
    const env = { ...process.env, SAMENSPEL_DATA_DIR: dir, DATABASE_URL: '' };
    const ok = await run(node, ['src/cli/main.ts', 'verify-log'], { env });
    assert.match(ok.stdout, /intact: 3 regels/);

    const again = await openDatabase({ dataDir: join(dir, 'pglite') });
    await sql.raw(`BEGIN; SET LOCAL session_replication_role = replica; UPDATE processing_log SET name = 'forged' WHERE seq = 2; COMMIT;`).execute(again.db);
    await again.close();
    const broken = await run(node, ['src/cli/main.ts', 'verify-log'], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
    assert.ok(broken, 'verify-log must fail');
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /regel 2/);
  });
});
