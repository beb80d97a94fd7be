import { sql } from 'kysely';
import { PgBoss } from 'pg-boss';
import { scheduleConfigurationApply } from '../configuration/configuration-job.ts';
import type { Db } from '../db/database.ts';
import { scheduleActor } from '../privacy/retention-actor.ts';
import { runRetention } from '../privacy/retention-run.ts';
import type { AppServices } from '../server/services.ts';
import { scheduleFollowUpNotices } from '../trajectories/trajectory-follow-up-job.ts';

/**
 * Background jobs through pg-boss, on the same database (PGlite or PostgreSQL), so
 * several instances share one queue and a schedule runs once, not once per instance.
 * Later issues enqueue their jobs in the transaction of the change (outbox pattern).
 */
export interface Jobs { stop(): Promise<void> }


/** Removes sign-in traces that no longer serve security: old ended sessions and stale counters. */
export async function cleanUpAuthentication(db: Db): Promise<{ sessions: number; counters: number }> {
  const sessions = await sql`DELETE FROM auth_session WHERE (ended_at IS NOT NULL AND ended_at < now() - interval '90 days')
    OR (ended_at IS NULL AND expires_at < now() - interval '90 days')`.execute(db);
  const counters = await sql`DELETE FROM auth_throttle WHERE window_start < now() - interval '1 day'
    AND (locked_until IS NULL OR locked_until < now())`.execute(db);
  return { sessions: Number(sessions.numAffectedRows ?? 0), counters: Number(counters.numAffectedRows ?? 0) };
}

export async function startJobs(services: AppServices): Promise<Jobs> {
  const db = services.database.db;
  const boss = new PgBoss({ db: { executeSql: services.database.executeRaw }, schema: 'pgboss', supervise: true, schedule: true });
  boss.on('error', (error: Error) => services.log.error({ err: { type: error.name, message: error.message } }, 'job queue error'));
  await boss.start();
  await boss.createQueue('auth-cleanup');
  await boss.schedule('auth-cleanup', '17 * * * *');
  await boss.work('auth-cleanup', async () => {
    const removed = await cleanUpAuthentication(db);
    services.log.info({ removed }, 'auth cleanup');
  });
  await boss.createQueue('retention');
  await boss.schedule('retention', '40 2 * * *', null, { tz: 'Europe/Amsterdam' });
  await boss.work('retention', async () => {
    const run = await runRetention(services, scheduleActor());
    services.log.info({ runId: run.runId, destroyed: run.householdsDestroyed, held: run.householdsHeld, failures: run.failures }, 'retention run');
  });
  await scheduleConfigurationApply(boss, services);
  await scheduleFollowUpNotices(boss, services);
  return { stop: () => boss.stop({ graceful: true, timeout: 5000 }) };
}
