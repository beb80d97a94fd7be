import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { abilities, decide, grantingTeams, type ObjectRelation } from '../access/rules.ts';
import { currentMembership, householdCaseTeams } from '../access/visibility-sql.ts';
import type { Channel, DataCategory, ReferrerType, UrgentFlag } from '../db/schema.ts';
import { createHouseholdWithCase, type HouseholdRegistration } from '../households/household-access.ts';
import { displayName } from '../persons/person-names.ts';
import { conflict, forbidden, HttpError, invalid, notFound } from '../server/errors.ts';
import { refuseSelfRegistrationWhenOff } from './self-registration.ts';

export interface RegistrationInput {
  teamId: string;
  channel: Channel;
  referrerType: ReferrerType;
  /** The question in the resident's own words. */
  question: string;
  questionCategory: DataCategory;
  urgentFlags: UrgentFlag[];
  /** A household the user's team already works with… */
  householdId?: string;
  /** …or a new one. */
  household?: Omit<HouseholdRegistration, 'teamId' | 'kind'>;
}

export interface TriageItem {
  id: string;
  householdId: string;
  householdName: string;
  members: Array<{ personId: string; displayName: string; birthDate: string | null; role: string }>;
  channel: Channel | null;
  referrerType: ReferrerType | null;
  question: string | null;
  questionCategory: DataCategory;
  urgentFlags: UrgentFlag[];
  registeredAt: Date;
  registeredBy: { id: string; displayName: string } | null;
  abilities: { assign: boolean };
}

const memberTeamIds = (access: AccessSession) => access.actor.memberships.map((m) => m.teamId);

/** Team members who can take a case: current members of the team. */
async function currentTeamMembers(access: AccessSession, teamId: string) {
  return sql<{ user_id: string; display_name: string; discipline: string | null; role: string }>`
    SELECT u.id AS user_id, u.display_name, u.discipline, m.role FROM team_membership m JOIN app_user u ON u.id = m.user_id
    WHERE m.team_id = ${teamId}::uuid AND ${currentMembership('m')} AND u.disabled_at IS NULL
    ORDER BY u.display_name`.execute(access.tx).then((r) => r.rows);
}

async function householdMembers(access: AccessSession, householdIds: string[]) {
  if (householdIds.length === 0) return [];
  return sql<{ household_id: string; person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; birth_date: string | null; role: string }>`
    SELECT hm.household_id, p.id AS person_id, p.given_names, p.family_name_prefix, p.family_name, p.birth_date, hm.role
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ANY(${householdIds}::uuid[]) AND ${currentMembership('hm')}
    ORDER BY hm.valid_from, p.search_name`.execute(access.tx).then((r) => r.rows);
}

