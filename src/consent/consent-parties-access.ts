import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { authoriseHouseholdContent } from '../access/relations.ts';
import type { Decision } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { DataCategory, ProfessionalRole } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import { invalid, type FieldIssue } from '../server/errors.ts';

/** Below this age a parent's consent counts for the child (UAVG art. 5), as in the content policy. */
export const consentAge = 16;

export interface Bilingual { nl: string; en: string }

export interface SharingMember { personId: string; displayName: string; adult: boolean }

/** Who a consent or restriction can name, and the purposes a consent can be for. */
export interface SharingChoices {
  teams: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
  roles: Array<{ id: ProfessionalRole; name: Bilingual }>;
  users: Array<{ id: string; displayName: string; teams: string[] }>;
  activities: Array<{ id: string; name: string; categories: DataCategory[] }>;
}

/** The household's current members: the only persons a consent or restriction here can be about. */
export async function householdMembers(access: AccessSession, householdId: string): Promise<SharingMember[]> {
  const rows = await sql<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; adult: boolean }>`
    SELECT hm.person_id, p.given_names, p.family_name_prefix, p.family_name,
      (p.birth_date IS NULL OR p.birth_date <= current_date - make_interval(years => ${consentAge})) AS adult
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}
    ORDER BY hm.valid_from, p.search_name`.execute(access.tx);
  return rows.rows.map((r) => ({ personId: r.person_id, displayName: displayName(r), adult: r.adult }));
}

/** The choices, for those who see the dossier's contents (the forms are theirs). */
export async function listSharingChoices(access: AccessSession, householdId: string): Promise<SharingChoices> {
  await authoriseHouseholdContent(access, householdId, 'dossier', 'get', {
    nl: 'Alleen de regisseur en de toegewezen professional leggen toestemming en afscherming vast.',
    en: 'Only the coordinator and the assigned professional record consent and restrictions.',
  });
  return sharingChoices(access, householdId);
}

/**
 * Teams and organisations of the household's municipality (organisations without one serve
 * every municipality), the professional roles, the staff working in those teams today, and the
 * processing activities whose legal basis is consent.
 */
export async function sharingChoices(access: AccessSession, householdId: string): Promise<SharingChoices> {
  const municipality = sql`(SELECT municipality_id FROM household WHERE id = ${householdId}::uuid)`;
  const [teams, organisations, roles, users, activities] = await Promise.all([
    sql<{ id: string; name: string }>`SELECT id, name FROM team
      WHERE municipality_id = ${municipality} AND valid_from <= current_date AND (valid_until IS NULL OR valid_until >= current_date) ORDER BY name`.execute(access.tx),
    sql<{ id: string; name: string }>`SELECT id, name FROM organisation
      WHERE municipality_id = ${municipality} OR municipality_id IS NULL ORDER BY name`.execute(access.tx),
    access.tx.selectFrom('professional_role').select(['id', 'name_nl', 'name_en']).orderBy('name_nl').execute(),
    sql<{ id: string; display_name: string; teams: string[] }>`SELECT u.id, u.display_name, array_agg(DISTINCT t.name ORDER BY t.name) AS teams
      FROM app_user u JOIN team_membership m ON m.user_id = u.id JOIN team t ON t.id = m.team_id
      WHERE u.disabled_at IS NULL AND t.municipality_id = ${municipality} AND ${currentMembership('m')}
      GROUP BY u.id, u.display_name ORDER BY u.display_name`.execute(access.tx),
    access.tx.selectFrom('processing_activity').select(['id', 'name', 'data_categories'])
      .where('legal_basis_kind', '=', 'consent').orderBy('name').execute(),
  ]);
  return {
    teams: teams.rows,
    organisations: organisations.rows,
    roles: roles.map((r) => ({ id: r.id, name: { nl: r.name_nl, en: r.name_en } })),
    users: users.rows.map((u) => ({ id: u.id, displayName: u.display_name, teams: u.teams })),
    activities: activities.map((a) => ({ id: a.id, name: a.name, categories: a.data_categories })),
  };
}

/** 400 with a path per named team, organisation, user or role that is not among the choices. */
export function checkParties(choices: SharingChoices, parties: { teamId?: string; organisationId?: string; userId?: string; role?: string }, at: string) {
  const issues: FieldIssue[] = [];
  const missing = (list: Array<{ id: string }>, id: string | undefined) => id !== undefined && !list.some((x) => x.id === id);
  if (missing(choices.teams, parties.teamId)) issues.push({ path: `${at}.teamId`, message: { nl: 'Dit team werkt niet in deze gemeente', en: 'This team does not work in this municipality' } });
  if (missing(choices.organisations, parties.organisationId)) issues.push({ path: `${at}.organisationId`, message: { nl: 'Deze organisatie werkt niet in deze gemeente', en: 'This organisation does not work in this municipality' } });
  if (missing(choices.users, parties.userId)) issues.push({ path: `${at}.userId`, message: { nl: 'Deze medewerker werkt niet in een team van deze gemeente', en: 'This staff member does not work in a team of this municipality' } });
  if (missing(choices.roles, parties.role)) issues.push({ path: `${at}.role`, message: { nl: 'Onbekende rol', en: 'Unknown role' } });
  return issues;
}

/** 400 for persons who are not current members of the household. */
export function checkMembers(members: readonly SharingMember[], personIds: readonly string[]): FieldIssue[] {
  return personIds.flatMap((id, i) => members.some((m) => m.personId === id) ? []
    : [{ path: `body.personIds.${i}`, message: { nl: 'Hoort niet bij het huishouden', en: 'Not in the household' } }]);
}

export function rejectIfAny(issues: FieldIssue[]) {
  if (issues.length === 0) return;
  throw invalid({ nl: 'Controleer de gemarkeerde velden; er is niets opgeslagen.', en: 'Check the marked fields; nothing was saved.' }, issues);
}

/**
 * Consents and restrictions are processed under consent-sharing: the purpose the register gives
 * for sharing on the resident's word. With emergency access, under that access's own activity.
 */
export function logSharing(access: AccessSession, decision: Decision, name: string, subjects: readonly string[], resource: { type: string; id: string }, attributes: Record<string, unknown> = {}) {
  const activity = decision.role === 'emergency_access' ? decision.rule!.processingActivityId : 'consent-sharing';
  for (const id of subjects) {
    access.log({
      name, processingActivityId: activity, outcome: 'allowed', dataSubject: { id, type: 'samenspel_person_id' },
      resourceType: resource.type, resourceId: resource.id, actingTeamId: decision.teamId, actingRole: decision.role,
      attributes: decision.role === 'emergency_access' ? { ...attributes, emergency: true } : attributes,
    });
  }
}
