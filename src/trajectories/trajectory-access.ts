import { sql, type Selectable } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, type ContentPolicy } from '../access/content-policy.ts';
import { householdRelation } from '../access/relations.ts';
import { abilities, decide, type Action } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import type { DataCategory } from '../db/schema.ts';
import { displayName } from '../persons/person-names.ts';
import type { PlanContent } from '../plans/plan-schemas.ts';
import { forbidden, notFound, type FieldIssue } from '../server/errors.ts';
import { ladderNow } from './trajectory-rules.ts';
import { withTrajectoryTables, type TrajectoryTable } from './trajectory-tables.ts';

export type TrajectoryRow = Selectable<TrajectoryTable>;

const ladderInstrument = 'participatieladder';
const refusal = { nl: 'Alleen de regisseur en de toegewezen professional werken aan trajecten.', en: 'Only the coordinator and the assigned professional work on trajectories.' };
const categoryRefusal = {
  nl: 'Trajecten gaan over werk en participatie. Die gegevens zijn hier niet voor uw rol, of de inwoner heeft ze afgeschermd of er geen toestemming voor gegeven.',
  en: 'Trajectories are about work and participation. That data is not for your role here, or the resident has withheld it or not consented.',
};

export const tables = (access: AccessSession) => withTrajectoryTables(access.tx);

/** 404 when the household is not visible, 403 unless the user is the case's professional or coordinator. */
export async function authoriseTrajectories(access: AccessSession, householdId: string, action: Action) {
  const relation = await householdRelation(access, householdId);
  if (!relation.exists || !decide(access.grants, 'household', 'get', relation).allowed) throw notFound();
  const decision = decide(access.grants, 'trajectory', action, relation);
  if (!decision.allowed) throw forbidden(refusal);
  return { decision, abilities: abilities(access.grants, 'trajectory', ['create', 'update'], relation) };
}

/** One trajectory for an action: its row, the decision, and the purpose under which its category is shown here. */
export async function openTrajectory(access: AccessSession, trajectoryId: string, action: Action) {
  const row = await tables(access).selectFrom('trajectory').selectAll().where('id', '=', trajectoryId).executeTakeFirst();
  if (!row) throw notFound();
  const { decision, abilities: can } = await authoriseTrajectories(access, row.household_id, action);
  const policy = await contentPolicy(access, row.household_id, decision);
  const verdict = policy.check(row.category, [row.person_id]);
  if (!verdict.visible) throw forbidden(categoryRefusal);
  return { row, decision, policy, activityId: verdict.activityId, abilities: can };
}

export async function today(access: AccessSession): Promise<string> {
  return (await sql<{ today: string }>`SELECT current_date::text AS today`.execute(access.tx)).rows[0]!.today;
}

export async function currentMembers(access: AccessSession, householdId: string) {
  return (await sql<{ person_id: string; given_names: string; family_name_prefix: string | null; family_name: string }>`
    SELECT DISTINCT ON (p.id) p.id AS person_id, p.given_names, p.family_name_prefix, p.family_name
    FROM household_member hm JOIN person p ON p.id = hm.person_id
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')} ORDER BY p.id`.execute(access.tx)).rows;
}

/** The professionals and coordinators of the household's open cases: who can be responsible for a trajectory. */
export async function caseProfessionals(access: AccessSession, householdId: string) {
  return (await sql<{ user_id: string; display_name: string }>`
    SELECT DISTINCT u.id AS user_id, u.display_name FROM case_file cf
    JOIN app_user u ON u.id = cf.professional_id OR u.id = cf.coordinator_id
    WHERE cf.household_id = ${householdId}::uuid AND cf.closed_at IS NULL ORDER BY u.display_name`.execute(access.tx)).rows;
}

/** A person's participatieladder scores, oldest first, as far as this user may see them. */
export async function ladderScores(access: AccessSession, personId: string, policy: ContentPolicy) {
  const rows = await access.tx.selectFrom('assessment_score').select(['score', 'assessed_on', 'category'])
    .where('person_id', '=', personId).where('instrument_id', '=', ladderInstrument).orderBy('assessed_on').execute();
  return rows.filter((r) => policy.check(r.category, [personId]).visible && policy.admit(r.category, [personId]))
    .map((r) => ({ step: r.score, on: r.assessed_on }));
}

