import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { abilities, decide, grantingTeams, noRelation, type ObjectRelation } from '../access/rules.ts';
import { currentMembership, emergencyAccessTo, householdCaseTeams, householdVisibleTo, personVisibleTo } from '../access/visibility-sql.ts';
import type { Insertable } from 'kysely';
import type { CaseFileTable, HouseholdRole, TeamKind } from '../db/schema.ts';
import { findOrCreatePerson, type PersonInput } from '../persons/person-access.ts';
import { displayName } from '../persons/person-names.ts';
import { forbidden, invalid, notFound } from '../server/errors.ts';

const householdActions = ['get', 'update'] as const;

export interface HouseholdDetails {
  id: string;
  name: string;
  members: Array<{ personId: string; displayName: string; role: string; validFrom: string; validUntil: string | null }>;
  teams: Array<{ id: string; name: string; kind: TeamKind }>;
  abilities: Record<(typeof householdActions)[number], boolean>;
}

const relationOf = (teamIds: string[]): ObjectRelation => ({ teamIds, assignments: [] });

async function loadForAction(access: AccessSession, id: string, action: 'get' | 'update') {
  const memberTeams = access.actor.memberships.map((m) => m.teamId);
  const row = await access.tx.selectFrom('household').selectAll()
    .select(householdCaseTeams(sql.ref('household.id'), memberTeams).as('case_teams'))
    .select(emergencyAccessTo(sql.ref('household.id'), access.actor.userId).as('emergency'))
    .where('id', '=', id).executeTakeFirst();
  const relation: ObjectRelation = { ...relationOf(row?.case_teams ?? []), emergency: row?.emergency ?? false };
  const decision = decide(access.grants, 'household', action, relation);
  const canSee = decide(access.grants, 'household', 'get', relation).allowed;
  if (!row || !canSee || !decision.allowed) {
    access.log({
      name: `household.${action}`, processingActivityId: 'social-support', outcome: row && canSee ? 'denied' : 'not_found',
      resourceType: 'household', resourceId: id,
    });
    throw row && canSee ? forbidden() : notFound();
  }
  return { row, relation, decision };
}

/** Members shown are only those the user may see as persons (current members of a visible household). */
async function present(access: AccessSession, row: { id: string; name: string }, relation: ObjectRelation, action: string): Promise<HouseholdDetails> {
  const personTeams = grantingTeams(access.grants, 'person', 'list').map((t) => t.teamId);
  const members = await sql<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; role: string; valid_from: string; valid_until: string | null }>`
    SELECT hm.person_id, p.given_names, p.family_name_prefix, p.family_name, hm.role, hm.valid_from, hm.valid_until
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${row.id}::uuid AND ${currentMembership('hm')} AND (${sql.lit(relation.emergency === true)} OR ${personVisibleTo(sql.ref('p.id'), personTeams)})
    ORDER BY hm.valid_from, p.search_name`.execute(access.tx);
  const teams = await sql<{ id: string; name: string; kind: TeamKind }>`
    SELECT DISTINCT t.id, t.name, t.kind FROM case_file cf JOIN team t ON t.id = cf.team_id
    WHERE cf.household_id = ${row.id}::uuid AND cf.closed_at IS NULL ORDER BY t.name`.execute(access.tx);
  const decision = decide(access.grants, 'household', 'get', relation);
  for (const m of members.rows) {
    access.log({
      name: `household.${action}`, processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: row.id,
      actingTeamId: decision.teamId, actingRole: decision.role, ...(decision.role === 'emergency_access' ? { attributes: { emergency: true } } : {}),
    });
  }
  return {
    id: row.id,
    name: row.name,
    members: members.rows.map((m) => ({ personId: m.person_id, displayName: displayName(m), role: m.role, validFrom: m.valid_from, validUntil: m.valid_until })),
    teams: teams.rows,
    abilities: abilities(access.grants, 'household', householdActions, relation),
  };
}

export async function getHousehold(access: AccessSession, id: string): Promise<HouseholdDetails> {
  const { row, relation } = await loadForAction(access, id, 'get');
  return present(access, row, relation, 'get');
}

export async function renameHousehold(access: AccessSession, id: string, name: string): Promise<HouseholdDetails> {
  const { relation } = await loadForAction(access, id, 'update');
  const row = await access.tx.updateTable('household').set({ name, updated_at: new Date() })
    .where('id', '=', id).returning(['id', 'name']).executeTakeFirstOrThrow();
  return present(access, row, relation, 'update');
}

export interface HouseholdSummary {
  id: string; name: string; memberCount: number;
  /** Of the user's teams, those with an open case for it (a new registration there would be refused). */
  openAtTeamIds: string[];
  abilities: HouseholdDetails['abilities'];
}

