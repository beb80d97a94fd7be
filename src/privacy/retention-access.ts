import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import type { LegalBasisKind, RetentionFrom } from '../db/schema.ts';
import { forbidden } from '../server/errors.ts';
import { isScheduleActor } from './retention-actor.ts';
import { countHousehold, destroyHousehold, membersEver, type TableCounts } from './retention-destruction-access.ts';
import { addMonths, householdVerdict, type CaseFileFacts, type RetentionActivity } from './retention-rules.ts';

export const retentionActivity = 'retention';

export interface RuleRef { activityId: string; name: string; months: number; from: RetentionFrom }
export type HoldReason = 'restricted' | 'emergency_access_unreviewed';

export interface DueHousehold {
  householdId: string;
  rule: RuleRef;
  lastClosedAt: Date;
  keepUntil: Date;
  /** Members who belong to no other household, destroyed with it. */
  persons: number;
  counts: TableCounts;
}

export interface HeldHousehold { householdId: string; rule: RuleRef; keepUntil: Date; reasons: HoldReason[] }

export interface RetentionPlan { asOf: Date; due: DueHousehold[]; held: HeldHousehold[] }

export type DestroyOutcome =
  | { destroyed: true; householdId: string; rule: RuleRef; counts: TableCounts; persons: number }
  | { destroyed: false; householdId: string; reason: string };

function requireRetentionAuthority(access: AccessSession): string {
  if (isScheduleActor(access.actor)) return 'retention_schedule';
  if (access.grants.systemRoles.includes('privacy_officer')) return 'privacy_officer';
  throw forbidden({ nl: 'Alleen de privacyfunctionaris ziet en start het vernietigen volgens de bewaartermijnen.', en: 'Only the privacy officer sees and starts destruction under the retention periods.' });
}

const ruleRef = (a: RetentionActivity): RuleRef => ({ activityId: a.id, name: a.name, months: a.retentionMonths!, from: a.retentionFrom! });

export async function activitiesById(access: AccessSession): Promise<Map<string, RetentionActivity>> {
  const rows = await sql<{ id: string; name: string; legal_basis_kind: LegalBasisKind; legal_basis_article: string | null; retention_months: number | null; retention_from: RetentionFrom | null }>`
    SELECT id, name, legal_basis_kind, legal_basis_article, retention_months, retention_from FROM processing_activity ORDER BY id`.execute(access.tx);
  return new Map(rows.rows.map((r) => [r.id, {
    id: r.id, name: r.name, legalBasisKind: r.legal_basis_kind, legalBasisArticle: r.legal_basis_article,
    retentionMonths: r.retention_months === null ? null : Number(r.retention_months), retentionFrom: r.retention_from,
  }]));
}

/** The registrations and cases of these households, grouped per household. */
export async function caseFilesOf(access: AccessSession, householdIds: string[] | { closedBefore: Date }): Promise<Array<{ householdId: string; files: CaseFileFacts[] }>> {
  requireRetentionAuthority(access);
  const which = Array.isArray(householdIds)
    ? sql`cf.household_id = ANY(${householdIds}::uuid[])`
    : sql`cf.household_id IN (SELECT household_id FROM case_file GROUP BY household_id
        HAVING bool_and(closed_at IS NOT NULL) AND max(closed_at) <= ${householdIds.closedBefore.toISOString()}::timestamptz)`;
  const rows = await sql<{ household_id: string; kind: 'registration' | 'case'; closed_at: Date | null; processing_activity_id: string }>`
    SELECT cf.household_id, cf.kind, cf.closed_at, cf.processing_activity_id FROM case_file cf WHERE ${which} ORDER BY cf.household_id, cf.id`.execute(access.tx);
  const grouped = new Map<string, CaseFileFacts[]>();
  for (const r of rows.rows) {
    const files = grouped.get(r.household_id) ?? [];
    files.push({ kind: r.kind, closedAt: r.closed_at ? new Date(r.closed_at) : null, activityId: r.processing_activity_id });
    grouped.set(r.household_id, files);
  }
  return [...grouped].map(([householdId, files]) => ({ householdId, files }));
}

