import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { authoriseHouseholdContent, householdRelation } from '../access/relations.ts';
import { decide } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { DataCategory, ProfessionalRole } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import { conflict, notFound } from '../server/errors.ts';
import { checkMembers, checkParties, householdMembers, logSharing, rejectIfAny, sharingChoices, type Bilingual } from './consent-parties-access.ts';
import type { RestrictionInput } from './restriction-schemas.ts';

export type RestrictionTargetKind = 'user' | 'team' | 'organisation' | 'role';

/** A category the target processes under a legal duty: the restriction cannot stop that. */
export interface NotEffective {
  category: DataCategory;
  role: { id: ProfessionalRole; name: Bilingual };
  processingActivity: { id: string; name: string };
}

export interface RestrictionView {
  id: string;
  person: { id: string; displayName: string };
  categories: DataCategory[];
  appliesTo: { kind: RestrictionTargetKind; id: string; name: Bilingual };
  reason: string | null;
  recordedBy: { id: string; displayName: string };
  recordedAt: Date;
  ended: { at: Date; by: { id: string; displayName: string } } | null;
  /** Today's category rules: where the law obliges processing whatever the resident wants. */
  notEffectiveFor: NotEffective[];
}

const readRefusal = { nl: 'Afschermingen ziet alleen wie de inhoud van het dossier ziet: de regisseur en de toegewezen professional.', en: 'Restrictions are seen only by those who see the dossier’s contents: the coordinator and the assigned professional.' };
const writeRefusal = { nl: 'Een afscherming vastleggen of beëindigen doen de regisseur en de toegewezen professional.', en: 'A restriction is recorded or ended by the coordinator and the assigned professional.' };

/** The restrictions the household's current members asked for, those in force first. */
export async function listRestrictions(access: AccessSession, householdId: string) {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'get', readRefusal);
  const members = await householdMembers(access, householdId);
  const items = await loadRestrictions(access, { personIds: members.map((m) => m.personId) });
  logSharing(access, decision, 'restriction.list', members.map((m) => m.personId), { type: 'household', id: householdId }, { restrictions: items.length });
  const canRecord = decide(access.grants, 'dossier', 'update', await householdRelation(access, householdId)).allowed;
  return { items, abilities: { record: canRecord } };
}

/**
 * The resident withholds categories of their own data from one user, team, organisation or role.
 * Recorded even where a legal duty overrides it; `notEffectiveFor` says where.
 */
export async function recordRestrictions(access: AccessSession, householdId: string, input: RestrictionInput): Promise<{ items: RestrictionView[] }> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'update', writeRefusal);
  const members = await householdMembers(access, householdId);
  const choices = await sharingChoices(access, householdId);
  rejectIfAny([...checkMembers(members, input.personIds), ...checkParties(choices, input.appliesTo, 'body.appliesTo')]);
  const ids: string[] = [];
  for (const personId of input.personIds) {
    const id = randomUUID();
    await access.tx.insertInto('sharing_restriction').values({
      id, person_id: personId, categories: input.categories,
      applies_to_user_id: input.appliesTo.userId ?? null, applies_to_team_id: input.appliesTo.teamId ?? null,
      applies_to_organisation_id: input.appliesTo.organisationId ?? null, applies_to_role: input.appliesTo.role ?? null,
      reason: input.reason ?? null, recorded_by: access.actor.userId,
    }).execute();
    ids.push(id);
    logSharing(access, decision, 'restriction.record', [personId], { type: 'sharing_restriction', id }, { categories: input.categories });
  }
  return { items: await loadRestrictions(access, { ids }) };
}

/** Ending a restriction shares again from the next request on what the rules and consents allow. */
export async function endRestriction(access: AccessSession, householdId: string, restrictionId: string): Promise<RestrictionView> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'update', writeRefusal);
  const members = await householdMembers(access, householdId);
  const [restriction] = await loadRestrictions(access, { ids: [restrictionId], personIds: members.map((m) => m.personId) });
  if (!restriction) throw notFound();
  if (restriction.ended) throw conflict({ nl: 'Deze afscherming is al beëindigd.', en: 'This restriction has already been ended.' });
  await access.tx.updateTable('sharing_restriction').set({ ended_at: sql<Date>`now()`, ended_by: access.actor.userId })
    .where('id', '=', restrictionId).where('ended_at', 'is', null).execute();
  logSharing(access, decision, 'restriction.end', [restriction.person.id], { type: 'sharing_restriction', id: restrictionId }, { categories: restriction.categories });
  return (await loadRestrictions(access, { ids: [restrictionId] }))[0]!;
}

