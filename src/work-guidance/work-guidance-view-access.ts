/** What the "Werk en route" page shows of one person: assessments and proposals, newest first. */
import { sql, type Selectable } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import type { Message } from '../server/errors.ts';
import { ladderScores } from '../trajectories/trajectory-access.ts';
import type { AssessmentFacts, ProposedRoute, Reason, RouteOption, RoutingKind } from './proposal-types.ts';
import { category, configurationFor, tables, type WorkGuidanceContext } from './work-guidance-access.ts';
import type { WorkAssessmentTable } from './work-guidance-tables.ts';

export type AssessmentRow = Selectable<WorkAssessmentTable>;

export const assessmentFacts = (a: AssessmentRow): AssessmentFacts => ({
  distance: a.distance, ladderStep: a.ladder_step, classification: a.classification, workLimitation: a.work_limitation, expectedMonthsToWork: a.expected_months_to_work,
});

export async function latestAssessment(access: AccessSession, personId: string): Promise<AssessmentRow | undefined> {
  return tables(access).selectFrom('work_assessment').selectAll().where('person_id', '=', personId)
    .orderBy('assessed_on', 'desc').orderBy('recorded_at', 'desc').limit(1).executeTakeFirst();
}

export interface ProposalRow {
  id: string; assessment_id: string; proposed_on: string; configuration_id: string | null; valid_from: string | null; routing_kind: RoutingKind;
  route: ProposedRoute | null; reasons: Reason[]; alternatives: RouteOption[]; created_by: string; created_by_name: string; created_at: Date;
  outcome: 'confirmed' | 'overridden' | null; route_key: string | null; route_title: Message | null; reason: string | null; note: string | null;
  decided_by: string | null; decided_by_name: string | null; decided_at: Date | null;
}

async function proposalRows(access: AccessSession, personId: string): Promise<ProposalRow[]> {
  return (await sql<ProposalRow>`
    SELECT p.id, p.assessment_id, p.proposed_on::text AS proposed_on, p.configuration_id, c.valid_from::text AS valid_from, p.routing_kind,
      p.route, p.reasons, p.alternatives, p.created_by, cu.display_name AS created_by_name, p.created_at,
      d.outcome, d.route_key, d.route_title, d.reason, d.note, d.decided_by, du.display_name AS decided_by_name, d.decided_at
    FROM work_routing_proposal p
    LEFT JOIN municipal_configuration c ON c.id = p.configuration_id
    JOIN app_user cu ON cu.id = p.created_by
    LEFT JOIN work_routing_decision d ON d.proposal_id = p.id
    LEFT JOIN app_user du ON du.id = d.decided_by
    WHERE p.person_id = ${personId}::uuid ORDER BY p.created_at DESC, p.id`.execute(access.tx)).rows;
}

/** The options of a new assessment: the routing model today and the municipality's classifications. */
async function assessmentOptions(access: AccessSession, context: WorkGuidanceContext) {
  const current = await configurationFor(access, context, context.today);
  const configuration = current?.configuration;
  const routing = configuration?.routing;
  const groups = configuration?.targetGroups ?? [];
  const order = routing?.kind === 'maastricht_groups' ? routing.groups.map((g) => g.targetGroup) : [];
  const classifications = [...groups].sort((a, b) => rank(order, a.key) - rank(order, b.key)).map((g) => ({ key: g.key, name: g.name }));
  return { routingKind: (routing?.kind ?? 'no_configuration') as RoutingKind, configurationId: current?.id ?? null, classifications };
}

/** A proposal with its decision; only the person's latest (current) one can still be decided. */
export function presentProposal(p: ProposalRow, current: boolean, can: { update: boolean }) {
  return {
    id: p.id, assessmentId: p.assessment_id, proposedOn: p.proposed_on,
    configuration: p.configuration_id ? { id: p.configuration_id, validFrom: p.valid_from } : null,
    kind: p.routing_kind, route: p.route, reasons: p.reasons, alternatives: p.alternatives, createdBy: { id: p.created_by, displayName: p.created_by_name }, createdAt: p.created_at,
    decision: p.outcome ? {
      outcome: p.outcome, route: p.route_key ? { key: p.route_key, title: p.route_title! } : null, reason: p.reason, note: p.note,
      decidedBy: { id: p.decided_by!, displayName: p.decided_by_name ?? '' }, decidedAt: p.decided_at,
    } : null,
    current,
    abilities: { confirm: can.update && current && !p.outcome && p.route !== null, override: can.update && current && !p.outcome },
  };
}

const rank = (order: string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

export async function workGuidanceView(access: AccessSession, context: WorkGuidanceContext) {
  const { person, policy } = context;
  const head = { person: { id: person.id, displayName: person.displayName }, householdId: context.householdId, today: context.today };
  if (!context.activityId) {
    policy.admit(category, [person.id]);
    return { ...head, visible: false, assessments: [], proposals: [], ladder: null, options: null, withheld: policy.withheld(), abilities: { create: false, update: false } };
  }
  policy.admit(category, [person.id]);
  const assessments = await tables(access).selectFrom('work_assessment as a').innerJoin('app_user as u', 'u.id', 'a.assessed_by')
    .selectAll('a').select('u.display_name').where('a.person_id', '=', person.id)
    .orderBy('a.assessed_on', 'desc').orderBy('a.recorded_at', 'desc').execute();
  const proposals = await proposalRows(access, person.id);
  const can = context.abilities;
  return {
    ...head,
    visible: true,
    assessments: assessments.map((a) => ({
      id: a.id, assessedOn: a.assessed_on, assessedBy: { id: a.assessed_by, displayName: a.display_name }, distance: a.distance, ladderStep: a.ladder_step, ladderSource: a.ladder_source,
      classification: a.classification ? { key: a.classification, name: a.classification_name ?? a.classification } : null,
      workLimitation: a.work_limitation, expectedMonthsToWork: a.expected_months_to_work, motivation: a.motivation, recordedAt: a.recorded_at,
    })),
    proposals: proposals.map((p, i) => presentProposal(p, i === 0, can)),
    ladder: (await ladderScores(access, person.id, policy)).at(-1) ?? null,
    options: await assessmentOptions(access, context),
    withheld: policy.withheld(),
    abilities: can,
  };
}
