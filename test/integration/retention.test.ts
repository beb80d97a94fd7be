import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pino from 'pino';
import { withAccess } from '../../src/access/access-session.ts';
import type { Actor } from '../../src/auth/auth-context.ts';
import { destroyIfDue, planRetention, type RetentionPlan } from '../../src/privacy/retention-access.ts';
import { scheduleActor } from '../../src/privacy/retention-actor.ts';
import { destroyedTables } from '../../src/privacy/retention-destruction-access.ts';
import { addMonths } from '../../src/privacy/retention-rules.ts';
import { runRetention } from '../../src/privacy/retention-run.ts';
import { traceFromHeader } from '../../src/processing-log/trace.ts';
import type { AppServices } from '../../src/server/services.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { fillHousehold, rowsLeft, tablesHoldingPersonData } from '../support/subject-data.ts';
import { api, createTestApp, fixtures, sessionFor, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`retention periods (${engine})`, () => {
    let t: TestApp;
    let services: AppServices;
    let officer: Actor;
    let officerApi: ReturnType<typeof api>, professionalApi: ReturnType<typeof api>;
    let m: string, team: string, worker: { id: string };
    const closedAt = new Date(Date.UTC(2024, 0, 15, 12));
    const households: Record<string, { id: string; persons: Array<{ id: string }> }> = {};
    const dryRun = (now: Date) => withAccess(services, officer, (access) => planRetention(access, now));
    const ids = (plan: RetentionPlan) => plan.due.map((d) => d.householdId).sort();
    const named = (...keys: string[]) => keys.map((k) => households[k]!.id).sort();

    before(async () => {
      t = await createTestApp(engine);
      services = { database: t.database, keys: t.keys, config: t.config, log: pino({ level: 'silent' }) };
      const f = fixtures(t);
      m = await f.municipality();
      team = await f.team(m);
      worker = await f.user({ teams: [[team, 'member']] });
      const privacy = await f.user({ systemRoles: ['privacy_officer'] });
      officer = { userId: privacy.id, username: privacy.username, displayName: 'Privacy', systemRoles: ['privacy_officer'], memberships: [], trace: traceFromHeader(undefined) };
      officerApi = api(t, await sessionFor(t, privacy.id));
      professionalApi = api(t, await sessionFor(t, worker.id));
      const fill = async (key: string, files: Array<{ closedAt: Date | null; kind?: 'registration' | 'case'; activityId?: string }>, members = 1) => {
        const h = await f.household(m, { members: Array.from({ length: members }, (_, i) => ({ familyName: `${key}${i}` })) });
        households[key] = h;
        for (const [i, file] of files.entries()) await fillHousehold(t, { householdId: h.id, subject: h.persons[0]!.id, teamId: team, userId: worker.id, caseFileOnly: i > 0, ...file });
      };
      await fill('caseClosed', [{ closedAt }], 2);
      await fill('registrationClosed', [{ closedAt, kind: 'registration' }]);
      await fill('stillOpen', [{ closedAt: null }]);
      await fill('caseAndRegistration', [{ closedAt, kind: 'registration' }, { closedAt }]);
      await fill('restricted', [{ closedAt }]);
      await fill('closedLater', [{ closedAt: new Date(closedAt.getTime() + 100 * 86400_000) }]);
      await fill('workIncome', [{ closedAt, activityId: 'work-income' }]);
      // A member of the closed household who also belongs to the open one stays, without the closed household.
      await t.database.db.insertInto('household_member').values({ id: crypto.randomUUID(), household_id: households.stillOpen!.id, person_id: households.caseClosed!.persons[1]!.id, role: 'partner' }).execute();
      await sql`UPDATE person SET processing_restricted_at = now() WHERE id = ${households.restricted!.persons[0]!.id}::uuid`.execute(t.database.db);
    });
    after(() => t.close());

    it('destroys every table that refers to a person or household', async () => {
      assert.deepEqual((await tablesHoldingPersonData(t)).filter((table) => !destroyedTables.includes(table)), []);
    });

    it('lists nothing before any period has passed, a withdrawn registration after 24 months, cases after 10 and 15 years', async () => {
      assert.deepEqual(ids(await dryRun(addMonths(closedAt, 23))), []);
      assert.deepEqual(ids(await dryRun(addMonths(closedAt, 24))), named('registrationClosed'));
      assert.deepEqual(ids(await dryRun(addMonths(closedAt, 120))), named('registrationClosed', 'workIncome'));
      const plan = await dryRun(addMonths(closedAt, 180));
      assert.deepEqual(ids(plan), named('registrationClosed', 'workIncome', 'caseClosed', 'caseAndRegistration'));
      assert.deepEqual(plan.held.map((h) => [h.householdId, h.reasons]), [[households.restricted!.id, ['restricted']]], 'a restricted member holds the household');
      const rules = Object.fromEntries(plan.due.map((d) => [d.householdId, [d.rule.activityId, d.rule.months, d.rule.from]]));
      assert.deepEqual(rules[households.registrationClosed!.id], ['registration-without-case', 24, 'registration_withdrawn']);
      assert.deepEqual(rules[households.caseAndRegistration!.id], ['social-support', 180, 'case_closed'], 'the longest period among the files decides');
      assert.deepEqual(rules[households.workIncome!.id], ['work-income', 120, 'case_closed']);
      const caseClosed = plan.due.find((d) => d.householdId === households.caseClosed!.id)!;
      assert.equal(caseClosed.persons, 1, 'the member who also belongs to an open household is not destroyed');
      assert.equal(caseClosed.counts.household, 1);
      assert.equal(caseClosed.counts.household_member, 2);
      assert.equal(caseClosed.counts.person, 1);
      assert.equal(caseClosed.counts.dossier_note, 2);
    });

    it('the real run destroys exactly what the dry run listed, leaves the rest, and logs it per member without content', async () => {
      const now = addMonths(closedAt, 180);
      const planned = await dryRun(now);
      const from = await lastSeq(t.database.db);
      const run = await runRetention(services, scheduleActor(), now);
      assert.deepEqual(run.outcomes.filter((o) => o.destroyed).map((o) => o.householdId).sort(), ids(planned), 'the same set as the dry run');
      for (const due of planned.due) {
        const outcome = run.outcomes.find((o) => o.householdId === due.householdId);
        assert.ok(outcome?.destroyed && JSON.stringify(outcome.counts) === JSON.stringify(due.counts), `the same counts for ${due.householdId}`);
      }
      assert.deepEqual([run.householdsDestroyed, run.householdsHeld, run.failures], [4, 1, 0]);
      assert.deepEqual(run.destroyed['social-support']?.households, 2);

      for (const key of ['registrationClosed', 'workIncome', 'caseAndRegistration']) {
        assert.deepEqual(await rowsLeft(t, households[key]!.id, households[key]!.persons.map((p) => p.id)), {}, `${key} is gone`);
      }
      const [gone, stays] = households.caseClosed!.persons.map((p) => p.id);
      assert.deepEqual(await rowsLeft(t, households.caseClosed!.id, [gone!]), {});
      const kept = await rowsLeft(t, households.caseClosed!.id, [stays!]);
      assert.deepEqual([kept.person, kept.household_member, kept.household], [1, 1, undefined], 'the shared member stays, only in the open household');
      for (const key of ['stillOpen', 'restricted', 'closedLater']) {
        assert.equal((await rowsLeft(t, households[key]!.id, []))?.household, 1, `${key} is kept`);
      }

      const entries = await logEntriesSince(t.database.db, from);
      const destroyedLog = entries.filter((e) => e.name === 'household.destroy');
      assert.equal(destroyedLog.length, 5, 'one entry per member of each destroyed household');
      for (const e of destroyedLog) {
        assert.equal(e.processing_activity_id, 'retention');
        assert.equal(e.user_id, null, 'the schedule acts without a user');
        const attributes = e.attributes as { rule: string; destroyed: Record<string, number> };
        assert.ok(['social-support', 'registration-without-case', 'work-income'].includes(attributes.rule));
        assert.ok(attributes.destroyed.household === 1);
      }
      assert.deepEqual(destroyedLog.filter((e) => e.data_subject_id === stays).map((e) => (e.attributes as { personDestroyed: boolean }).personDestroyed), [false]);
      assert.ok(!JSON.stringify(destroyedLog.map((e) => e.attributes)).includes('Kennismaking'), 'counts, never content');
      assert.deepEqual(entries.filter((e) => e.name === 'retention.run').map((e) => e.resource_id), [run.runId]);

      const runs = await sql<{ as_of: Date; started_by: string | null; households_destroyed: number; destroyed: Record<string, { households: number }> }>`
        SELECT as_of, started_by, households_destroyed, destroyed FROM retention_run WHERE id = ${run.runId}::uuid`.execute(t.database.db);
      assert.deepEqual([runs.rows[0]!.as_of.toISOString(), runs.rows[0]!.started_by, runs.rows[0]!.households_destroyed], [now.toISOString(), null, 4]);
      assert.equal(runs.rows[0]!.destroyed['registration-without-case']?.households, 1);

      const after = await dryRun(now);
      assert.deepEqual([after.due.length, after.held.length], [0, 1], 'nothing due any more; the held household still held');
    });

    it('keeps a household that got a new registration after the dry run', async () => {
      const now = addMonths(closedAt, 184);
      assert.deepEqual(ids(await dryRun(now)), named('closedLater'));
      await t.database.db.insertInto('case_file').values({ id: crypto.randomUUID(), household_id: households.closedLater!.id, team_id: team, kind: 'registration' }).execute();
      const outcome = await withAccess(services, officer, (access) => destroyIfDue(access, households.closedLater!.id, now));
      assert.deepEqual(outcome, { destroyed: false, householdId: households.closedLater!.id, reason: 'open_case' });
      assert.equal((await rowsLeft(t, households.closedLater!.id, [])).household, 1);
      const run = await runRetention(services, officer, now);
      assert.deepEqual([run.householdsDestroyed, run.outcomes.length], [0, 0]);
    });

    it('gives the privacy officer the dry run, a run by hand and the last runs over the API; nobody else', async () => {
      const f = fixtures(t);
      const old = await f.household(m, { members: [{ familyName: 'Oud' }] });
      await fillHousehold(t, { householdId: old.id, subject: old.persons[0]!.id, teamId: team, userId: worker.id, closedAt: new Date(Date.UTC(2005, 5, 1)) });

      const dry = await officerApi.get('/api/privacy/retention/dry-run');
      assert.equal(dry.statusCode, 200, dry.body);
      const body = dry.json() as { rules: Array<{ activityId: string; months: number | null }>; due: Array<{ householdId: string; counts: Record<string, number> }> };
      assert.deepEqual(body.due.map((d) => d.householdId), [old.id]);
      assert.ok(body.rules.some((r) => r.activityId === 'social-support' && r.months === 180));
      assert.ok(!dry.body.includes('Oud'), 'the dry run names households by internal id only');

      assert.equal((await officerApi.post('/api/privacy/retention/runs', {})).statusCode, 400, 'a real run needs the confirmation');
      const run = await officerApi.post('/api/privacy/retention/runs', { confirm: true });
      assert.equal(run.statusCode, 201, run.body);
      assert.deepEqual((run.json() as { households: unknown[] }).households, [{ householdId: old.id, destroyed: true, rule: 'social-support' }]);
      assert.deepEqual(await rowsLeft(t, old.id, [old.persons[0]!.id]), {});

      const runs = await officerApi.get('/api/privacy/retention/runs');
      assert.equal(runs.statusCode, 200);
      const items = (runs.json() as { items: Array<{ startedBy: string | null; householdsDestroyed: number }> }).items;
      assert.deepEqual(items.map((r) => [r.startedBy, r.householdsDestroyed]), [['Medewerker ' + officer.username, 1], ['Medewerker ' + officer.username, 0], [null, 4]]);

      for (const res of [await professionalApi.get('/api/privacy/retention/dry-run'), await professionalApi.get('/api/privacy/retention/runs'), await professionalApi.post('/api/privacy/retention/runs', { confirm: true })]) {
        assert.equal(res.statusCode, 403);
      }
    });
  });
}
