import { randomUUID } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { conflict, notFound, type FieldIssue } from '../server/errors.ts';
import { openTrajectory, tables, today, trajectoryView, type TrajectoryRow } from './trajectory-access.ts';
import { defaultFollowUps, exitInterviewProblems, outcomeProblems, statusProblems, statusWarnings, transitionConflict } from './trajectory-rules.ts';
import type { ExitInterviewInput, OutcomeInput, StatusInput } from './trajectory-schemas.ts';
import { claimRevision, logWrite, refuse } from './trajectory-write-access.ts';
import type { FollowUpKind } from './trajectory-tables.ts';

const issue = (path: string, nl: string, en: string): FieldIssue => ({ path, message: { nl, en } });

async function lastChange(access: AccessSession, trajectoryId: string) {
  return tables(access).selectFrom('trajectory_status_change').select(['effective_on', 'status']).where('trajectory_id', '=', trajectoryId)
    .orderBy('effective_on', 'desc').orderBy('recorded_at', 'desc').executeTakeFirstOrThrow();
}

async function closedOn(access: AccessSession, row: TrajectoryRow) {
  return row.status === 'closed' ? (await lastChange(access, row.id)).effective_on : null;
}

async function saveExitInterview(access: AccessSession, trajectoryId: string, input: ExitInterviewInput) {
  const values = {
    held_on: input.heldOn, what_helped: input.whatHelped || null, what_did_not: input.whatDidNot || null, own_words: input.ownWords || null,
    satisfaction: input.satisfaction ?? null, recorded_by: access.actor.userId, recorded_at: new Date(),
  };
  await tables(access).insertInto('trajectory_exit_interview').values({ trajectory_id: trajectoryId, ...values })
    .onConflict((oc) => oc.column('trajectory_id').doUpdateSet(values)).execute();
}

async function saveOutcome(access: AccessSession, trajectoryId: string, input: OutcomeInput) {
  const values = {
    kind: input.kind, hours_per_week: input.hoursPerWeek ?? null, employer_kind: input.employerKind ?? null,
    wage_cost_subsidy: input.wageCostSubsidy ?? null, wage_cost_subsidy_percentage: input.wageCostSubsidyPercentage ?? null,
    jobs_agreement_registered: input.jobsAgreementRegistered ?? null, garantiebaan: input.garantiebaan ?? null,
    description: input.description || null, recorded_by: access.actor.userId, recorded_at: new Date(),
  };
  await tables(access).insertInto('trajectory_outcome').values({ trajectory_id: trajectoryId, ...values })
    .onConflict((oc) => oc.column('trajectory_id').doUpdateSet(values)).execute();
}

async function scheduleFollowUps(access: AccessSession, trajectoryId: string, followUps: Array<{ kind: FollowUpKind; dueOn: string }>) {
  if (followUps.length === 0) return;
  await tables(access).insertInto('trajectory_follow_up').values(followUps.map((f) => ({
    id: randomUUID(), trajectory_id: trajectoryId, kind: f.kind, due_on: f.dueOn, recorded_by: access.actor.userId,
  }))).execute();
}

async function answer(access: AccessSession, trajectoryId: string, opened: Awaited<ReturnType<typeof openTrajectory>>, warnings: FieldIssue[] = []) {
  const row = await tables(access).selectFrom('trajectory').selectAll().where('id', '=', trajectoryId).executeTakeFirstOrThrow();
  return trajectoryView(access, row, opened.policy, opened.abilities, warnings);
}

/**
 * Pause (with a reason and an expected resume date), resume, or close (with a reason, and
 * optionally the exit interview, the outcome and the follow-up contacts — by default after
 * 1, 3 and 6 months). A resume date already past is recorded and flagged in `warnings`.
 */
export async function changeStatus(access: AccessSession, trajectoryId: string, input: StatusInput) {
  const opened = await openTrajectory(access, trajectoryId, 'update');
  const { row, decision, activityId } = opened;
  const date = await today(access);
  const state = { status: row.status, startedOn: row.started_on, lastChangeOn: (await lastChange(access, row.id)).effective_on };
  refuse(statusProblems(state, input, date));
  const blocked = transitionConflict(state, input.status);
  if (blocked) throw conflict(blocked.message, blocked.issues);
  const revision = await claimRevision(access, row, input.revision, opened.policy, opened.abilities);
  await tables(access).insertInto('trajectory_status_change').values({
    id: randomUUID(), trajectory_id: row.id, status: input.status, effective_on: input.effectiveOn,
    pause_reason: input.pauseReason || null, expected_resume_on: input.expectedResumeOn ?? null,
    closing_reason: input.closingReason ?? null, closing_reason_text: input.closingReasonText || null,
    ladder_step: input.ladderStep ?? null, note: input.note || null, recorded_by: access.actor.userId,
  }).execute();
  await tables(access).updateTable('trajectory').set({ status: input.status }).where('id', '=', row.id).execute();
  if (input.status === 'closed') {
    if (input.exitInterview) await saveExitInterview(access, row.id, input.exitInterview);
    if (input.outcome) await saveOutcome(access, row.id, input.outcome);
    await scheduleFollowUps(access, row.id, input.followUps ?? defaultFollowUps(input.effectiveOn));
  }
  logWrite(access, 'trajectory.status', row, decision, activityId, {
    from: row.status, to: input.status, revision, ...(input.closingReason ? { closingReason: input.closingReason } : {}),
    ...(input.exitInterview ? { exitInterview: true } : {}), ...(input.outcome ? { outcome: input.outcome.kind } : {}),
  });
  return answer(access, row.id, opened, statusWarnings(input, date));
}

