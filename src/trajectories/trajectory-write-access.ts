import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { requireCategory, type ContentPolicy } from '../access/content-policy.ts';
import type { Decision } from '../access/rules.ts';
import { conflict, HttpError, invalid, type FieldIssue } from '../server/errors.ts';
import {
  authoriseTrajectories, caseProfessionals, currentMembers, ladderScores, openTrajectory, planGoals, tables, today, trajectoryView, type TrajectoryRow,
} from './trajectory-access.ts';
import { instrumentProblems, startProblems } from './trajectory-rules.ts';
import type { DetailsInput, StartInput } from './trajectory-schemas.ts';

const issue = (path: string, nl: string, en: string): FieldIssue => ({ path, message: { nl, en } });

export function refuse(issues: FieldIssue[]) {
  if (issues.length > 0) {
    throw invalid({ nl: `Het traject klopt nog niet: ${issues.length} punt(en). Zie de velden.`, en: `The trajectory is not right yet: ${issues.length} point(s). See the fields.` }, issues);
  }
}

/** One entry for the trajectory's data subject: the member it is about. */
export function logWrite(access: AccessSession, name: string, row: Pick<TrajectoryRow, 'id' | 'person_id'>, decision: Decision, activityId: string, attributes: Record<string, unknown> = {}) {
  access.log({
    name, processingActivityId: activityId, outcome: 'allowed', dataSubject: { id: row.person_id, type: 'samenspel_person_id' },
    resourceType: 'trajectory', resourceId: row.id, actingTeamId: decision.teamId, actingRole: decision.role, attributes,
  });
}

/**
 * Claims the next revision, before anything else is written: when someone else saved since
 * `revision` was read, 409 with the stored trajectory, and nothing of this change is kept.
 */
export async function claimRevision(access: AccessSession, row: TrajectoryRow, revision: number, policy: ContentPolicy, can: { update: boolean }) {
  const updated = await tables(access).updateTable('trajectory').set({ revision: revision + 1, updated_by: access.actor.userId, updated_at: new Date() })
    .where('id', '=', row.id).where('revision', '=', revision).returning('revision').executeTakeFirst();
  if (updated) return updated.revision;
  const current = await tables(access).selectFrom('trajectory').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  const view = await trajectoryView(access, current, policy, can);
  throw new HttpError(409, 'revision_conflict', {
    nl: `${view.updatedBy || 'Iemand anders'} heeft dit traject intussen gewijzigd. Bekijk de nieuwe stand en doe uw wijziging opnieuw.`,
    en: `${view.updatedBy || 'Someone else'} changed this trajectory meanwhile. Look at the new state and make your change again.`,
  }, undefined, { current: view });
}

/** Catalogue instruments (of the household's municipality) filled in with their name and provider. */
async function resolveInstruments(access: AccessSession, householdId: string, instruments: StartInput['instruments'], at = 'body.instruments') {
  const ids = instruments.flatMap((i) => (i.catalogueInstrumentId ? [i.catalogueInstrumentId] : []));
  const catalogue = ids.length === 0 ? [] : (await sql<{ id: string; name: string; provider_name: string }>`
    SELECT c.id, c.name, c.provider_name FROM catalogue_instrument c JOIN household h ON h.municipality_id = c.municipality_id
    WHERE h.id = ${householdId}::uuid AND c.id = ANY(${ids}::uuid[])`.execute(access.tx)).rows;
  const issues: FieldIssue[] = [];
  const resolved = instruments.map((x, i) => {
    const entry = x.catalogueInstrumentId ? catalogue.find((c) => c.id === x.catalogueInstrumentId) : undefined;
    if (x.catalogueInstrumentId && !entry) issues.push(issue(`${at}.${i}.catalogueInstrumentId`, 'Dit instrument staat niet in de catalogus van deze gemeente', 'This instrument is not in this municipality’s catalogue'));
    if (!x.catalogueInstrumentId && !x.name) issues.push(issue(`${at}.${i}.name`, 'Kies een instrument uit de catalogus of vul een naam in', 'Choose an instrument from the catalogue or fill in a name'));
    return { catalogueInstrumentId: entry?.id ?? null, name: x.name || entry?.name || '', provider: x.provider || entry?.provider_name || null, startedOn: x.startedOn, endedOn: x.endedOn ?? null };
  });
  return { resolved, issues };
}

async function replaceInstruments(access: AccessSession, trajectoryId: string, instruments: Awaited<ReturnType<typeof resolveInstruments>>['resolved']) {
  await tables(access).deleteFrom('trajectory_instrument').where('trajectory_id', '=', trajectoryId).execute();
  if (instruments.length === 0) return;
  await tables(access).insertInto('trajectory_instrument').values(instruments.map((x, position) => ({
    id: randomUUID(), trajectory_id: trajectoryId, position, catalogue_instrument_id: x.catalogueInstrumentId, name: x.name, provider: x.provider, started_on: x.startedOn, ended_on: x.endedOn,
  }))).execute();
}

