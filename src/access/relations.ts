import { sql } from 'kysely';
import type { AccessSession } from './access-session.ts';
import { forbidden, notFound, type Message } from '../server/errors.ts';
import { decide, type Action, type CaseRole, type ObjectRelation, type Resource } from './rules.ts';
import { currentMembership, householdAssignments, householdCaseTeams } from './visibility-sql.ts';

const memberTeamIds = (access: AccessSession) => access.actor.memberships.map((m) => m.teamId);

/** How the household relates to the user: own teams with an open case, and the user's parts in those cases. */
export async function householdRelation(access: AccessSession, householdId: string): Promise<ObjectRelation & { exists: boolean }> {
  const teams = memberTeamIds(access);
  const row = await access.tx.selectFrom('household')
    .select(householdCaseTeams(sql.ref('household.id'), teams).as('teams'))
    .select(householdAssignments(sql.ref('household.id'), access.actor.userId, teams).as('assignments'))
    .where('id', '=', householdId).executeTakeFirst();
  return { exists: Boolean(row), teamIds: row?.teams ?? [], assignments: row?.assignments ?? [] };
}

/** The same for a person, through every household the person currently belongs to. */
export async function personRelation(access: AccessSession, personId: string): Promise<ObjectRelation & { exists: boolean }> {
  const teams = memberTeamIds(access);
  const rows = await sql<{ team_id: string; professional_id: string | null; coordinator_id: string | null }>`
    SELECT cf.team_id, cf.professional_id, cf.coordinator_id
    FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND cf.team_id = ANY(${teams}::uuid[])`.execute(access.tx);
  const exists = Boolean(await access.tx.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst());
  const me = access.actor.userId;
  const assignments: Array<{ teamId: string; role: CaseRole }> = rows.rows.flatMap((r) => [
    ...(r.professional_id === me ? [{ teamId: r.team_id, role: 'professional' as const }] : []),
    ...(r.coordinator_id === me ? [{ teamId: r.team_id, role: 'coordinator' as const }] : []),
  ]);
  return { exists, teamIds: [...new Set(rows.rows.map((r) => r.team_id))], assignments };
}

/**
 * For the dossier's contents (intakes, plan, network…): 404 when the household is not
 * visible to the user at all, 403 with `refusal` when it is but the action is not theirs.
 */
export async function authoriseHouseholdContent(access: AccessSession, householdId: string, resource: Resource, action: Action, refusal: Message) {
  const relation = await householdRelation(access, householdId);
  if (!relation.exists || !decide(access.grants, 'household', 'get', relation).allowed) throw notFound();
  const decision = decide(access.grants, resource, action, relation);
  if (!decision.allowed) throw forbidden(refusal);
  return decision;
}
