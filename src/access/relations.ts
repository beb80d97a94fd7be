import { sql } from 'kysely';
import type { AccessSession } from './access-session.ts';
import { forbidden, notFound, type Message } from '../server/errors.ts';
import { decide, type Action, type CaseRole, type ObjectRelation, type Resource } from './rules.ts';
import { currentMembership, emergencyAccessTo, householdAssignments, householdCaseTeams } from './visibility-sql.ts';

const memberTeamIds = (access: AccessSession) => access.actor.memberships.map((m) => m.teamId);

/** How the household relates to the user: own teams with an open case, and the user's parts in those cases. */
export async function householdRelation(access: AccessSession, householdId: string): Promise<ObjectRelation & { exists: boolean }> {
  const teams = memberTeamIds(access);
  const row = await access.tx.selectFrom('household')
    .select(householdCaseTeams(sql.ref('household.id'), teams).as('teams'))
    .select(householdAssignments(sql.ref('household.id'), access.actor.userId, teams).as('assignments'))
    .select(emergencyAccessTo(sql.ref('household.id'), access.actor.userId).as('emergency'))
    .where('id', '=', householdId).executeTakeFirst();
  return { exists: Boolean(row), teamIds: row?.teams ?? [], assignments: row?.assignments ?? [], emergency: row?.emergency ?? false };
}

/** The same for a person, through every household the person currently belongs to. */
export async function personRelation(access: AccessSession, personId: string): Promise<ObjectRelation & { exists: boolean }> {
  const teams = memberTeamIds(access);
  const rows = await sql<{ team_id: string; professional_id: string | null; coordinator_id: string | null }>`
    SELECT cf.team_id, cf.professional_id, cf.coordinator_id
    FROM household_member hm JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND cf.team_id = ANY(${teams}::uuid[])`.execute(access.tx);
  const person = await access.tx.selectFrom('person').select('id')
    .select(sql<boolean>`EXISTS (SELECT 1 FROM household_member hm WHERE hm.person_id = person.id AND ${currentMembership('hm')}
      AND ${emergencyAccessTo(sql.ref('hm.household_id'), access.actor.userId)})`.as('emergency'))
    .where('id', '=', personId).executeTakeFirst();
  const exists = Boolean(person);
  const me = access.actor.userId;
  const assignments: Array<{ teamId: string; role: CaseRole }> = rows.rows.flatMap((r) => [
    ...(r.professional_id === me ? [{ teamId: r.team_id, role: 'professional' as const }] : []),
    ...(r.coordinator_id === me ? [{ teamId: r.team_id, role: 'coordinator' as const }] : []),
  ]);
  return { exists, teamIds: [...new Set(rows.rows.map((r) => r.team_id))], assignments, emergency: person?.emergency ?? false };
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

/** The ids of the household's current members: the data subjects of anything about the household as a whole. */
export async function currentMemberIds(access: AccessSession, householdId: string): Promise<string[]> {
  const rows = await sql<{ person_id: string }>`SELECT hm.person_id FROM household_member hm
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}`.execute(access.tx);
  return rows.rows.map((r) => r.person_id);
}

/** The household through which a decision on a person's contents was granted (its team's open case, or emergency access). */
export async function householdOfDecision(access: AccessSession, personId: string, decision: { teamId?: string; role?: string }): Promise<string | null> {
  const through = decision.role === 'emergency_access'
    ? sql`${emergencyAccessTo(sql.ref('hm.household_id'), access.actor.userId)}`
    : sql`EXISTS (SELECT 1 FROM case_file cf WHERE cf.household_id = hm.household_id AND cf.closed_at IS NULL AND cf.team_id = ${decision.teamId ?? null}::uuid)`;
  const row = await sql<{ household_id: string }>`SELECT hm.household_id FROM household_member hm
    WHERE hm.person_id = ${personId}::uuid AND ${currentMembership('hm')} AND ${through} LIMIT 1`.execute(access.tx);
  return row.rows[0]?.household_id ?? null;
}
