import { withAccess } from '../access/access-session.ts';
import type { Actor } from '../auth/auth-context.ts';
import type { AppServices } from '../server/services.ts';
import { destroyIfDue, finishRun, planRetention, startRun, type DestroyOutcome, type RunSummary } from './retention-access.ts';

export interface RunResult extends RunSummary { runId: string; asOf: Date; outcomes: DestroyOutcome[] }

/**
 * The real run: the dry run's list, then each household destroyed in its own transaction (checked
 * again there), and the run recorded with what was destroyed per rule. `now` is the moment the
 * periods are measured against (tests set it forward; the schedule passes the clock).
 */
export async function runRetention(services: AppServices, actor: Actor, now: Date = new Date()): Promise<RunResult> {
  const plan = await withAccess(services, actor, (access) => planRetention(access, now));
  const runId = await withAccess(services, actor, (access) => startRun(access, now));
  const summary: RunSummary = { householdsDestroyed: 0, householdsHeld: plan.held.length, failures: 0, destroyed: {} };
  const outcomes: DestroyOutcome[] = [];
  for (const due of plan.due) {
    try {
      const outcome = await withAccess(services, actor, (access) => destroyIfDue(access, due.householdId, now));
      outcomes.push(outcome);
      if (!outcome.destroyed) continue;
      summary.householdsDestroyed += 1;
      const perRule = summary.destroyed[outcome.rule.activityId] ??= { households: 0, persons: 0, rows: {} };
      perRule.households += 1;
      perRule.persons += outcome.persons;
      for (const [table, n] of Object.entries(outcome.counts)) perRule.rows[table] = (perRule.rows[table] ?? 0) + n;
    } catch (error) {
      summary.failures += 1;
      outcomes.push({ destroyed: false, householdId: due.householdId, reason: 'failed' });
      services.log.error({ err: { type: (error as Error).name, message: (error as Error).message }, householdId: due.householdId }, 'retention: destroying a household failed');
    }
  }
  await withAccess(services, actor, (access) => finishRun(access, runId, summary));
  return { runId, asOf: now, outcomes, ...summary };
}