async function holdsOn(access: AccessSession, householdIds: string[]): Promise<Map<string, HoldReason[]>> {
  const rows = await sql<{ household_id: string; reason: HoldReason }>`
    SELECT DISTINCT hm.household_id, 'restricted' AS reason FROM household_member hm JOIN person p ON p.id = hm.person_id
      WHERE hm.household_id = ANY(${householdIds}::uuid[]) AND p.processing_restricted_at IS NOT NULL
    UNION
    SELECT DISTINCT household_id, 'emergency_access_unreviewed' FROM emergency_access
      WHERE household_id = ANY(${householdIds}::uuid[]) AND reviewed_at IS NULL
    ORDER BY 1, 2`.execute(access.tx);
  const holds = new Map<string, HoldReason[]>();
  for (const r of rows.rows) holds.set(r.household_id, [...(holds.get(r.household_id) ?? []), r.reason]);
  return holds;
}

/** Households whose retention period has passed at `now`: all files closed, the longest period over. */
async function dueVerdicts(access: AccessSession, now: Date) {
  const activities = await activitiesById(access);
  const periods = [...activities.values()].map((a) => a.retentionMonths).filter((m): m is number => m !== null);
  if (periods.length === 0) return [];
  const candidates = await caseFilesOf(access, { closedBefore: addMonths(now, -Math.min(...periods)) });
  return candidates.flatMap(({ householdId, files }) => {
    const verdict = householdVerdict(files, activities, now);
    return verdict.due ? [{ householdId, ...verdict }] : [];
  });
}

/** The dry run: what a run at `now` would destroy, under which rule, in counts; and what is held back, and why. */
export async function planRetention(access: AccessSession, now: Date): Promise<RetentionPlan> {
  const role = requireRetentionAuthority(access);
  const verdicts = await dueVerdicts(access, now);
  const holds = await holdsOn(access, verdicts.map((v) => v.householdId));
  const due: DueHousehold[] = [];
  const held: HeldHousehold[] = [];
  for (const v of verdicts.sort((a, b) => a.keepUntil.getTime() - b.keepUntil.getTime() || a.householdId.localeCompare(b.householdId))) {
    const reasons = holds.get(v.householdId);
    if (reasons) {
      held.push({ householdId: v.householdId, rule: ruleRef(v.rule), keepUntil: v.keepUntil, reasons });
      continue;
    }
    const { counts, persons } = await countHousehold(access, v.householdId);
    due.push({ householdId: v.householdId, rule: ruleRef(v.rule), lastClosedAt: v.lastClosedAt, keepUntil: v.keepUntil, persons: persons.length, counts });
  }
  access.log({ name: 'retention.dry_run', processingActivityId: retentionActivity, outcome: 'allowed', actingRole: role, attributes: { asOf: now.toISOString(), due: due.length, held: held.length } });
  return { asOf: now, due, held };
}

/**
 * Destroys one household if it is still due at `now` — checked again under a lock on the household,
 * so a registration made since the dry run keeps it. Logs, per member, what was destroyed under which rule.
 */