/** Records a registration; an urgent one notifies the team's coordinators in the same transaction. */
export async function createRegistration(access: AccessSession, input: RegistrationInput): Promise<{ id: string; householdId: string }> {
  const via = grantingTeams(access.grants, 'registration', 'create').find((t) => t.teamId === input.teamId);
  if (!via) throw forbidden({ nl: 'U kunt alleen aanmelden bij een team waar u lid van bent.', en: 'You can only register with a team you belong to.' });
  await refuseSelfRegistrationWhenOff(access.tx, input.teamId, input.channel, input.referrerType);
  const caseColumns = {
    kind: 'registration' as const, channel: input.channel, referrer_type: input.referrerType, question: input.question,
    question_category: input.questionCategory, urgent_flags: input.urgentFlags, registered_by: access.actor.userId,
  };
  let householdId: string;
  let caseFileId: string;
  if (input.household) {
    ({ householdId, caseFileId } = await createHouseholdWithCase(access, { ...input.household, teamId: input.teamId }, caseColumns, 'body.household.members'));
  } else if (input.householdId) {
    householdId = input.householdId;
    const visible = await access.tx.selectFrom('household').select(householdCaseTeams(sql.ref('household.id'), memberTeamIds(access)).as('teams'))
      .where('id', '=', householdId).executeTakeFirst();
    if (!visible || !decide(access.grants, 'household', 'get', { teamIds: visible.teams, assignments: [] }).allowed) throw notFound();
    const open = await access.tx.selectFrom('case_file').select('id').where('household_id', '=', householdId)
      .where('team_id', '=', input.teamId).where('closed_at', 'is', null).executeTakeFirst();
    if (open) {
      throw conflict({ nl: 'Dit team heeft al een open aanmelding of casus voor dit huishouden.', en: 'This team already has an open registration or case for this household.' });
    }
    caseFileId = randomUUID();
    await access.tx.insertInto('case_file').values({ ...caseColumns, id: caseFileId, household_id: householdId, team_id: input.teamId }).execute();
  } else {
    throw invalid({ nl: 'Kies een bekend huishouden of voer een nieuw huishouden in.', en: 'Choose a known household or enter a new one.' },
      [{ path: 'body.household', message: { nl: 'Huishouden ontbreekt', en: 'Household missing' } }]);
  }
  if (input.urgentFlags.length > 0) {
    const coordinators = (await currentTeamMembers(access, input.teamId)).filter((m) => m.role === 'coordinator' && m.user_id !== access.actor.userId);
    if (coordinators.length > 0) {
      await access.tx.insertInto('notification').values(coordinators.map((c) => ({
        id: randomUUID(), user_id: c.user_id, kind: 'urgent_registration' as const, case_file_id: caseFileId,
      }))).execute();
    }
  }
  for (const m of await householdMembers(access, [householdId])) {
    access.log({
      name: 'registration.create', processingActivityId: via.rule.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'case_file', resourceId: caseFileId,
      actingTeamId: via.teamId, actingRole: via.role, attributes: { urgent: input.urgentFlags.length > 0 },
    });
  }
  return { id: caseFileId, householdId };
}

/** The categories the user's professional role in this team gets at all (the board shows a question only in one of them). */
async function categoriesOfRoleInTeam(access: AccessSession, teamId: string): Promise<Set<DataCategory>> {
  const rows = await sql<{ category: DataCategory }>`SELECT r.category FROM category_rule r JOIN processing_activity a ON a.id = r.processing_activity_id
    JOIN team_membership m ON m.professional_role = r.professional_role
    WHERE m.user_id = ${access.actor.userId}::uuid AND m.team_id = ${teamId}::uuid AND ${currentMembership('m')} AND a.legal_basis_kind <> 'consent'`.execute(access.tx);
  return new Set(rows.rows.map((r) => r.category));
}

/** The daily triage board: the team's unassigned open registrations, urgent first, then oldest. */
export async function triageBoard(access: AccessSession, teamId: string): Promise<{ items: TriageItem[]; candidates: Array<{ userId: string; displayName: string; discipline: string | null; role: string }> }> {
  const via = grantingTeams(access.grants, 'registration', 'list').find((t) => t.teamId === teamId);
  if (!via) throw forbidden({ nl: 'Alleen leden van dit team zien de dagstart van het team.', en: 'Only members of this team see its daily triage.' });
  const rows = await sql<{ id: string; household_id: string; household_name: string; channel: Channel | null; referrer_type: ReferrerType | null; question: string | null; question_category: DataCategory; urgent_flags: UrgentFlag[]; opened_at: Date; registered_by: string | null; registered_by_name: string | null }>`
    SELECT cf.id, cf.household_id, h.name AS household_name, cf.channel, cf.referrer_type, cf.question, cf.question_category,
           cf.urgent_flags, cf.opened_at, cf.registered_by, u.display_name AS registered_by_name
    FROM case_file cf JOIN household h ON h.id = cf.household_id LEFT JOIN app_user u ON u.id = cf.registered_by
    WHERE cf.team_id = ${teamId}::uuid AND cf.closed_at IS NULL AND cf.assigned_at IS NULL
    ORDER BY cardinality(cf.urgent_flags) > 0 DESC, cf.opened_at, cf.id
    LIMIT 200`.execute(access.tx);
  const members = await householdMembers(access, rows.rows.map((r) => r.household_id));
  const forMyRole = await categoriesOfRoleInTeam(access, teamId);
  const relation: ObjectRelation = { teamIds: [teamId], assignments: [] };
  const canAssign = abilities(access.grants, 'registration', ['assign'], relation);
  const items = rows.rows.map((r) => {
    const own = members.filter((m) => m.household_id === r.household_id);
    for (const m of own) {
      access.log({
        name: 'registration.list', processingActivityId: via.rule.processingActivityId, outcome: 'allowed',
        dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'case_file', resourceId: r.id,
        actingTeamId: via.teamId, actingRole: via.role,
      });
    }
    return {
      id: r.id, householdId: r.household_id, householdName: r.household_name,
      members: own.map((m) => ({ personId: m.person_id, displayName: displayName(m), birthDate: m.birth_date, role: m.role })),
      channel: r.channel, referrerType: r.referrer_type, question: forMyRole.has(r.question_category) ? r.question : null, questionCategory: r.question_category,
      urgentFlags: r.urgent_flags, registeredAt: r.opened_at,
      registeredBy: r.registered_by ? { id: r.registered_by, displayName: r.registered_by_name ?? '?' } : null,
      abilities: canAssign,
    };
  });
  const candidates = (await currentTeamMembers(access, teamId)).map((m) => ({ userId: m.user_id, displayName: m.display_name, discipline: m.discipline, role: m.role }));
  return { items, candidates };
}

