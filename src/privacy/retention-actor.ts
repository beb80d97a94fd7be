import type { Actor } from '../auth/auth-context.ts';
import { traceFromHeader } from '../processing-log/trace.ts';

const scheduled = new WeakSet<Actor>();

/**
 * The daily retention run acts as Samenspel itself: no user, no team, no roles. Its log entries
 * carry no user id (user_id is null in the processing log), which the privacy page shows as "system".
 */
export function scheduleActor(): Actor {
  const actor: Actor = {
    userId: null as unknown as string,
    username: 'samenspel', displayName: 'Samenspel (bewaartermijnen)', systemRoles: [], memberships: [],
    trace: traceFromHeader(undefined),
  };
  scheduled.add(actor);
  return actor;
}

export function isScheduleActor(actor: Actor): boolean {
  return scheduled.has(actor);
}