export async function destroyIfDue(access: AccessSession, householdId: string, now: Date): Promise<DestroyOutcome> {
  const role = requireRetentionAuthority(access);
  const locked = await sql`SELECT id FROM household WHERE id = ${householdId}::uuid FOR UPDATE`.execute(access.tx);
  if (locked.rows.length === 0) return { destroyed: false, householdId, reason: 'gone' };
  const [facts] = await caseFilesOf(access, [householdId]);
  const verdict = householdVerdict(facts?.files ?? [], await activitiesById(access), now);
  if (!verdict.due) return { destroyed: false, householdId, reason: verdict.reason };
  const holds = (await holdsOn(access, [householdId])).get(householdId);
  if (holds) return { destroyed: false, householdId, reason: holds.join(',') };
  const members = await membersEver(access, householdId);
  const { counts, persons } = await destroyHousehold(access, householdId);
  const rule = ruleRef(verdict.rule);
  for (const personId of members) {
    access.log({
      name: 'household.destroy', processingActivityId: retentionActivity, outcome: 'allowed', actingRole: role,
      dataSubject: { id: personId, type: 'samenspel_person_id' }, resourceType: 'household', resourceId: householdId,
      attributes: { rule: rule.activityId, retentionMonths: rule.months, retentionFrom: rule.from, keepUntil: verdict.keepUntil.toISOString(), personDestroyed: persons.includes(personId), destroyed: counts },
    });
  }
  return { destroyed: true, householdId, rule, counts, persons: persons.length };
}

export interface RunSummary {
  householdsDestroyed: number;
  householdsHeld: number;
  failures: number;
  /** Per rule (activity id): households, persons and rows per table. */
  destroyed: Record<string, { households: number; persons: number; rows: TableCounts }>;
}

export interface RunView extends RunSummary { id: string; asOf: Date; startedAt: Date; finishedAt: Date | null; startedBy: string | null }

export async function startRun(access: AccessSession, now: Date): Promise<string> {
  requireRetentionAuthority(access);
  const id = randomUUID();
  await sql`INSERT INTO retention_run (id, as_of, started_by) VALUES (${id}::uuid, ${now.toISOString()}::timestamptz, ${access.actor.userId ?? null}::uuid)`.execute(access.tx);
  return id;
}

export async function finishRun(access: AccessSession, runId: string, summary: RunSummary): Promise<void> {
  const role = requireRetentionAuthority(access);
  await sql`UPDATE retention_run SET finished_at = now(), households_destroyed = ${summary.householdsDestroyed}, households_held = ${summary.householdsHeld},
      failures = ${summary.failures}, destroyed = ${JSON.stringify(summary.destroyed)}::jsonb WHERE id = ${runId}::uuid`.execute(access.tx);
  access.log({ name: 'retention.run', processingActivityId: retentionActivity, outcome: summary.failures ? 'failed' : 'allowed', actingRole: role, resourceType: 'retention_run', resourceId: runId, attributes: { ...summary } });
}

export async function listRuns(access: AccessSession, limit: number): Promise<RunView[]> {
  requireRetentionAuthority(access);
  const rows = await sql<{ id: string; as_of: Date; started_at: Date; finished_at: Date | null; started_by: string | null; households_destroyed: number; households_held: number; failures: number; destroyed: RunSummary['destroyed'] }>`
    SELECT r.id, r.as_of, r.started_at, r.finished_at, u.display_name AS started_by, r.households_destroyed, r.households_held, r.failures, r.destroyed
    FROM retention_run r LEFT JOIN app_user u ON u.id = r.started_by ORDER BY r.started_at DESC, r.id LIMIT ${limit}`.execute(access.tx);
  return rows.rows.map((r) => ({
    id: r.id, asOf: r.as_of, startedAt: r.started_at, finishedAt: r.finished_at, startedBy: r.started_by,
    householdsDestroyed: r.households_destroyed, householdsHeld: r.households_held, failures: r.failures, destroyed: r.destroyed,
  }));
}

export interface RetentionRuleView {
  activityId: string;
  name: string;
  legalBasisKind: LegalBasisKind;
  months: number | null;
  from: RetentionFrom | null;
}

/** The periods of the register, as this job reads them. */
export async function retentionRules(access: AccessSession): Promise<RetentionRuleView[]> {
  requireRetentionAuthority(access);
  return [...(await activitiesById(access)).values()].map((a) => ({ activityId: a.id, name: a.name, legalBasisKind: a.legalBasisKind, months: a.retentionMonths, from: a.retentionFrom }));
}
