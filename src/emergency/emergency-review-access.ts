import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { decide, noRelation } from '../access/rules.ts';
import type { EmergencyGround } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import { conflict, forbidden, notFound } from '../server/errors.ts';

export type ReviewOutcome = 'justified' | 'not_justified';

interface QueueRow {
  id: string;
  user_id: string;
  user_name: string;
  user_teams: string | null;
  household_id: string;
  household_name: string;
  ground: EmergencyGround;
  justification: string;
  started_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  running: boolean;
  members: Array<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string }>;
  actions: Array<{ action: string; count: number }> | null;
}

/** The privacy officer sees who accessed what and why — under the audit rule, never the contents. */
function auditDecision(access: AccessSession) {
  const decision = decide(access.grants, 'person', 'audit', noRelation);
  if (!decision.allowed) throw forbidden({ nl: 'Alleen een privacyfunctionaris mag dit.', en: 'Only a privacy officer may do this.' });
  return decision;
}

/** Members at the start of the access: the data subjects of what was opened. */
const membersAtStart = sql`COALESCE((
  SELECT json_agg(json_build_object('person_id', p.id, 'given_names', p.given_names, 'family_name_prefix', p.family_name_prefix, 'family_name', p.family_name) ORDER BY p.search_name, p.id)
  FROM household_member hm JOIN person p ON p.id = hm.person_id
  WHERE hm.household_id = ea.household_id AND hm.valid_from <= ea.started_at::date AND (hm.valid_until IS NULL OR hm.valid_until >= ea.started_at::date)), '[]'::json)`;

/** What the user did with the access: requests per action, from the processing log. */
const actionsDuringAccess = sql`(
  SELECT json_agg(json_build_object('action', a.name, 'count', a.requests) ORDER BY a.name) FROM (
    SELECT l.name, count(DISTINCT l.trace_id)::int AS requests FROM processing_log l
    WHERE l.user_id = ea.user_id AND l.processing_activity_id = 'emergency-access' AND l.name NOT LIKE 'emergency_access.%'
      AND l.start_time >= ea.started_at AND l.start_time <= COALESCE(ea.ended_at, ea.expires_at)
      AND (l.resource_id = ea.household_id::text OR l.data_subject_id IN (
        SELECT hm.person_id::text FROM household_member hm WHERE hm.household_id = ea.household_id))
    GROUP BY l.name) a)`;

/** Emergency accesses not yet reviewed, oldest first. */
export async function listEmergencyReviewQueue(access: AccessSession) {
  const decision = auditDecision(access);
  const rows = await sql<QueueRow>`
    SELECT ea.id, ea.user_id, u.display_name AS user_name, h.id AS household_id, h.name AS household_name,
      ea.ground, ea.justification, ea.started_at, ea.expires_at, ea.ended_at, (ea.ended_at IS NULL AND ea.expires_at > now()) AS running,
      (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM team_membership m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = ea.user_id AND m.valid_from <= ea.started_at::date AND (m.valid_until IS NULL OR m.valid_until >= ea.started_at::date)) AS user_teams,
      ${membersAtStart} AS members, ${actionsDuringAccess} AS actions
    FROM emergency_access ea JOIN app_user u ON u.id = ea.user_id JOIN household h ON h.id = ea.household_id
    WHERE ea.reviewed_at IS NULL
    ORDER BY ea.started_at, ea.id`.execute(access.tx);
  for (const row of rows.rows) {
    for (const m of row.members) {
      access.log({
        name: 'emergency_access.queue', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
        dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'emergency_access', resourceId: row.id, actingRole: decision.role,
      });
    }
  }
  return {
    items: rows.rows.map((r) => ({
      id: r.id,
      user: { id: r.user_id, displayName: r.user_name, teams: r.user_teams ?? '' },
      household: { id: r.household_id, name: r.household_name, members: r.members.map((m) => ({ personId: m.person_id, displayName: displayName(m) })) },
      ground: r.ground, justification: r.justification,
      startedAt: r.started_at, expiresAt: r.expires_at, endedAt: r.ended_at,
      status: r.running ? 'running' as const : r.ended_at ? 'ended' as const : 'expired' as const,
      actions: r.actions ?? [],
    })),
  };
}

/**
 * The privacy officer's verdict. Not justified also ends a running access at once. Nobody
 * reviews their own emergency access.
 */
export async function reviewEmergencyAccess(access: AccessSession, id: string, review: { outcome: ReviewOutcome; note: string }) {
  const decision = auditDecision(access);
  const row = await access.tx.selectFrom('emergency_access').select(['id', 'user_id', 'household_id', 'started_at', 'reviewed_at'])
    .where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  if (row.reviewed_at) throw conflict({ nl: 'Deze noodtoegang is al beoordeeld.', en: 'This emergency access has already been reviewed.' });
  if (row.user_id === access.actor.userId) throw forbidden({ nl: 'U beoordeelt uw eigen noodtoegang niet; een andere privacyfunctionaris doet dat.', en: 'You do not review your own emergency access; another privacy officer does.' });
  const ended = review.outcome === 'not_justified'
    ? await access.tx.updateTable('emergency_access').set({ ended_at: sql<Date>`now()` })
      .where('id', '=', id).where('ended_at', 'is', null).where('expires_at', '>', sql<Date>`now()`).executeTakeFirst()
    : null;
  await access.tx.updateTable('emergency_access')
    .set({ reviewed_at: sql<Date>`now()`, reviewed_by: access.actor.userId, review_outcome: review.outcome, review_note: review.note })
    .where('id', '=', id).execute();
  const members = await sql<{ person_id: string }>`SELECT hm.person_id FROM household_member hm
    WHERE hm.household_id = ${row.household_id}::uuid AND hm.valid_from <= ${row.started_at}::date
      AND (hm.valid_until IS NULL OR hm.valid_until >= ${row.started_at}::date)`.execute(access.tx);
  const endedNow = Number(ended?.numUpdatedRows ?? 0) > 0;
  for (const m of members.rows) {
    access.log({
      name: 'emergency_access.review', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'emergency_access', resourceId: id, actingRole: decision.role,
      attributes: { outcome: review.outcome, ...(endedNow ? { ended: true } : {}) },
    });
  }
  return { id, outcome: review.outcome, endedNow };
}