/** The coordinator assigns (or reassigns) the professional and the household's coordinator; history is kept. */
export async function assignRegistration(access: AccessSession, caseFileId: string, input: { professionalId: string; coordinatorId: string; note?: string }) {
  const row = await access.tx.selectFrom('case_file').select(['id', 'household_id', 'team_id', 'closed_at'])
    .where('id', '=', caseFileId).executeTakeFirst();
  const relation: ObjectRelation = { teamIds: row && !row.closed_at && memberTeamIds(access).includes(row.team_id) ? [row.team_id] : [], assignments: [] };
  const canSee = decide(access.grants, 'registration', 'get', relation).allowed;
  const decision = decide(access.grants, 'registration', 'assign', relation);
  if (!row || !canSee) throw notFound();
  if (!decision.allowed) throw forbidden({ nl: 'Alleen de coördinator van het team wijst aanmeldingen toe.', en: 'Only the team coordinator assigns registrations.' });
  const members = new Set((await currentTeamMembers(access, row.team_id)).map((m) => m.user_id));
  const issues = (['professionalId', 'coordinatorId'] as const).filter((k) => !members.has(input[k]))
    .map((k) => ({ path: `body.${k}`, message: { nl: 'Kies iemand die nu lid is van het team', en: 'Choose a current member of the team' } }));
  if (issues.length > 0) throw new HttpError(422, 'not_a_team_member', { nl: 'De gekozen medewerker is geen lid van dit team.', en: 'The chosen staff member is not a member of this team.' }, issues);
  const now = new Date();
  await access.tx.updateTable('case_file').set({ kind: 'case', professional_id: input.professionalId, coordinator_id: input.coordinatorId, assigned_at: now })
    .where('id', '=', caseFileId).execute();
  await access.tx.insertInto('case_assignment').values({
    id: randomUUID(), case_file_id: caseFileId, professional_id: input.professionalId, coordinator_id: input.coordinatorId,
    assigned_by: access.actor.userId, assigned_at: now, note: input.note ?? null,
  }).execute();
  const notify = [...new Set([input.professionalId, input.coordinatorId])].filter((u) => u !== access.actor.userId);
  if (notify.length > 0) {
    await access.tx.insertInto('notification').values(notify.map((u) => ({ id: randomUUID(), user_id: u, kind: 'case_assigned' as const, case_file_id: caseFileId }))).execute();
  }
  for (const m of await householdMembers(access, [row.household_id])) {
    access.log({
      name: 'registration.assign', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'case_file', resourceId: caseFileId,
      actingTeamId: decision.teamId, actingRole: decision.role,
    });
  }
  return { id: caseFileId, householdId: row.household_id, professionalId: input.professionalId, coordinatorId: input.coordinatorId, assignedAt: now };
}
