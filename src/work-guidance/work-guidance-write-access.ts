/**
 * Recording work guidance: an assessment (always a new row, never an overwrite) with its routing
 * proposal; a new proposal from the latest assessment; and the professional's decision on the
 * latest proposal — confirmed, or overridden with a reason. Both are kept, with who and when.
 */
import { randomUUID } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { conflict, invalid, notFound, type FieldIssue } from '../server/errors.ts';
import { ladderScores } from '../trajectories/trajectory-access.ts';
import { computeProposal } from './proposal-access.ts';
import { configurationFor, logWrite, openForWriting, tables, type WorkGuidanceContext } from './work-guidance-access.ts';
import type { AssessmentInput, OverrideInput } from './work-guidance-schemas.ts';
import { assessmentFacts, latestAssessment, presentProposal, workGuidanceView, type AssessmentRow, type ProposalRow } from './work-guidance-view-access.ts';

type Writing = WorkGuidanceContext & { activityId: string };

const issue = (path: string, nl: string, en: string): FieldIssue => ({ path, message: { nl, en } });

function refuse(issues: FieldIssue[]) {
  if (issues.length > 0) {
    throw invalid({ nl: `Dit klopt nog niet: ${issues.length} punt(en). Zie de velden.`, en: `This is not right yet: ${issues.length} point(s). See the fields.` }, issues);
  }
}

/** Computes the proposal for the assessment on the date, stores it with the configuration version, and logs what it read. */
async function recordProposal(access: AccessSession, context: Writing, assessment: AssessmentRow, on: string): Promise<ProposalRow> {
  const { proposal, configuration } = await computeProposal(access, context, assessmentFacts(assessment), on);
  const id = randomUUID();
  const { created_at: createdAt } = await tables(access).insertInto('work_routing_proposal').values({
    id, person_id: context.person.id, household_id: context.householdId, assessment_id: assessment.id, proposed_on: on,
    configuration_id: configuration?.id ?? null, routing_kind: proposal.kind, route_key: proposal.route?.key ?? null,
    route: proposal.route ? JSON.stringify(proposal.route) : null, reasons: JSON.stringify(proposal.reasons),
    alternatives: JSON.stringify(proposal.alternatives), created_by: access.actor.userId,
  }).returning('created_at').executeTakeFirstOrThrow();
  context.policy.logRead(access, {
    name: 'work_guidance.propose', resourceType: 'work_routing_proposal', resourceId: id,
    attributes: { configurationId: configuration?.id ?? null, kind: proposal.kind, route: proposal.route?.key ?? null, proposedOn: on },
  }, [context.person.id]);
  return {
    id, assessment_id: assessment.id, proposed_on: on, configuration_id: configuration?.id ?? null, valid_from: configuration?.validFrom ?? null,
    routing_kind: proposal.kind, route: proposal.route, reasons: proposal.reasons, alternatives: proposal.alternatives,
    created_by: access.actor.userId, created_by_name: access.actor.displayName, created_at: createdAt,
    outcome: null, route_key: null, route_title: null, reason: null, note: null, decided_by: null, decided_by_name: null, decided_at: null,
  };
}

export async function recordAssessment(access: AccessSession, personId: string, input: AssessmentInput) {
  const context = await openForWriting(access, personId, 'create');
  const assessedOn = input.assessedOn ?? context.today;
  const issues: FieldIssue[] = [];
  if (assessedOn > context.today) issues.push(issue('body.assessedOn', 'De datum ligt in de toekomst', 'The date is in the future'));
  const groups = (await configurationFor(access, context, assessedOn))?.configuration.targetGroups ?? [];
  const classification = input.classification ? groups.find((g) => g.key === input.classification) : undefined;
  if (input.classification && !classification) {
    issues.push(issue('body.classification', 'Deze indeling staat niet in het organisatiemodel dat op die datum geldt', 'This classification is not in the organisation model in force on that date'));
  }
  refuse(issues);
  const latestScore = input.ladderStep === undefined ? (await ladderScores(access, personId, context.policy)).at(-1) : undefined;
  const ladderStep = input.ladderStep ?? latestScore?.step ?? null;
  const id = randomUUID();
  const row = await tables(access).insertInto('work_assessment').values({
    id, person_id: personId, household_id: context.householdId, assessed_on: assessedOn, assessed_by: access.actor.userId,
    distance: input.distance, ladder_step: ladderStep, ladder_source: ladderStep === null ? null : input.ladderStep === undefined ? 'score' : 'assessor',
    classification: classification?.key ?? null, classification_name: classification?.name ?? null,
    work_limitation: input.workLimitation ?? null, expected_months_to_work: input.expectedMonthsToWork ?? null, motivation: input.motivation,
  }).returningAll().executeTakeFirstOrThrow();
  logWrite(access, context, 'work_guidance.assess', 'work_assessment', id, { distance: input.distance });
  await recordProposal(access, context, row, context.today);
  return workGuidanceView(access, context);
}