async function loadRestrictions(access: AccessSession, filter: { ids?: string[]; personIds?: string[] }): Promise<RestrictionView[]> {
  const byId = filter.ids ? sql`AND s.id = ANY(${filter.ids}::uuid[])` : sql``;
  const byPerson = filter.personIds ? sql`AND s.person_id = ANY(${filter.personIds}::uuid[])` : sql``;
  const rows = await sql<{
    id: string; person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; categories: DataCategory[];
    kind: RestrictionTargetKind; target_id: string; target_nl: string; target_en: string; reason: string | null;
    recorded_by: string; recorder: string; recorded_at: Date; ended_at: Date | null; ended_by: string | null; ender: string | null;
  }>`
    SELECT s.id, s.person_id, p.given_names, p.family_name_prefix, p.family_name, s.categories,
      CASE WHEN s.applies_to_user_id IS NOT NULL THEN 'user' WHEN s.applies_to_team_id IS NOT NULL THEN 'team'
           WHEN s.applies_to_organisation_id IS NOT NULL THEN 'organisation' ELSE 'role' END AS kind,
      COALESCE(s.applies_to_user_id::text, s.applies_to_team_id::text, s.applies_to_organisation_id::text, s.applies_to_role) AS target_id,
      COALESCE(tu.display_name, t.name, o.name, r.name_nl) AS target_nl, COALESCE(tu.display_name, t.name, o.name, r.name_en) AS target_en,
      s.reason, s.recorded_by, ru.display_name AS recorder, s.recorded_at, s.ended_at, s.ended_by, eu.display_name AS ender
    FROM sharing_restriction s JOIN person p ON p.id = s.person_id JOIN app_user ru ON ru.id = s.recorded_by
    LEFT JOIN app_user eu ON eu.id = s.ended_by LEFT JOIN app_user tu ON tu.id = s.applies_to_user_id
    LEFT JOIN team t ON t.id = s.applies_to_team_id LEFT JOIN organisation o ON o.id = s.applies_to_organisation_id
    LEFT JOIN professional_role r ON r.id = s.applies_to_role
    WHERE true ${byId} ${byPerson}
    ORDER BY (s.ended_at IS NULL) DESC, s.recorded_at DESC, s.id`.execute(access.tx);
  const overridden = await notEffective(access, rows.rows.filter((r) => !r.ended_at).map((r) => r.id));
  return rows.rows.map((r) => ({
    id: r.id, person: { id: r.person_id, displayName: displayName(r) }, categories: r.categories,
    appliesTo: { kind: r.kind, id: r.target_id, name: { nl: r.target_nl, en: r.target_en } },
    reason: r.reason, recordedBy: { id: r.recorded_by, displayName: r.recorder }, recordedAt: r.recorded_at,
    ended: r.ended_at ? { at: r.ended_at, by: { id: r.ended_by!, displayName: r.ender ?? '?' } } : null,
    notEffectiveFor: overridden.get(r.id) ?? [],
  }));
}

/**
 * Per restriction: the categories it names that a role it reaches processes under a legal duty.
 * A user is reached in each of their current teams, a team through its current members, an
 * organisation through its employees' current memberships.
 */
async function notEffective(access: AccessSession, ids: string[]): Promise<Map<string, NotEffective[]>> {
  const found = new Map<string, NotEffective[]>();
  if (ids.length === 0) return found;
  const rows = await sql<{ restriction_id: string; category: DataCategory; role_id: ProfessionalRole; role_nl: string; role_en: string; activity_id: string; activity_name: string }>`
    WITH reached AS (
      SELECT s.id, s.categories, s.applies_to_role AS role FROM sharing_restriction s WHERE s.id = ANY(${ids}::uuid[]) AND s.applies_to_role IS NOT NULL
      UNION
      SELECT s.id, s.categories, m.professional_role FROM sharing_restriction s
        JOIN team_membership m ON ${currentMembership('m')} JOIN app_user u ON u.id = m.user_id
       WHERE s.id = ANY(${ids}::uuid[])
         AND (m.user_id = s.applies_to_user_id OR m.team_id = s.applies_to_team_id OR u.employer_organisation_id = s.applies_to_organisation_id)
    )
    SELECT DISTINCT reached.id AS restriction_id, cr.category, r.id AS role_id, r.name_nl AS role_nl, r.name_en AS role_en, a.id AS activity_id, a.name AS activity_name
    FROM reached JOIN category_rule cr ON cr.professional_role = reached.role AND cr.category = ANY(reached.categories)
    JOIN processing_activity a ON a.id = cr.processing_activity_id AND a.legal_basis_kind = 'legal_duty'
    JOIN professional_role r ON r.id = cr.professional_role
    ORDER BY cr.category, r.id`.execute(access.tx);
  for (const r of rows.rows) {
    const list = found.get(r.restriction_id) ?? [];
    list.push({ category: r.category, role: { id: r.role_id, name: { nl: r.role_nl, en: r.role_en } }, processingActivity: { id: r.activity_id, name: r.activity_name } });
    found.set(r.restriction_id, list);
  }
  return found;
}
