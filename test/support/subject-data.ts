import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { withTrajectoryTables } from '../../src/trajectories/trajectory-tables.ts';
import { withWorkGuidanceTables } from '../../src/work-guidance/work-guidance-tables.ts';
import type { TestApp } from './test-app.ts';

/**
 * Fills every table that holds data on a household and its members, for one household:
 * rows about the household as a whole, rows about `subject`, and rows about `other` alone
 * (which the subject's export must leave out). Direct inserts: the tests are about export,
 * erasure and retention, not about recording.
 */
export async function fillHousehold(t: TestApp, opts: { householdId: string; subject: string; other?: string; teamId: string; userId: string; closedAt?: Date | null; kind?: 'registration' | 'case'; activityId?: string; caseFileOnly?: boolean }) {
  const db = t.database.db;
  const h = opts.householdId;
  const caseFileId = randomUUID();
  await db.insertInto('case_file').values({
    id: caseFileId, household_id: h, team_id: opts.teamId, kind: opts.kind ?? 'case', question: 'Hulp bij de administratie',
    professional_id: opts.userId, coordinator_id: opts.userId, assigned_at: new Date(), closed_at: opts.closedAt ?? null,
    opened_at: new Date((opts.closedAt ?? new Date()).getTime() - 30 * 86400_000),
  }).execute();
  if (opts.activityId) await sql`UPDATE case_file SET processing_activity_id = ${opts.activityId} WHERE id = ${caseFileId}::uuid`.execute(db);
  if (opts.caseFileOnly) return null;
  await db.insertInto('case_assignment').values({ id: randomUUID(), case_file_id: caseFileId, professional_id: opts.userId, coordinator_id: opts.userId, assigned_by: opts.userId }).execute();
  await db.insertInto('notification').values({ id: randomUUID(), user_id: opts.userId, kind: 'case_assigned', case_file_id: caseFileId }).execute();
  await db.insertInto('contact').values({
    id: randomUUID(), household_id: h, case_file_id: caseFileId, occurred_at: new Date(), place: 'home', form: 'visit',
    participants: 'Het gezin', report: 'Kennismaking aan de keukentafel', category: 'social', recorded_by: opts.userId,
  }).execute();
  await db.insertInto('contact_detail').values([
    { id: randomUUID(), household_id: h, person_id: opts.subject, kind: 'phone', value: '06-11111111', added_by: opts.userId },
    { id: randomUUID(), household_id: h, person_id: null, kind: 'postal', value: 'Postbus 1', added_by: opts.userId },
    ...(opts.other ? [{ id: randomUUID(), household_id: h, person_id: opts.other, kind: 'email' as const, value: 'ander@example.org', added_by: opts.userId }] : []),
  ]).execute();
  await db.insertInto('network_member').values({ id: randomUUID(), household_id: h, kind: 'person', name: 'Buurvrouw Els', relation: 'neighbour', added_by: opts.userId }).execute();
  const notes = { household: randomUUID(), subject: randomUUID(), other: randomUUID() };
  await db.insertInto('dossier_note').values([
    { id: notes.household, household_id: h, case_file_id: caseFileId, text: 'Notitie over het huishouden', category: 'social', written_by: opts.userId },
    { id: notes.subject, household_id: h, case_file_id: caseFileId, text: 'Notitie over de betrokkene', category: 'social', written_by: opts.userId },
    ...(opts.other ? [{ id: notes.other, household_id: h, case_file_id: caseFileId, text: 'Notitie alleen over het andere gezinslid', category: 'health_diagnosis' as const, written_by: opts.userId }] : []),
  ]).execute();
  await db.insertInto('dossier_note_person').values([
    { note_id: notes.subject, person_id: opts.subject },
    ...(opts.other ? [{ note_id: notes.other, person_id: opts.other }] : []),
  ]).execute();
  const members: Record<string, unknown> = { [opts.subject]: { scores: { finances: 2 }, ladder: 3, income: { source: 'benefit', lowIncome: true }, followUp: { debts: 'yes' } } };
  if (opts.other) members[opts.other] = { scores: { finances: 4 }, income: { source: 'wages' } };
  const intakeId = randomUUID();
  await db.insertInto('intake').values({
    id: intakeId, household_id: h, case_file_id: caseFileId, instrument_id: 'zrm-13', instrument_version: 1, status: 'final',
    draft: JSON.stringify({ conductedOn: '2024-03-01', questionBehindQuestion: 'Rust in het gezin', members }), started_by: opts.userId, updated_by: opts.userId, finalised_at: new Date(),
  }).execute();
  await db.insertInto('assessment_score').values([
    { id: randomUUID(), intake_id: intakeId, person_id: opts.subject, instrument_id: 'zrm-13', instrument_version: 1, domain_code: 'finances', score: 2, category: 'income_benefit', assessed_on: '2024-03-01' },
    ...(opts.other ? [{ id: randomUUID(), intake_id: intakeId, person_id: opts.other, instrument_id: 'zrm-13', instrument_version: 1, domain_code: 'finances', score: 4, category: 'income_benefit' as const, assessed_on: '2024-03-01' }] : []),
  ]).execute();
  await db.insertInto('intake_member_income').values({ intake_id: intakeId, person_id: opts.subject, income_source: 'benefit', low_income: true }).execute();
  const planId = randomUUID();
  const versionId = randomUUID();
  await db.insertInto('plan').values({ id: planId, household_id: h, created_by: opts.userId }).execute();
  await db.insertInto('plan_version').values({
    id: versionId, plan_id: planId, number: 1, status: 'agreed', updated_by: opts.userId,
    content: JSON.stringify({
      startDate: '2024-03-01', situation: 'Schulden en stress', goals: [],
      actions: [{ id: randomUUID(), description: 'Post openen', owner: { kind: 'resident', name: 'De betrokkene', personId: opts.subject }, dueDate: '2024-04-01', status: 'open', category: 'debt' }],
    }),
  }).execute();
  await db.insertInto('plan_agreement').values({ id: randomUUID(), plan_version_id: versionId, person_id: opts.subject, agreed_on: '2024-03-02', form: 'signed_on_paper', recorded_by: opts.userId }).execute();
  await fillTrajectory(t, { householdId: h, personId: opts.subject, planId, userId: opts.userId });
  await fillWorkGuidance(t, { householdId: h, personId: opts.subject, userId: opts.userId });
  await db.insertInto('consent').values({
    id: randomUUID(), person_id: opts.subject, categories: ['social'], recipient_team_id: opts.teamId, processing_activity_id: 'consent-sharing',
    valid_from: '2024-03-01', form: 'signed_paper', recorded_by: opts.userId,
  }).execute();
  await db.insertInto('sharing_restriction').values({ id: randomUUID(), person_id: opts.subject, categories: ['health_diagnosis'], applies_to_team_id: opts.teamId, reason: 'Liever niet', recorded_by: opts.userId }).execute();
  await db.insertInto('emergency_access').values({
    id: randomUUID(), user_id: opts.userId, household_id: h, ground: 'vital_interest', justification: 'Zorgen om de veiligheid van de kinderen na een melding',
    expires_at: new Date(Date.now() + 86400_000), reviewed_at: new Date(), reviewed_by: opts.userId, review_outcome: 'justified',
  }).execute();
  return { caseFileId, intakeId, planId, versionId, notes };
}