/** A new proposal from the latest assessment (after a change of the configuration, or of the person's postcode); answers the proposal. */
export async function proposeAgain(access: AccessSession, personId: string, on: string | undefined) {
  const context = await openForWriting(access, personId, 'create');
  const assessment = await latestAssessment(access, personId);
  if (!assessment) throw conflict({ nl: 'Er is nog geen beoordeling van de afstand tot werk: leg die eerst vast.', en: 'There is no assessment of the distance to work yet: record one first.' });
  const date = on ?? context.today;
  refuse([
    ...(date > context.today ? [issue('body.on', 'Een voorstel wordt vandaag of eerder gedaan; bekijk een latere datum met "vooruitkijken"', 'A proposal is made today or earlier; look at a later date with the preview')] : []),
    ...(date < assessment.assessed_on ? [issue('body.on', 'De datum ligt vóór de beoordeling', 'The date is before the assessment')] : []),
  ]);
  return presentProposal(await recordProposal(access, context, assessment, date), true, context.abilities);
}

/** The proposal to decide on: the person's latest, not decided yet. */
async function openProposal(access: AccessSession, proposalId: string) {
  const row = await tables(access).selectFrom('work_routing_proposal').selectAll().where('id', '=', proposalId).executeTakeFirst();
  if (!row) throw notFound();
  const context = await openForWriting(access, row.person_id, 'update');
  if (await tables(access).selectFrom('work_routing_decision').select('proposal_id').where('proposal_id', '=', row.id).executeTakeFirst()) {
    throw conflict({ nl: 'Over dit voorstel is al besloten. Maak een nieuwe beoordeling of een nieuw voorstel.', en: 'This proposal has been decided already. Make a new assessment or a new proposal.' });
  }
  const latest = await tables(access).selectFrom('work_routing_proposal').select('id').where('person_id', '=', row.person_id)
    .orderBy('created_at', 'desc').orderBy('id').limit(1).executeTakeFirstOrThrow();
  if (latest.id !== row.id) throw conflict({ nl: 'Er is een nieuwer voorstel: besluit over dat voorstel.', en: 'There is a newer proposal: decide on that one.' });
  return { row, context };
}

export async function confirmProposal(access: AccessSession, proposalId: string, note: string | undefined) {
  const { row, context } = await openProposal(access, proposalId);
  if (!row.route) {
    throw conflict({ nl: 'Dit voorstel noemt geen route. Stel zelf een route vast met een reden (afwijken).', en: 'This proposal names no route. Set a route yourself with a reason (override).' });
  }
  await tables(access).insertInto('work_routing_decision').values({
    proposal_id: row.id, outcome: 'confirmed', route_key: row.route.key, route_title: JSON.stringify(row.route.title), note: note || null, decided_by: access.actor.userId,
  }).execute();
  logWrite(access, context, 'work_guidance.confirm', 'work_routing_proposal', row.id, { route: row.route.key });
  return workGuidanceView(access, context);
}

export async function overrideProposal(access: AccessSession, proposalId: string, input: OverrideInput) {
  const { row, context } = await openProposal(access, proposalId);
  const chosen = input.route ? row.alternatives.find((a) => a.key === input.route) : undefined;
  if (input.route && !chosen) refuse([issue('body.route', 'Kies een route van het routeringsmodel', 'Choose a route of the routing model')]);
  await tables(access).insertInto('work_routing_decision').values({
    proposal_id: row.id, outcome: 'overridden', route_key: chosen?.key ?? null, route_title: chosen ? JSON.stringify(chosen.title) : null,
    reason: input.reason, note: input.note || null, decided_by: access.actor.userId,
  }).execute();
  logWrite(access, context, 'work_guidance.override', 'work_routing_proposal', row.id, { proposed: row.route_key, chosen: chosen?.key ?? null });
  return workGuidanceView(access, context);
}