/** The goals of the plan's newest version, with their categories. */
export async function planGoals(access: AccessSession, planId: string) {
  const version = await access.tx.selectFrom('plan_version').select('content').where('plan_id', '=', planId).orderBy('number', 'desc').executeTakeFirst();
  return ((version?.content as unknown as PlanContent | undefined)?.goals ?? []).map((g) => ({ id: g.id, description: g.description, category: g.category as DataCategory }));
}

async function userNames(access: AccessSession, ids: string[]) {
  const rows = await access.tx.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((u) => [u.id, u.display_name]));
}

/** The instruments of the household's municipality's catalogue valid today (no personal data). */
export async function catalogueInstruments(access: AccessSession, householdId: string) {
  return (await sql<{ id: string; name: string; provider: string }>`
    SELECT c.id, c.name, c.provider_name AS provider FROM catalogue_instrument c JOIN household h ON h.municipality_id = c.municipality_id
    WHERE h.id = ${householdId}::uuid AND c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)
    ORDER BY c.name`.execute(access.tx)).rows;
}

export type TrajectoryView = Awaited<ReturnType<typeof trajectoryView>>;

/** Everything about one trajectory the user may see (its category was checked by the caller). */
export async function trajectoryView(access: AccessSession, row: TrajectoryRow, policy: ContentPolicy, can: { update: boolean }, warnings: FieldIssue[] = []) {
  const db = tables(access);
  const person = await access.tx.selectFrom('person').select(['given_names', 'family_name_prefix', 'family_name']).where('id', '=', row.person_id).executeTakeFirstOrThrow();
  const history = await db.selectFrom('trajectory_status_change').selectAll().where('trajectory_id', '=', row.id).orderBy('effective_on').orderBy('recorded_at').execute();
  const instruments = await db.selectFrom('trajectory_instrument').selectAll().where('trajectory_id', '=', row.id).orderBy('position').execute();
  const exit = await db.selectFrom('trajectory_exit_interview').selectAll().where('trajectory_id', '=', row.id).executeTakeFirst();
  const outcome = await db.selectFrom('trajectory_outcome').selectAll().where('trajectory_id', '=', row.id).executeTakeFirst();
  const followUps = await db.selectFrom('trajectory_follow_up').selectAll().where('trajectory_id', '=', row.id).orderBy('due_on').execute();
  const users = await userNames(access, [row.responsible_user_id, row.updated_by, ...history.map((h) => h.recorded_by), ...(exit ? [exit.recorded_by] : [])]);
  const goal = row.goal_id ? (await planGoals(access, row.plan_id)).find((g) => g.id === row.goal_id) : undefined;
  const goalShown = goal && policy.check(goal.category).visible && policy.admit(goal.category);
  const date = await today(access);
  const last = history.at(-1);
  const now = ladderNow({ step: row.ladder_start, on: row.started_on }, await ladderScores(access, row.person_id, policy), history.map((h) => ({ step: h.ladder_step, on: h.effective_on })));
  return {
    id: row.id, householdId: row.household_id, personId: row.person_id, personName: displayName(person),
    planId: row.plan_id, goalId: row.goal_id, goal: goalShown ? { id: goal.id, description: goal.description } : null,
    status: row.status, startedOn: row.started_on, category: row.category,
    responsible: { userId: row.responsible_user_id, displayName: users.get(row.responsible_user_id) ?? '' },
    ladder: { start: row.ladder_start, target: row.ladder_target, now: now.step, nowOn: now.on, nowSource: now.source },
    pause: row.status === 'paused' && last ? { since: last.effective_on, reason: last.pause_reason ?? '', expectedResumeOn: last.expected_resume_on!, overdue: last.expected_resume_on! < date } : null,
    closing: row.status === 'closed' && last ? { on: last.effective_on, reason: last.closing_reason!, text: last.closing_reason_text } : null,
    history: history.map((h) => ({
      id: h.id, status: h.status, effectiveOn: h.effective_on, pauseReason: h.pause_reason, expectedResumeOn: h.expected_resume_on,
      closingReason: h.closing_reason, closingReasonText: h.closing_reason_text, ladderStep: h.ladder_step, note: h.note,
      recordedBy: users.get(h.recorded_by) ?? '', recordedAt: h.recorded_at,
    })),
    instruments: instruments.map((i) => ({ catalogueInstrumentId: i.catalogue_instrument_id, name: i.name, provider: i.provider, startedOn: i.started_on, endedOn: i.ended_on })),
    exitInterview: exit ? {
      heldOn: exit.held_on, whatHelped: exit.what_helped, whatDidNot: exit.what_did_not, ownWords: exit.own_words, satisfaction: exit.satisfaction,
      recordedBy: users.get(exit.recorded_by) ?? '',
    } : null,
    outcome: outcome ? {
      kind: outcome.kind, hoursPerWeek: outcome.hours_per_week, employerKind: outcome.employer_kind, wageCostSubsidy: outcome.wage_cost_subsidy,
      wageCostSubsidyPercentage: outcome.wage_cost_subsidy_percentage, jobsAgreementRegistered: outcome.jobs_agreement_registered,
      garantiebaan: outcome.garantiebaan, description: outcome.description,
    } : null,
    followUps: followUps.map((f) => ({ id: f.id, kind: f.kind, dueOn: f.due_on, doneOn: f.done_on, note: f.note, due: !f.done_on && f.due_on <= date })),
    revision: row.revision, updatedAt: row.updated_at, updatedBy: users.get(row.updated_by) ?? '',
    abilities: { update: can.update },
    catalogue: can.update ? await catalogueInstruments(access, row.household_id) : [],
    warnings,
  };
}

