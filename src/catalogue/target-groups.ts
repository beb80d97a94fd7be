/**
 * A target group of the municipal configuration judged for one member, with the same facts
 * as the catalogue's own criteria. Criteria that need a professional's judgement (a work
 * limitation, expected time to work, a criterion in words) stay unknown.
 */
import type { Message } from '../server/errors.ts';
import { both, combine, judge, unknownText, type Evaluation, type FactLabel } from './explain.ts';
import type { MemberFacts, TargetGroup } from './facts.ts';

const income: FactLabel = { missing: both('geen inkomensbron bekend', 'no source of income known'), category: 'income_benefit' };
const age: FactLabel = { missing: both('geen geboortedatum bekend', 'no birth date known'), category: null };
const judgement = (nl: string, en: string): Evaluation => ({ outcome: 'unknown', found: both(`${nl}: ter beoordeling van de professional`, `${en}: for the professional to judge`) });

/** A ZRM domain without a visible score because the user may not see it. */
const withheldDomain = (facts: MemberFacts) =>
  [...facts.zrmDomains.keys()].find((code) => !facts.zrmScores.has(code) && facts.zrmUnknown(code).kind === 'withheld');

/** How many visible ZRM scores are at or below `max`, and whether that count may be incomplete. */
function lowScores(facts: MemberFacts, max: number) {
  const scores = [...facts.zrmScores.values()];
  return { low: scores.filter((s) => s <= max).length, incomplete: scores.length === 0 || withheldDomain(facts) !== undefined };
}

/** Why the ZRM scores cannot decide: none known, or some withheld. */
function whyIncomplete(facts: MemberFacts): Message {
  const code = withheldDomain(facts);
  if (facts.zrmScores.size === 0 || !code) return both('geen ZRM-scores bekend', 'no ZRM scores known');
  return unknownText(facts.zrmUnknown(code), { missing: both('', ''), category: facts.zrmDomains.get(code)!.category });
}

function criterion(c: TargetGroup['criteria'][number], facts: MemberFacts): Evaluation {
  switch (c.kind) {
    case 'everyone':
      if (c.scope === 'residents') return { outcome: 'met', found: both('alle inwoners', 'every resident') };
      return judge(facts.incomeSource, income, (s) => s === 'benefit', (s) => (s === 'benefit' ? both('heeft een uitkering', 'has a benefit') : both('heeft geen uitkering', 'has no benefit')));
    case 'receives_benefit': {
      const result = judge(facts.incomeSource, income, (s) => s === 'benefit', (s) => (s === 'benefit' ? both('heeft een uitkering', 'has a benefit') : both('heeft geen uitkering', 'has no benefit')));
      if (result.outcome === 'met' && typeof c.forAtLeastMonths === 'number') {
        return { outcome: 'unknown', found: both(`uitkering; of dat al ${c.forAtLeastMonths} maanden is, is niet bekend`, `benefit; whether for ${c.forAtLeastMonths} months already is not known`) };
      }
      return result;
    }
    case 'age': {
      const from = typeof c.from === 'number' ? c.from : 0;
      const until = typeof c.until === 'number' ? c.until : Infinity;
      return judge(facts.age, age, (a) => a >= from && a < until, (a) => both(`leeftijd ${a}`, `age ${a}`));
    }
    case 'multiple_problems': {
      const minimum = typeof c.minimumDomains === 'number' ? c.minimumDomains : 2;
      const { low, incomplete } = lowScores(facts, 2);
      if (low >= minimum) return { outcome: 'met', found: both(`${low} leefgebieden met score 1 of 2`, `${low} life domains scored 1 or 2`) };
      if (incomplete) return { outcome: 'unknown', found: whyIncomplete(facts) };
      return { outcome: 'not_met', found: both(`${low} leefgebied(en) met score 1 of 2, nodig: ${minimum}`, `${low} life domain(s) scored 1 or 2, needed: ${minimum}`) };
    }
    case 'limited_self_reliance': {
      const max = typeof c.maxZrmScore === 'number' ? c.maxZrmScore : 3;
      const { low, incomplete } = lowScores(facts, max);
      if (low > 0) return { outcome: 'met', found: both(`${low} leefgebieden met score ${max} of lager`, `${low} life domains scored ${max} or lower`) };
      if (incomplete) return { outcome: 'unknown', found: whyIncomplete(facts) };
      return { outcome: 'not_met', found: both(`geen leefgebied met score ${max} of lager`, `no life domain scored ${max} or lower`) };
    }
    case 'self_reliant': {
      const { low, incomplete } = lowScores(facts, 3);
      if (low > 0) return { outcome: 'not_met', found: both(`${low} leefgebieden met score 3 of lager`, `${low} life domains scored 3 or lower`) };
      if (incomplete) return { outcome: 'unknown', found: whyIncomplete(facts) };
      return { outcome: 'met', found: both('alle bekende ZRM-scores 4 of 5', 'every known ZRM score 4 or 5') };
    }
    case 'work_limitation':
      return judgement('arbeidsbeperking', 'work limitation');
    case 'expected_work_within':
      return judgement(`werk binnen ${String(c.months)} maanden`, `work within ${String(c.months)} months`);
    case 'described':
      return judgement(String(c.text), String(c.text));
    default:
      return judgement(c.kind, c.kind);
  }
}

export function targetGroupEvaluation(group: TargetGroup | undefined, key: string, facts: MemberFacts): Evaluation {
  if (!group) {
    return { outcome: 'unknown', found: both(`de doelgroep "${key}" staat niet in de gemeentelijke configuratie`, `the target group "${key}" is not in the municipal configuration`) };
  }
  const results = group.criteria.map((c) => criterion(c, facts));
  const outcome = combine(results.map((r) => r.outcome));
  const shown = outcome === 'met' ? results : results.filter((r) => r.outcome === outcome);
  return { outcome, found: { nl: shown.map((r) => r.found.nl).join('; '), en: shown.map((r) => r.found.en).join('; ') } };
}
