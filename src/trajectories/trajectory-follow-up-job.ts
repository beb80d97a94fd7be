import type { PgBoss } from 'pg-boss';
import { withAccess } from '../access/access-session.ts';
import type { Actor } from '../auth/auth-context.ts';
import { traceFromHeader } from '../processing-log/trace.ts';
import type { AppServices } from '../server/services.ts';
import { raiseDueFollowUps } from './trajectory-follow-up-access.ts';

/** The notice run acts as Samenspel itself: no user (user_id null in the log), no team, no roles. */
function followUpActor(): Actor {
  return {
    userId: null as unknown as string, username: 'samenspel', displayName: 'Samenspel (nazorg)',
    systemRoles: [], memberships: [], trace: traceFromHeader(undefined),
  };
}

/** `now` is the moment whose date counts as today (tests move it forward; the schedule passes the clock). */
export function runFollowUpNotices(services: AppServices, now: Date = new Date()) {
  return withAccess(services, followUpActor(), (access) => raiseDueFollowUps(access, now));
}

/** Every morning, and once at start to catch up after downtime. */
export async function scheduleFollowUpNotices(boss: PgBoss, services: AppServices): Promise<void> {
  await boss.createQueue('trajectory-follow-ups');
  await boss.schedule('trajectory-follow-ups', '0 7 * * *', null, { tz: 'Europe/Amsterdam' });
  await boss.work('trajectory-follow-ups', async () => {
    const { notified } = await runFollowUpNotices(services);
    if (notified > 0) services.log.info({ notified }, 'trajectory follow-up notices');
  });
  await boss.send('trajectory-follow-ups', null);
}