/** A closed trajectory of the person with every part: status history, instrument, exit interview, outcome, follow-up. */
async function fillTrajectory(t: TestApp, opts: { householdId: string; personId: string; planId: string; userId: string }) {
  const db = withTrajectoryTables(t.database.db);
  const id = randomUUID();
  const by = { recorded_by: opts.userId };
  await db.insertInto('trajectory').values({
    id, household_id: opts.householdId, person_id: opts.personId, plan_id: opts.planId, responsible_user_id: opts.userId, status: 'closed',
    started_on: '2024-03-05', ladder_start: 2, ladder_target: 5, created_by: opts.userId, updated_by: opts.userId,
  }).execute();
  await db.insertInto('trajectory_status_change').values([
    { id: randomUUID(), trajectory_id: id, status: 'active', effective_on: '2024-03-05', ...by },
    { id: randomUUID(), trajectory_id: id, status: 'closed', effective_on: '2024-09-01', closing_reason: 'goal_reached', ladder_step: 5, ...by },
  ]).execute();
  await db.insertInto('trajectory_instrument').values({ id: randomUUID(), trajectory_id: id, position: 0, name: 'Participatiecoach', started_on: '2024-03-05' }).execute();
  await db.insertInto('trajectory_exit_interview').values({ trajectory_id: id, held_on: '2024-09-01', own_words: 'Fijn dat er iemand meedacht', ...by }).execute();
  await db.insertInto('trajectory_outcome').values({ trajectory_id: id, kind: 'paid_work', hours_per_week: 24, wage_cost_subsidy: false, ...by }).execute();
  await db.insertInto('trajectory_follow_up').values({ id: randomUUID(), trajectory_id: id, kind: 'aftercare', due_on: '2024-10-01', ...by }).execute();
}

/** An assessment of the person's distance to work, its routing proposal and the decision on it. */
async function fillWorkGuidance(t: TestApp, opts: { householdId: string; personId: string; userId: string }) {
  const db = withWorkGuidanceTables(t.database.db);
  const assessmentId = randomUUID();
  const proposalId = randomUUID();
  await db.insertInto('work_assessment').values({
    id: assessmentId, person_id: opts.personId, household_id: opts.householdId, assessed_on: '2024-03-05', assessed_by: opts.userId,
    distance: 'bridgeable', ladder_step: 3, ladder_source: 'score', motivation: 'Wil graag aan de slag, heeft wat steun nodig',
  }).execute();
  await db.insertInto('work_routing_proposal').values({
    id: proposalId, person_id: opts.personId, household_id: opts.householdId, assessment_id: assessmentId, proposed_on: '2024-03-05',
    routing_kind: 'none', reasons: JSON.stringify([{ rule: { nl: 'Geen routeringsmodel', en: 'No routing model' }, facts: { nl: 'overbrugbaar', en: 'bridgeable' } }]), created_by: opts.userId,
  }).execute();
  await db.insertInto('work_routing_decision').values({ proposal_id: proposalId, outcome: 'overridden', reason: 'Liever eerst taalles', decided_by: opts.userId }).execute();
}