/** Households the user's teams work with, optionally by name; filtered in SQL. */
export async function listHouseholds(access: AccessSession, query: string | undefined, limit: number): Promise<HouseholdSummary[]> {
  const teams = grantingTeams(access.grants, 'household', 'list').map((t) => t.teamId);
  if (teams.length === 0) return [];
  const h = sql.ref('h.id');
  const byName = query ? sql`lower(h.name) LIKE ${`%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : sql`true`;
  const rows = await sql<{ id: string; name: string; case_teams: string[]; member_ids: string[] }>`
    SELECT h.id, h.name, ${householdCaseTeams(h, teams)} AS case_teams,
      ARRAY(SELECT hm.person_id FROM household_member hm WHERE hm.household_id = h.id AND ${currentMembership('hm')}) AS member_ids
    FROM household h
    WHERE ${householdVisibleTo(h, teams)} AND ${byName}
    ORDER BY h.name, h.id LIMIT ${limit}`.execute(access.tx);
  return rows.rows.map((row) => {
    const relation = relationOf(row.case_teams);
    const decision = decide(access.grants, 'household', 'list', relation);
    for (const personId of row.member_ids) {
      access.log({
        name: 'household.list', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
        dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: row.id,
        actingTeamId: decision.teamId, actingRole: decision.role,
      });
    }
    return { id: row.id, name: row.name, memberCount: row.member_ids.length, openAtTeamIds: row.case_teams, abilities: abilities(access.grants, 'household', householdActions, relation) };
  });
}

export interface HouseholdRegistration {
  teamId: string;
  name: string;
  kind: 'registration' | 'case';
  members: Array<{ role: HouseholdRole; validFrom?: string; person: PersonInput }>;
}

/** A team registers a household: the household, its members and an open registration for the team, in one transaction. */
export async function registerHousehold(access: AccessSession, input: HouseholdRegistration): Promise<HouseholdDetails> {
  const { householdId } = await createHouseholdWithCase(access, input, { kind: input.kind });
  return present(access, { id: householdId, name: input.name }, { teamIds: [input.teamId], assignments: [] }, 'create');
}

export type CaseColumns = Partial<Omit<Insertable<CaseFileTable>, 'id' | 'household_id' | 'team_id'>>;

/**
 * Creates the household with its members (linking persons already known by BSN) and opens
 * a case file for the team with the given columns. `fieldPath` names the members in errors.
 */
export async function createHouseholdWithCase(
  access: AccessSession, input: Omit<HouseholdRegistration, 'kind'>, caseColumns: CaseColumns, fieldPath = 'body.members',
): Promise<{ householdId: string; caseFileId: string; actingTeamId: string; actingRole: string }> {
  const via = grantingTeams(access.grants, 'household', 'create').find((t) => t.teamId === input.teamId);
  if (!via) {
    throw forbidden({ nl: 'U kunt alleen huishoudens aanmelden bij een team waar u lid van bent.', en: 'You can only register households with a team you belong to.' });
  }
  const seen = new Set<string>();
  input.members.forEach((m, i) => {
    if (!m.person.bsn) return;
    if (seen.has(m.person.bsn)) {
      throw invalid({ nl: 'Dezelfde persoon (hetzelfde BSN) staat twee keer in de aanmelding.', en: 'The same person (same BSN) is listed twice.' },
        [{ path: `${fieldPath}.${i}.person.bsn`, message: { nl: 'BSN komt twee keer voor', en: 'BSN appears twice' } }]);
    }
    seen.add(m.person.bsn);
  });
  const team = await access.tx.selectFrom('team').select(['municipality_id']).where('id', '=', input.teamId).executeTakeFirstOrThrow();
  const householdId = randomUUID();
  await access.tx.insertInto('household').values({ id: householdId, municipality_id: team.municipality_id, name: input.name }).execute();
  for (const [i, member] of input.members.entries()) {
    const person = await findOrCreatePerson(access, team.municipality_id, member.person, `${fieldPath}.${i}.person`);
    await access.tx.insertInto('household_member').values({
      id: randomUUID(), household_id: householdId, person_id: person.id, role: member.role,
      ...(member.validFrom ? { valid_from: member.validFrom } : {}),
    }).execute();
    access.log({
      name: person.created ? 'person.create' : 'person.link', processingActivityId: via.rule.processingActivityId, outcome: 'allowed',
      dataSubject: { id: person.id, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: householdId,
      actingTeamId: via.teamId, actingRole: via.role,
    });
  }
  const caseFileId = randomUUID();
  await access.tx.insertInto('case_file').values({ kind: 'registration', ...caseColumns, id: caseFileId, household_id: householdId, team_id: input.teamId }).execute();
  return { householdId, caseFileId, actingTeamId: via.teamId, actingRole: via.role };
}
