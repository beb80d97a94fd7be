import { sql, type RawBuilder } from 'kysely';

/** Current membership of a household today. */
export const currentMembership = (hm: string) =>
  sql.raw(`${hm}.valid_from <= current_date AND (${hm}.valid_until IS NULL OR ${hm}.valid_until >= current_date)`);

/**
 * Of the given teams, those holding an open case for a household the person currently
 * belongs to — the SQL side of the relation 'open_case_in_own_team' for persons.
 */
export function personCaseTeams(personId: RawBuilder<unknown> | string, teamIds: readonly string[]): RawBuilder<string[]> {
  const id = typeof personId === 'string' ? sql`${personId}::uuid` : personId;
  return sql<string[]>`ARRAY(
    SELECT DISTINCT cf.team_id FROM household_member hm
    JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${id} AND ${currentMembership('hm')}
      AND cf.team_id = ANY(${[...teamIds]}::uuid[]))`;
}

/** The filter form of the same relation, for lists and searches (filtered in SQL, not after fetching). */
export function personVisibleTo(personId: RawBuilder<unknown>, teamIds: readonly string[]): RawBuilder<boolean> {
  if (teamIds.length === 0) return sql<boolean>`false`;
  return sql<boolean>`EXISTS (
    SELECT 1 FROM household_member hm
    JOIN case_file cf ON cf.household_id = hm.household_id AND cf.closed_at IS NULL
    WHERE hm.person_id = ${personId} AND ${currentMembership('hm')}
      AND cf.team_id = ANY(${[...teamIds]}::uuid[]))`;
}

/** For households: teams (of the given) holding an open case for it. */
export function householdCaseTeams(householdId: RawBuilder<unknown> | string, teamIds: readonly string[]): RawBuilder<string[]> {
  const id = typeof householdId === 'string' ? sql`${householdId}::uuid` : householdId;
  return sql<string[]>`ARRAY(
    SELECT DISTINCT cf.team_id FROM case_file cf
    WHERE cf.household_id = ${id} AND cf.closed_at IS NULL AND cf.team_id = ANY(${[...teamIds]}::uuid[]))`;
}

export function householdVisibleTo(householdId: RawBuilder<unknown>, teamIds: readonly string[]): RawBuilder<boolean> {
  if (teamIds.length === 0) return sql<boolean>`false`;
  return sql<boolean>`EXISTS (
    SELECT 1 FROM case_file cf
    WHERE cf.household_id = ${householdId} AND cf.closed_at IS NULL AND cf.team_id = ANY(${[...teamIds]}::uuid[]))`;
}

/**
 * The user's own parts (professional / coordinator) in open cases of the household, in
 * teams the user currently belongs to — the SQL side of 'assigned_to_open_case'.
 * Returns rows {teamId, role}.
 */
export function householdAssignments(householdId: RawBuilder<unknown> | string, userId: string, teamIds: readonly string[]): RawBuilder<Array<{ teamId: string; role: 'professional' | 'coordinator' }>> {
  const id = typeof householdId === 'string' ? sql`${householdId}::uuid` : householdId;
  return sql`COALESCE((SELECT json_agg(json_build_object('teamId', a.team_id, 'role', a.role)) FROM (
      SELECT cf.team_id, 'professional' AS role FROM case_file cf
       WHERE cf.household_id = ${id} AND cf.closed_at IS NULL AND cf.professional_id = ${userId}::uuid AND cf.team_id = ANY(${[...teamIds]}::uuid[])
      UNION
      SELECT cf.team_id, 'coordinator' AS role FROM case_file cf
       WHERE cf.household_id = ${id} AND cf.closed_at IS NULL AND cf.coordinator_id = ${userId}::uuid AND cf.team_id = ANY(${[...teamIds]}::uuid[])
    ) a), '[]'::json)`;
}

/** The user holds running emergency access (conflict of duties) to the household — relation 'emergency_access'. */
export function emergencyAccessTo(householdId: RawBuilder<unknown>, userId: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM emergency_access ea
    WHERE ea.household_id = ${householdId} AND ea.user_id = ${userId}::uuid AND ea.ended_at IS NULL AND ea.expires_at > now())`;
}