/** Rows per table that mention this household or person, for checking that erasure or retention left nothing. */
export async function rowsLeft(t: TestApp, householdId: string, personIds: string[]): Promise<Record<string, number>> {
  const counts = await sql<Record<string, number>>`SELECT
    (SELECT count(*) FROM household WHERE id = ${householdId}::uuid)::int AS household,
    (SELECT count(*) FROM household_member WHERE household_id = ${householdId}::uuid OR person_id = ANY(${personIds}::uuid[]))::int AS household_member,
    (SELECT count(*) FROM person WHERE id = ANY(${personIds}::uuid[]))::int AS person,
    (SELECT count(*) FROM case_file WHERE household_id = ${householdId}::uuid)::int AS case_file,
    (SELECT count(*) FROM contact WHERE household_id = ${householdId}::uuid)::int AS contact,
    (SELECT count(*) FROM contact_detail WHERE household_id = ${householdId}::uuid OR person_id = ANY(${personIds}::uuid[]))::int AS contact_detail,
    (SELECT count(*) FROM network_member WHERE household_id = ${householdId}::uuid)::int AS network_member,
    (SELECT count(*) FROM dossier_note WHERE household_id = ${householdId}::uuid)::int AS dossier_note,
    (SELECT count(*) FROM dossier_note_person WHERE person_id = ANY(${personIds}::uuid[]))::int AS dossier_note_person,
    (SELECT count(*) FROM intake WHERE household_id = ${householdId}::uuid)::int AS intake,
    (SELECT count(*) FROM assessment_score WHERE person_id = ANY(${personIds}::uuid[]))::int AS assessment_score,
    (SELECT count(*) FROM intake_member_income WHERE person_id = ANY(${personIds}::uuid[]))::int AS intake_member_income,
    (SELECT count(*) FROM plan WHERE household_id = ${householdId}::uuid)::int AS plan,
    (SELECT count(*) FROM plan_agreement WHERE person_id = ANY(${personIds}::uuid[]))::int AS plan_agreement,
    (SELECT count(*) FROM trajectory WHERE household_id = ${householdId}::uuid OR person_id = ANY(${personIds}::uuid[]))::int AS trajectory,
    (SELECT count(*) FROM work_assessment WHERE household_id = ${householdId}::uuid OR person_id = ANY(${personIds}::uuid[]))::int AS work_assessment,
    (SELECT count(*) FROM work_routing_proposal WHERE household_id = ${householdId}::uuid OR person_id = ANY(${personIds}::uuid[]))::int AS work_routing_proposal,
    (SELECT count(*) FROM consent WHERE person_id = ANY(${personIds}::uuid[]))::int AS consent,
    (SELECT count(*) FROM sharing_restriction WHERE person_id = ANY(${personIds}::uuid[]))::int AS sharing_restriction,
    (SELECT count(*) FROM emergency_access WHERE household_id = ${householdId}::uuid)::int AS emergency_access,
    (SELECT count(*) FROM person_rectification WHERE person_id = ANY(${personIds}::uuid[]))::int AS person_rectification,
    (SELECT count(*) FROM processing_restriction WHERE person_id = ANY(${personIds}::uuid[]))::int AS processing_restriction`.execute(t.database.db);
  return Object.fromEntries(Object.entries(counts.rows[0]!).filter(([, n]) => Number(n) > 0));
}

/** The foreign keys between the application's tables: child → parent. */
export async function foreignKeys(t: TestApp): Promise<Array<{ child: string; parent: string }>> {
  const rows = await sql<{ child: string; parent: string }>`
    SELECT DISTINCT cl.relname AS child, pl.relname AS parent
    FROM pg_constraint c
    JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_class pl ON pl.oid = c.confrelid
    WHERE c.contype = 'f' AND n.nspname = 'public' ORDER BY 1, 2`.execute(t.database.db);
  return rows.rows;
}

/** Every table that refers to person or household, directly or through another such table. */
export async function tablesHoldingPersonData(t: TestApp): Promise<string[]> {
  const keys = await foreignKeys(t);
  const reached = new Set(['person', 'household']);
  for (let grew = true; grew;) {
    grew = false;
    for (const { child, parent } of keys) {
      if (reached.has(parent) && !reached.has(child)) {
        reached.add(child);
        grew = true;
      }
    }
  }
  return [...reached].sort();
}