async function goalAndResponsibleProblems(access: AccessSession, householdId: string, planId: string, input: { goalId?: string | null; responsibleUserId?: string }) {
  const issues: FieldIssue[] = [];
  if (input.goalId && !(await planGoals(access, planId)).some((g) => g.id === input.goalId)) {
    issues.push(issue('body.goalId', 'Dit doel staat niet in het plan', 'This goal is not in the plan'));
  }
  const responsible = input.responsibleUserId;
  if (responsible && responsible !== access.actor.userId && !(await caseProfessionals(access, householdId)).some((p) => p.user_id === responsible)) {
    issues.push(issue('body.responsibleUserId', 'Kies de professional of de regisseur van een open casus van dit huishouden', 'Choose the professional or coordinator of an open case of this household'));
  }
  return issues;
}

/** Starts a trajectory for a member from the household's plan; the ladder step at the start defaults from the latest score. */
export async function startTrajectory(access: AccessSession, householdId: string, input: StartInput) {
  const { decision, abilities: can } = await authoriseTrajectories(access, householdId, 'create');
  if (!(await currentMembers(access, householdId)).some((m) => m.person_id === input.personId)) {
    throw invalid({ nl: 'Een traject is voor een lid van het huishouden.', en: 'A trajectory is for a member of the household.' }, [issue('body.personId', 'Geen lid van dit huishouden', 'Not a member of this household')]);
  }
  const { policy, activityId } = await requireCategory(access, householdId, decision, 'work_participation', [input.personId]);
  const plan = await access.tx.selectFrom('plan').select('id').where('id', '=', input.planId).where('household_id', '=', householdId).executeTakeFirst();
  if (!plan) refuse([issue('body.planId', 'Dit is niet het plan van dit huishouden', 'This is not the plan of this household')]);
  const ladderStart = input.ladderStart ?? (await ladderScores(access, input.personId, policy)).at(-1)?.step;
  const { resolved, issues: instrumentIssues } = await resolveInstruments(access, householdId, input.instruments);
  refuse([
    ...(ladderStart === undefined ? [issue('body.ladderStart', 'Er is geen trede op de participatieladder bekend: vul de trede bij de start in', 'No participation ladder step is known: fill in the step at the start')] : []),
    ...startProblems({ ...input, ladderStart }, await today(access)),
    ...instrumentIssues,
    ...(await goalAndResponsibleProblems(access, householdId, input.planId, input)),
  ]);
  const open = await tables(access).selectFrom('trajectory').select('id').where('person_id', '=', input.personId).where('status', '<>', 'closed').executeTakeFirst();
  if (open) throw conflict({ nl: 'Voor deze persoon loopt al een traject. Sluit dat eerst af.', en: 'A trajectory is already running for this person. Close it first.' }, [issue('body.personId', 'Er loopt al een traject', 'A trajectory is already running')]);

  const id = randomUUID();
  const me = access.actor.userId;
  await tables(access).insertInto('trajectory').values({
    id, household_id: householdId, person_id: input.personId, plan_id: input.planId, goal_id: input.goalId ?? null,
    responsible_user_id: input.responsibleUserId ?? me, status: 'active', started_on: input.startedOn,
    ladder_start: ladderStart!, ladder_target: input.ladderTarget, created_by: me, updated_by: me,
  }).execute();
  await tables(access).insertInto('trajectory_status_change').values({ id: randomUUID(), trajectory_id: id, status: 'active', effective_on: input.startedOn, recorded_by: me }).execute();
  await replaceInstruments(access, id, resolved);
  logWrite(access, 'trajectory.create', { id, person_id: input.personId }, decision, activityId, { instruments: resolved.length });
  const row = await tables(access).selectFrom('trajectory').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return trajectoryView(access, row, policy, can);
}

/** Changes the goal, the responsible professional, the target step and the instruments. */
export async function updateDetails(access: AccessSession, trajectoryId: string, input: DetailsInput) {
  const { row, decision, policy, activityId, abilities: can } = await openTrajectory(access, trajectoryId, 'update');
  const { resolved, issues } = await resolveInstruments(access, row.household_id, input.instruments);
  refuse([
    ...(input.ladderTarget < row.ladder_start ? [issue('body.ladderTarget', 'De doeltrede ligt onder de trede bij de start', 'The target step is below the step at the start')] : []),
    ...instrumentProblems(input.instruments, row.started_on),
    ...issues,
    ...(await goalAndResponsibleProblems(access, row.household_id, row.plan_id, input)),
  ]);
  const revision = await claimRevision(access, row, input.revision, policy, can);
  await tables(access).updateTable('trajectory').set({
    goal_id: input.goalId === undefined ? row.goal_id : input.goalId, responsible_user_id: input.responsibleUserId, ladder_target: input.ladderTarget,
  }).where('id', '=', row.id).execute();
  await replaceInstruments(access, row.id, resolved);
  logWrite(access, 'trajectory.update', row, decision, activityId, { revision, instruments: resolved.length });
  const updated = await tables(access).selectFrom('trajectory').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  return trajectoryView(access, updated, policy, can);
}