/** The exit interview, for a closed trajectory only (recorded at closing, or afterwards). */
export async function recordExitInterview(access: AccessSession, trajectoryId: string, revision: number, input: ExitInterviewInput) {
  const opened = await openTrajectory(access, trajectoryId, 'update');
  const { row, decision, activityId } = opened;
  if (row.status !== 'closed') {
    const nl = 'Het eindgesprek hoort bij het afsluiten: sluit het traject eerst af.';
    const en = 'The exit interview belongs with closing: close the trajectory first.';
    throw conflict({ nl, en }, [issue('body.exitInterview', nl, en)]);
  }
  refuse(exitInterviewProblems(input, row.started_on, await today(access)));
  const next = await claimRevision(access, row, revision, opened.policy, opened.abilities);
  await saveExitInterview(access, row.id, input);
  logWrite(access, 'trajectory.exit_interview', row, decision, activityId, { revision: next });
  return answer(access, row.id, opened);
}

/** Where the trajectory led: paid work (hours, employer, wage-cost subsidy, jobs agreement, garantiebaan), education, volunteer work or nothing yet. */
export async function recordOutcome(access: AccessSession, trajectoryId: string, revision: number, input: OutcomeInput) {
  const opened = await openTrajectory(access, trajectoryId, 'update');
  const { row, decision, activityId } = opened;
  refuse(outcomeProblems(input));
  const next = await claimRevision(access, row, revision, opened.policy, opened.abilities);
  await saveOutcome(access, row.id, input);
  logWrite(access, 'trajectory.outcome', row, decision, activityId, { revision: next, kind: input.kind });
  return answer(access, row.id, opened);
}

/** One more follow-up contact after closing (aftercare on request). */
export async function addFollowUp(access: AccessSession, trajectoryId: string, revision: number, input: { kind: FollowUpKind; dueOn: string }) {
  const opened = await openTrajectory(access, trajectoryId, 'update');
  const { row, decision, activityId } = opened;
  const closed = await closedOn(access, row);
  if (!closed) {
    const nl = 'Nazorgcontacten volgen op een afgesloten traject.';
    const en = 'Follow-up contacts follow a closed trajectory.';
    throw conflict({ nl, en }, [issue('body.followUp', nl, en)]);
  }
  if (input.dueOn <= closed) refuse([issue('body.followUp.dueOn', 'Een nazorgcontact ligt na het afsluiten', 'A follow-up contact comes after closing')]);
  const next = await claimRevision(access, row, revision, opened.policy, opened.abilities);
  await scheduleFollowUps(access, row.id, [input]);
  logWrite(access, 'trajectory.follow_up', row, decision, activityId, { revision: next, kind: input.kind, dueOn: input.dueOn });
  return answer(access, row.id, opened);
}

/** Records that a follow-up contact took place. */
export async function completeFollowUp(access: AccessSession, trajectoryId: string, followUpId: string, revision: number, input: { doneOn: string; note?: string }) {
  const opened = await openTrajectory(access, trajectoryId, 'update');
  const { row, decision, activityId } = opened;
  const followUp = await tables(access).selectFrom('trajectory_follow_up').selectAll().where('id', '=', followUpId).where('trajectory_id', '=', row.id).executeTakeFirst();
  if (!followUp) throw notFound();
  if (followUp.done_on) throw conflict({ nl: 'Dit nazorgcontact is al vastgelegd.', en: 'This follow-up contact was already recorded.' });
  const closed = (await closedOn(access, row)) ?? row.started_on;
  if (input.doneOn > (await today(access))) refuse([issue('body.doneOn', 'De datum ligt in de toekomst', 'The date is in the future')]);
  if (input.doneOn < closed) refuse([issue('body.doneOn', 'De datum ligt vóór het afsluiten van het traject', 'The date is before the trajectory was closed')]);
  const next = await claimRevision(access, row, revision, opened.policy, opened.abilities);
  await tables(access).updateTable('trajectory_follow_up').set({ done_on: input.doneOn, note: input.note || null }).where('id', '=', followUp.id).execute();
  logWrite(access, 'trajectory.follow_up_done', row, decision, activityId, { revision: next, kind: followUp.kind });
  return answer(access, row.id, opened);
}
