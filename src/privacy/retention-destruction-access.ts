import { sql, type RawBuilder } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';

/** Rows destroyed (or that would be) per table. Counts only: a destruction never records content. */
export type TableCounts = Record<string, number>;

interface Target { table: string; where: (id: string) => RawBuilder<unknown> }

/** Everything held on a household, children before parents (the order of deletion). */
const trajectoryParts = ['trajectory_status_change', 'trajectory_instrument', 'trajectory_exit_interview', 'trajectory_outcome', 'trajectory_follow_up'];

/** Proposals recorded in the household, and those made elsewhere from an assessment recorded in it. */
const ofHouseholdAssessments = (h: string) => sql`household_id = ${h}::uuid OR assessment_id IN (SELECT id FROM work_assessment WHERE household_id = ${h}::uuid)`;

const householdTargets: Target[] = [
  { table: 'work_routing_decision', where: (h) => sql`proposal_id IN (SELECT id FROM work_routing_proposal WHERE ${ofHouseholdAssessments(h)})` },
  { table: 'work_routing_proposal', where: ofHouseholdAssessments },
  { table: 'work_assessment', where: (h) => sql`household_id = ${h}::uuid` },
  ...trajectoryParts.map((table): Target => ({ table, where: (h) => sql`trajectory_id IN (SELECT id FROM trajectory WHERE household_id = ${h}::uuid)` })),
  { table: 'trajectory', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'plan_agreement', where: (h) => sql`plan_version_id IN (SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.household_id = ${h}::uuid)` },
  { table: 'plan_version', where: (h) => sql`plan_id IN (SELECT id FROM plan WHERE household_id = ${h}::uuid)` },
  { table: 'plan', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'assessment_score', where: (h) => sql`intake_id IN (SELECT id FROM intake WHERE household_id = ${h}::uuid)` },
  { table: 'intake_member_income', where: (h) => sql`intake_id IN (SELECT id FROM intake WHERE household_id = ${h}::uuid)` },
  { table: 'intake', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'dossier_note_person', where: (h) => sql`note_id IN (SELECT id FROM dossier_note WHERE household_id = ${h}::uuid)` },
  { table: 'dossier_note', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'contact', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'contact_detail', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'network_member', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'notification', where: (h) => sql`case_file_id IN (SELECT id FROM case_file WHERE household_id = ${h}::uuid)` },
  { table: 'case_assignment', where: (h) => sql`case_file_id IN (SELECT id FROM case_file WHERE household_id = ${h}::uuid)` },
  { table: 'case_file', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'emergency_access', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'household_member', where: (h) => sql`household_id = ${h}::uuid` },
  { table: 'household', where: (h) => sql`id = ${h}::uuid` },
];

/** What belongs to the person alone; deleted with the person. */
const personTargets: Target[] = [
  { table: 'work_routing_decision', where: (p) => sql`proposal_id IN (SELECT id FROM work_routing_proposal WHERE person_id = ${p}::uuid)` },
  { table: 'work_routing_proposal', where: (p) => sql`person_id = ${p}::uuid` },
  { table: 'work_assessment', where: (p) => sql`person_id = ${p}::uuid` },
  ...trajectoryParts.map((table): Target => ({ table, where: (p) => sql`trajectory_id IN (SELECT id FROM trajectory WHERE person_id = ${p}::uuid)` })),
  { table: 'trajectory', where: (p) => sql`person_id = ${p}::uuid` },
  ...['assessment_score', 'intake_member_income', 'plan_agreement', 'contact_detail', 'dossier_note_person', 'consent', 'sharing_restriction', 'person_rectification', 'processing_restriction', 'household_member']
    .map((table): Target => ({ table, where: (p) => sql`person_id = ${p}::uuid` })),
  { table: 'person', where: (p) => sql`id = ${p}::uuid` },
];

/** The tables a household's destruction touches, for the schema check and the dry run's columns. */
export const destroyedTables = [...new Set([...householdTargets, ...personTargets].map((t) => t.table))];

/** Lets this transaction delete written-once notes (see migration 0011); it ends with the transaction. */
export async function declareDestruction(access: AccessSession): Promise<void> {
  await sql`SELECT set_config('samenspel.destroying', 'on', true)`.execute(access.tx);
}

async function deleteTargets(access: AccessSession, targets: Target[], id: string, counts: TableCounts): Promise<void> {
  for (const t of targets) {
    const result = await sql`DELETE FROM ${sql.table(t.table)} WHERE ${t.where(id)}`.execute(access.tx);
    counts[t.table] = (counts[t.table] ?? 0) + Number(result.numAffectedRows ?? 0);
  }
}

/** Members who belong to no other household: they go with this one. */
export async function personsOnlyIn(access: AccessSession, householdId: string): Promise<string[]> {
  const rows = await sql<{ person_id: string }>`
    SELECT DISTINCT hm.person_id FROM household_member hm
    WHERE hm.household_id = ${householdId}::uuid
      AND NOT EXISTS (SELECT 1 FROM household_member o WHERE o.person_id = hm.person_id AND o.household_id <> ${householdId}::uuid)
    ORDER BY hm.person_id`.execute(access.tx);
  return rows.rows.map((r) => r.person_id);
}

/** Every member the household ever had. */
export async function membersEver(access: AccessSession, householdId: string): Promise<string[]> {
  const rows = await sql<{ person_id: string }>`SELECT DISTINCT person_id FROM household_member WHERE household_id = ${householdId}::uuid ORDER BY person_id`.execute(access.tx);
  return rows.rows.map((r) => r.person_id);
}

/**
 * What destroying the household would delete: the destruction itself, undone at once (a savepoint),
 * so the dry run and the real run count the same rows by the same statements.
 */
export async function countHousehold(access: AccessSession, householdId: string): Promise<{ counts: TableCounts; persons: string[] }> {
  await sql`SAVEPOINT retention_dry_run`.execute(access.tx);
  try {
    return await destroyHousehold(access, householdId);
  } finally {
    await sql`ROLLBACK TO SAVEPOINT retention_dry_run`.execute(access.tx);
  }
}

/** Deletes the household with all its contents, and the members who belong to no other household. */
export async function destroyHousehold(access: AccessSession, householdId: string): Promise<{ counts: TableCounts; persons: string[] }> {
  await declareDestruction(access);
  const persons = await personsOnlyIn(access, householdId);
  const counts: TableCounts = {};
  await deleteTargets(access, householdTargets, householdId, counts);
  for (const p of persons) await deleteTargets(access, personTargets, p, counts);
  return { counts: withoutZeros(counts), persons };
}

/** Deletes what belongs to the person alone, and the person. Household contents stay. */
export async function destroyPerson(access: AccessSession, personId: string, counts: TableCounts): Promise<void> {
  await declareDestruction(access);
  await deleteTargets(access, personTargets, personId, counts);
}

export function withoutZeros(counts: TableCounts): TableCounts {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b)));
}
