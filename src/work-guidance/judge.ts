/**
 * Target groups and team areas judged for a routing proposal. The criteria that need a
 * professional's judgement (a work limitation, the expected time to work) are answered in the
 * assessment; every other criterion is judged by the catalogue's own `targetGroupEvaluation`,
 * one criterion at a time, so both judge the same facts the same way.
 */
import { both, combine, type Evaluation } from '../catalogue/explain.ts';
import type { MemberFacts, TargetGroup } from '../catalogue/facts.ts';
import { targetGroupEvaluation } from '../catalogue/target-groups.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import { postcodeRange } from '../configuration/postcode-areas.ts';
import type { AssessmentFacts } from './proposal-types.ts';

type Criterion = TargetGroup['criteria'][number];
type Answers = Pick<AssessmentFacts, 'workLimitation' | 'expectedMonthsToWork'>;

function answered(c: Criterion, answers: Answers): Evaluation | null {
  if (c.kind === 'work_limitation') {
    if (answers.workLimitation === null) return { outcome: 'unknown', found: both('arbeidsbeperking: niet beantwoord in de beoordeling', 'work limitation: not answered in the assessment') };
    return answers.workLimitation
      ? { outcome: 'met', found: both('arbeidsbeperking: ja (beoordeling)', 'work limitation: yes (assessment)') }
      : { outcome: 'not_met', found: both('geen arbeidsbeperking (beoordeling)', 'no work limitation (assessment)') };
  }
  if (c.kind === 'expected_work_within') {
    const months = Number(c.months);
    const expected = answers.expectedMonthsToWork;
    if (expected === null) return { outcome: 'unknown', found: both(`werk binnen ${months} maanden: niet beantwoord in de beoordeling`, `work within ${months} months: not answered in the assessment`) };
    return {
      outcome: expected <= months ? 'met' : 'not_met',
      found: both(`werk verwacht binnen ${expected} maanden (nodig: ${months})`, `work expected within ${expected} months (needed: ${months})`),
    };
  }
  return null;
}

/** Whether the person belongs to the target group, with what was found; all criteria must hold. */
export function judgeTargetGroup(group: TargetGroup | undefined, key: string, facts: MemberFacts, answers: Answers): Evaluation {
  if (!group) return targetGroupEvaluation(undefined, key, facts);
  const results = group.criteria.map((c) => answered(c, answers) ?? targetGroupEvaluation({ ...group, criteria: [c] }, key, facts));
  const outcome = combine(results.map((r) => r.outcome));
  const shown = outcome === 'met' ? results : results.filter((r) => r.outcome === outcome);
  return { outcome, found: { nl: shown.map((r) => r.found.nl).join('; '), en: shown.map((r) => r.found.en).join('; ') } };
}

/** One criterion on its own (e.g. Haarlem's multiple problems, read from the ZRM scores). */
export function judgeCriterion(c: Criterion, facts: MemberFacts, answers: Answers): Evaluation {
  return judgeTargetGroup({ key: c.kind, name: c.kind, criteria: [c] }, c.kind, facts, answers);
}

export function targetGroupsOf(configuration: MunicipalConfiguration): Map<string, TargetGroup> {
  return new Map(configuration.targetGroups.map((g) => [g.key, { key: g.key, name: g.name, criteria: g.criteria }]));
}

type Team = MunicipalConfiguration['teams'][number];

/** The 4-digit area of a postcode ("7401 AB" → 7401). */
export function postcodeArea(postcode: string | null): number | null {
  const match = /^\s*([1-9]\d{3})/.exec(postcode ?? '');
  return match ? Number(match[1]) : null;
}

/** The teams whose postcode areas hold the area, in the configuration's order. */
export function teamsCovering(teams: readonly Team[], area: number, which: (team: Team) => boolean): Team[] {
  return teams.filter((t) => which(t) && t.areas.postcodes.some((a) => {
    const range = postcodeRange(a);
    return range !== null && area >= range.from && area <= range.to;
  }));
}
