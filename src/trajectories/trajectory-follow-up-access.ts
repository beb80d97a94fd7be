import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';

/**
 * Turns the follow-up contacts due on `now`'s date (not yet done, not yet noticed) into an
 * in-app notification for the trajectory's responsible professional: a kind and a link to the
 * household's case, never text about the resident. Each contact is noticed once. The notice is
 * logged against the member, under the purpose of the trajectory's case work.
 */
export async function raiseDueFollowUps(access: AccessSession, now: Date): Promise<{ notified: number }> {
  const due = (await sql<{ id: string; trajectory_id: string; person_id: string; user_id: string; case_file_id: string | null }>`
    SELECT f.id, f.trajectory_id, t.person_id, t.responsible_user_id AS user_id,
      (SELECT cf.id FROM case_file cf WHERE cf.household_id = t.household_id
        ORDER BY cf.closed_at IS NULL DESC, cf.opened_at DESC LIMIT 1) AS case_file_id
    FROM trajectory_follow_up f JOIN trajectory t ON t.id = f.trajectory_id
    WHERE f.done_on IS NULL AND f.notified_at IS NULL AND f.due_on <= (${now}::timestamptz)::date
    ORDER BY f.due_on, f.id
    FOR UPDATE OF f SKIP LOCKED`.execute(access.tx)).rows;
  for (const f of due) {
    await sql`INSERT INTO notification (id, user_id, kind, case_file_id)
      VALUES (${randomUUID()}::uuid, ${f.user_id}::uuid, 'trajectory_follow_up_due', ${f.case_file_id}::uuid)`.execute(access.tx);
    await sql`UPDATE trajectory_follow_up SET notified_at = ${now}::timestamptz WHERE id = ${f.id}::uuid`.execute(access.tx);
    access.log({
      name: 'trajectory.follow_up_notice', processingActivityId: 'social-support', outcome: 'allowed',
      dataSubject: { id: f.person_id, type: 'samenspel_person_id' }, resourceType: 'trajectory', resourceId: f.trajectory_id,
      attributes: { followUpId: f.id, notified: f.user_id },
    });
  }
  return { notified: due.length };
}