export async function getTrajectory(access: AccessSession, trajectoryId: string) {
  const { row, policy, abilities: can } = await openTrajectory(access, trajectoryId, 'get');
  policy.admit(row.category, [row.person_id]);
  const view = await trajectoryView(access, row, policy, can);
  policy.logRead(access, { name: 'trajectory.get', resourceType: 'trajectory', resourceId: row.id }, [row.person_id]);
  return view;
}

/** The household's trajectories per member (newest first), the members' latest ladder step, and who can be responsible. */
export async function listTrajectories(access: AccessSession, householdId: string) {
  const { decision, abilities: can } = await authoriseTrajectories(access, householdId, 'list');
  const policy = await contentPolicy(access, householdId, decision);
  const rows = await tables(access).selectFrom('trajectory').selectAll().where('household_id', '=', householdId)
    .orderBy('started_on', 'desc').execute();
  const shown = policy.filter(rows, (r) => r.category, (r) => [r.person_id]);
  const members = await currentMembers(access, householdId);
  const items = [];
  for (const row of shown) {
    const v = await trajectoryView(access, row, policy, can);
    items.push({
      id: v.id, personId: v.personId, personName: v.personName, status: v.status, startedOn: v.startedOn, goal: v.goal,
      responsible: v.responsible, ladder: v.ladder, pause: v.pause, closing: v.closing,
      followUpsDue: v.followUps.filter((f) => f.due).length, nextFollowUp: v.followUps.find((f) => !f.doneOn)?.dueOn ?? null,
    });
  }
  const memberViews = [];
  for (const m of members) {
    const scores = policy.check('work_participation', [m.person_id]).visible ? await ladderScores(access, m.person_id, policy) : [];
    memberViews.push({ personId: m.person_id, displayName: displayName(m), ladder: scores.at(-1) ?? null });
  }
  const subjects = [...new Set([...members.map((m) => m.person_id), ...shown.map((r) => r.person_id)])];
  policy.logRead(access, { name: 'trajectory.list', resourceType: 'household', resourceId: householdId, attributes: { trajectories: shown.length } }, subjects);
  return {
    items,
    members: memberViews,
    professionals: (await caseProfessionals(access, householdId)).map((p) => ({ userId: p.user_id, displayName: p.display_name })),
    catalogue: await catalogueInstruments(access, householdId),
    withheld: policy.withheld(),
    abilities: { create: can.create },
  };
}
