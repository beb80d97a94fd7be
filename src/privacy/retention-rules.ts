import type { LegalBasisKind, RetentionFrom } from '../db/schema.ts';

/** A register entry as far as retention is concerned. */
export interface RetentionActivity {
  id: string;
  name: string;
  legalBasisKind: LegalBasisKind;
  legalBasisArticle: string | null;
  retentionMonths: number | null;
  retentionFrom: RetentionFrom | null;
}

/** A registration or case of a household. */
export interface CaseFileFacts {
  kind: 'registration' | 'case';
  closedAt: Date | null;
  activityId: string;
}

export type HouseholdVerdict =
  | { due: true; rule: RetentionActivity; lastClosedAt: Date; keepUntil: Date }
  | { due: false; reason: 'open_case' | 'no_case_files' | 'no_period'; rule?: RetentionActivity; keepUntil?: Date }
  | { due: false; reason: 'period_running'; rule: RetentionActivity; keepUntil: Date };

/** Calendar months later, as PostgreSQL's `+ interval 'n months'` (31 January + 1 month = 28/29 February). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

const hasPeriod = (a: RetentionActivity | undefined, from: RetentionFrom): a is RetentionActivity & { retentionMonths: number } =>
  a !== undefined && a.retentionFrom === from && a.retentionMonths !== null;

/**
 * The register entry whose period applies to a closed file: a registration that never became a
 * case follows the entry for registrations without follow-up (the longest, if several); a case,
 * or a registration when there is no such entry, follows its own activity's period after closing.
 */
export function ruleFor(file: CaseFileFacts, activities: ReadonlyMap<string, RetentionActivity>): RetentionActivity | null {
  if (file.kind === 'registration') {
    const withdrawn = [...activities.values()].filter((a) => hasPeriod(a, 'registration_withdrawn'))
      .sort((a, b) => (b.retentionMonths ?? 0) - (a.retentionMonths ?? 0))[0];
    if (withdrawn) return withdrawn;
  }
  const own = activities.get(file.activityId);
  return hasPeriod(own, 'case_closed') ? own : null;
}

/** A household is due when all its files are closed and the longest period among them has passed. */
export function householdVerdict(files: readonly CaseFileFacts[], activities: ReadonlyMap<string, RetentionActivity>, now: Date): HouseholdVerdict {
  if (files.length === 0) return { due: false, reason: 'no_case_files' };
  if (files.some((f) => f.closedAt === null)) return { due: false, reason: 'open_case' };
  let longest: { rule: RetentionActivity; keepUntil: Date } | null = null;
  for (const file of files) {
    const rule = ruleFor(file, activities);
    if (!rule) return { due: false, reason: 'no_period', rule: activities.get(file.activityId) };
    const keepUntil = addMonths(file.closedAt!, rule.retentionMonths!);
    if (!longest || keepUntil > longest.keepUntil) longest = { rule, keepUntil };
  }
  const lastClosedAt = new Date(Math.max(...files.map((f) => f.closedAt!.getTime())));
  if (longest!.keepUntil > now) return { due: false, reason: 'period_running', ...longest! };
  return { due: true, lastClosedAt, ...longest! };
}

export interface LegalHold {
  activity: RetentionActivity;
  /** null: the activity names no period, so the data is kept until the register says otherwise. */
  keepUntil: Date | null;
}

/** What a legal duty still requires to be kept (AVG art. 17 lid 3 sub b): closed files under a legal-duty activity whose period runs. */
export function legalHolds(files: readonly CaseFileFacts[], activities: ReadonlyMap<string, RetentionActivity>, now: Date): LegalHold[] {
  const holds = new Map<string, LegalHold>();
  for (const file of files) {
    if (!file.closedAt) continue;
    const rule = ruleFor(file, activities) ?? activities.get(file.activityId);
    if (!rule || rule.legalBasisKind !== 'legal_duty') continue;
    const keepUntil = rule.retentionMonths === null ? null : addMonths(file.closedAt, rule.retentionMonths);
    if (keepUntil !== null && keepUntil <= now) continue;
    const known = holds.get(rule.id);
    if (!known || (known.keepUntil !== null && (keepUntil === null || keepUntil > known.keepUntil))) holds.set(rule.id, { activity: rule, keepUntil });
  }
  return [...holds.values()];
}
