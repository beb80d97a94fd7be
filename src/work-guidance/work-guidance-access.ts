/**
 * Work guidance of one person through the access layer: only the coordinator and the assigned
 * professional of an open case of a household the person belongs to (or emergency access, read
 * only); everything here is of the category work_participation, so a role that does not see that
 * category gets nothing (reads) or 403 (writes). Reads and writes are logged per data subject.
 */
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, type ContentPolicy } from '../access/content-policy.ts';
import { householdOfDecision, personRelation } from '../access/relations.ts';
import { abilities, decide, type Action, type Decision } from '../access/rules.ts';
import { configurationOn, type ConfigurationInForce } from '../configuration/configuration-store.ts';
import { displayName } from '../persons/person-names.ts';
import { forbidden, notFound } from '../server/errors.ts';
import { withWorkGuidanceTables } from './work-guidance-tables.ts';

const refusal = {
  nl: 'Alleen de regisseur en de toegewezen professional werken aan werk en route van een inwoner.',
  en: 'Only the coordinator and the assigned professional work on a resident’s work guidance and routing.',
};
const categoryRefusal = {
  nl: 'Werk en route gaan over werk en participatie. Die gegevens zijn hier niet voor uw rol, of de inwoner heeft ze afgeschermd of er geen toestemming voor gegeven.',
  en: 'Work guidance is about work and participation. That data is not for your role here, or the resident has withheld it or not consented.',
};

export const category = 'work_participation' as const;
export const tables = (access: AccessSession) => withWorkGuidanceTables(access.tx);

export interface WorkGuidanceContext {
  person: { id: string; displayName: string; municipalityId: string; postcode: string | null; birthDate: string | null };
  today: string;
  householdId: string;
  decision: Decision;
  policy: ContentPolicy;
  /** The purpose under which work_participation is shown here; null when the user may not see it. */
  activityId: string | null;
  abilities: { create: boolean; update: boolean };
  /** The configuration in force per date, read once per request. */
  configurations: Map<string, Promise<ConfigurationInForce | null>>;
}

/** 404 when the person is not visible, 403 unless the user is the case's professional or coordinator. */
export async function openWorkGuidance(access: AccessSession, personId: string, action: Action): Promise<WorkGuidanceContext> {
  const relation = await personRelation(access, personId);
  if (!relation.exists || !decide(access.grants, 'person', 'get', relation).allowed) throw notFound();
  const decision = decide(access.grants, 'work_guidance', action, relation);
  if (!decision.allowed) throw forbidden(refusal);
  const householdId = await householdOfDecision(access, personId, decision);
  if (!householdId) throw notFound();
  const policy = await contentPolicy(access, householdId, decision);
  const verdict = policy.check(category, [personId]);
  const row = await access.tx.selectFrom('person')
    .select(['id', 'given_names', 'family_name_prefix', 'family_name', 'municipality_id', 'postcode', 'birth_date', sql<string>`current_date::text`.as('today')])
    .where('id', '=', personId).executeTakeFirstOrThrow();
  return {
    person: { id: row.id, displayName: displayName(row), municipalityId: row.municipality_id, postcode: row.postcode, birthDate: row.birth_date },
    today: row.today, householdId, decision, policy,
    activityId: verdict.visible ? verdict.activityId : null,
    abilities: abilities(access.grants, 'work_guidance', ['create', 'update'], relation),
    configurations: new Map(),
  };
}

/** The version of the person's municipality's configuration in force on the date. */
export function configurationFor(access: AccessSession, context: WorkGuidanceContext, on: string): Promise<ConfigurationInForce | null> {
  let found = context.configurations.get(on);
  if (!found) {
    found = configurationOn(access.tx, context.person.municipalityId, on);
    context.configurations.set(on, found);
  }
  return found;
}

/** For recording: the category must be visible (and so accounted for) here. */
export async function openForWriting(access: AccessSession, personId: string, action: Action): Promise<WorkGuidanceContext & { activityId: string }> {
  const context = await openWorkGuidance(access, personId, action);
  if (!context.activityId) throw forbidden(categoryRefusal);
  context.policy.admit(category, [personId]);
  return context as WorkGuidanceContext & { activityId: string };
}

/** One entry for the write, about the person it concerns. */
export function logWrite(access: AccessSession, context: WorkGuidanceContext & { activityId: string }, name: string, resourceType: string, resourceId: string, attributes: Record<string, unknown> = {}) {
  access.log({
    name, processingActivityId: context.activityId, outcome: 'allowed', dataSubject: { id: context.person.id, type: 'samenspel_person_id' },
    resourceType, resourceId, actingTeamId: context.decision.teamId, actingRole: context.decision.role, attributes,
  });
}
