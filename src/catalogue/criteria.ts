/**
 * The entry criteria of a catalogue instrument, as data. A criterion is an object with exactly
 * one key, its kind: `{ "minHoursPerWeek": 16 }`. An instrument's criteria must all hold.
 * Each kind says what it asks (Dutch and English) and how it is judged against what is known
 * of a household member; a fact that is not known (not recorded, not given, or withheld from
 * the user) makes the criterion `unknown`, never met or not met. Adding a kind is one entry
 * in `criterionValues` and one in `kinds`.
 */
import { z } from 'zod';
import { incomeSources } from '../intakes/intake-schemas.ts';
import { bundledInstruments } from '../intakes/instruments.ts';
import { bilingual, type Message } from '../server/errors.ts';
import { alternatives, both, incomeSourceNames, judge, unknownText, type Evaluation, type FactLabel } from './explain.ts';
import { zrmDomainsOf, type MemberFacts, type ZrmDomain } from './facts.ts';
import { targetGroupEvaluation } from './target-groups.ts';

let domains: Map<string, ZrmDomain> | undefined;
/** The ZRM life domains criteria may name (those of the bundled ZRM instruments). */
export const zrmDomains = () => (domains ??= zrmDomainsOf(bundledInstruments().sort((a, b) => b.domains.length - a.domains.length)));

const int = (min: number, max: number, nl: string, en: string) =>
  z.int(bilingual(`Een geheel getal van ${min} tot en met ${max}`, `A whole number from ${min} to ${max}`))
    .min(min, bilingual(`${nl}: minstens ${min}`, `${en}: at least ${min}`)).max(max, bilingual(`${nl}: hoogstens ${max}`, `${en}: at most ${max}`));
const step = int(1, 6, 'Trede', 'Step');
const age = int(0, 120, 'Leeftijd', 'Age');
const zrmScore = int(1, 5, 'ZRM-score', 'ZRM score');
const zrmDomain = z.string().refine((code) => zrmDomains().has(code), {
  error: () => bilingual(`Onbekend ZRM-domein; kies uit: ${[...zrmDomains().keys()].join(', ')}`, `Unknown ZRM domain; choose from: ${[...zrmDomains().keys()].join(', ')}`),
});
const zrmBound = z.strictObject({ domain: zrmDomain.describe('ZRM domain code, e.g. finances'), score: zrmScore.describe('Score 1–5') });

/** The value of each kind of criterion. */
export const criterionValues = {
  minHoursPerWeek: int(1, 60, 'Uren per week', 'Hours a week').describe('At least this many hours a week available (the professional gives them in the finder), e.g. 16'),
  ladderStepAtLeast: step.describe('Latest participation-ladder step at least this (1–6)'),
  ladderStepAtMost: step.describe('Latest participation-ladder step at most this (1–6)'),
  ageBetween: z.tuple([age, age]).refine(([from, to]) => from <= to, { message: bilingual('De eerste leeftijd mag niet hoger zijn dan de tweede', 'The first age may not be higher than the second'), path: [1] })
    .describe('Age from the birth date, both ends included, e.g. [18, 27]'),
  incomeSource: z.array(z.enum(incomeSources)).min(1).max(incomeSources.length)
    .refine((xs) => new Set(xs).size === xs.length, bilingual('Noem elke inkomensbron één keer', 'Name each source of income once'))
    .describe('Source of income at the latest finalised intake is one of these'),
  zrmDomainAtMost: zrmBound.describe('Latest ZRM score on a domain at most this, e.g. {"domain": "finances", "score": 2}'),
  zrmDomainAtLeast: zrmBound.describe('Latest ZRM score on a domain at least this'),
  seeksWork: z.boolean().describe('Seeks work (latest finalised intake) — true, or false for "does not seek work"'),
  hasDebts: z.boolean().describe('Has debts (latest finalised intake) — true, or false for "has no debts"'),
  targetGroup: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, bilingual('De sleutel van een doelgroep uit de gemeentelijke configuratie', 'The key of a target group of the municipal configuration'))
    .describe('Belongs to a target group of the municipal configuration in force (its criteria are judged the same way)'),
};

export type CriterionValues = { [K in keyof typeof criterionValues]: z.output<(typeof criterionValues)[K]> };
export type CriterionKind = keyof CriterionValues;
/** One criterion: exactly one kind with its value. */
export type Criterion = { [K in CriterionKind]: { [P in K]: CriterionValues[K] } }[CriterionKind];

export const criterionKinds = Object.keys(criterionValues) as CriterionKind[];

export const criterion = z.strictObject(
  Object.fromEntries(criterionKinds.map((k) => [k, criterionValues[k].optional()])) as { [K in CriterionKind]: z.ZodOptional<(typeof criterionValues)[K]> },
  { error: (issue) => (issue.code === 'unrecognized_keys'
    ? bilingual(`Onbekende soort criterium: ${issue.keys.join(', ')}. Kies uit: ${criterionKinds.join(', ')}`, `Unknown kind of criterion: ${issue.keys.join(', ')}. Choose from: ${criterionKinds.join(', ')}`)
    : undefined) },
).refine((c) => Object.values(c).filter((v) => v !== undefined).length === 1, {
  when: (payload) => (payload.issues ?? []).length === 0,
  message: bilingual('Een criterium heeft precies één soort, bijvoorbeeld {"minHoursPerWeek": 16}', 'A criterion has exactly one kind, e.g. {"minHoursPerWeek": 16}'),
}).transform((c) => c as Criterion).describe(`An entry criterion: an object with exactly one of ${criterionKinds.join(', ')}`);

export function kindOf(c: Criterion): CriterionKind {
  return Object.keys(c)[0] as CriterionKind;
}

/** What the finder needs besides the facts: names of target groups for the texts. */
export interface Names { targetGroup(key: string): string }

interface Kind<V> {
  asks(value: V, names: Names): Message;
  evaluate(value: V, facts: MemberFacts): Evaluation;
}

const ladder: FactLabel = { missing: both('geen trede op de participatieladder bekend', 'no participation-ladder step known'), category: 'work_participation' };
const income: FactLabel = { missing: both('geen inkomensbron bekend', 'no source of income known'), category: 'income_benefit' };
const zrmLabel = (d: ZrmDomain | undefined, code: string): FactLabel => ({
  missing: both(`geen ZRM-score voor ${d?.name.nl ?? code} bekend`, `no ZRM score for ${d?.name.en ?? code} known`), category: d?.category ?? null,
});
const domainName = (code: string) => zrmDomains().get(code)?.name ?? { nl: code, en: code };

function zrm(value: { domain: string; score: number }, facts: MemberFacts, test: (score: number) => boolean): Evaluation {
  const score = facts.zrmScores.get(value.domain);
  const label = zrmLabel(facts.zrmDomains.get(value.domain), value.domain);
  if (score === undefined) return { outcome: 'unknown', found: unknownText(facts.zrmUnknown(value.domain), label) };
  return { outcome: test(score) ? 'met' : 'not_met', found: both(`score ${score}`, `score ${score}`) };
}

const kinds: { [K in CriterionKind]: Kind<CriterionValues[K]> } = {
  minHoursPerWeek: {
    asks: (h) => both(`minstens ${h} uur per week`, `at least ${h} hours a week`),
    evaluate: (h, f) => judge(f.hoursPerWeek, { missing: both('aantal uren per week niet opgegeven', 'hours a week not given'), category: null },
      (given) => given >= h, (given) => both(`opgegeven: ${given}`, `given: ${given}`)),
  },
  ladderStepAtLeast: {
    asks: (s) => both(`minimaal trede ${s} op de participatieladder`, `at least step ${s} on the participation ladder`),
    evaluate: (s, f) => judge(f.ladderStep, ladder, (now) => now >= s, (now) => both(`nu trede ${now}`, `now step ${now}`)),
  },
  ladderStepAtMost: {
    asks: (s) => both(`hoogstens trede ${s} op de participatieladder`, `at most step ${s} on the participation ladder`),
    evaluate: (s, f) => judge(f.ladderStep, ladder, (now) => now <= s, (now) => both(`nu trede ${now}`, `now step ${now}`)),
  },
  ageBetween: {
    asks: ([from, to]) => both(`leeftijd ${from} tot en met ${to} jaar`, `aged ${from} to ${to}`),
    evaluate: ([from, to], f) => judge(f.age, { missing: both('geen geboortedatum bekend', 'no birth date known'), category: null },
      (a) => a >= from && a <= to, (a) => both(`leeftijd ${a}`, `age ${a}`)),
  },
  incomeSource: {
    asks: (sources) => {
      const names = alternatives(sources.map((s) => incomeSourceNames[s]));
      return both(`inkomensbron: ${names.nl}`, `source of income: ${names.en}`);
    },
    evaluate: (sources, f) => judge(f.incomeSource, income, (s) => sources.includes(s),
      (s) => both(`nu: ${incomeSourceNames[s].nl}`, `now: ${incomeSourceNames[s].en}`)),
  },
  zrmDomainAtMost: {
    asks: (v) => both(`ZRM ${domainName(v.domain).nl} hoogstens ${v.score}`, `ZRM ${domainName(v.domain).en} at most ${v.score}`),
    evaluate: (v, f) => zrm(v, f, (score) => score <= v.score),
  },
  zrmDomainAtLeast: {
    asks: (v) => both(`ZRM ${domainName(v.domain).nl} minstens ${v.score}`, `ZRM ${domainName(v.domain).en} at least ${v.score}`),
    evaluate: (v, f) => zrm(v, f, (score) => score >= v.score),
  },
  seeksWork: {
    asks: (wanted) => (wanted ? both('zoekt werk', 'seeks work') : both('zoekt geen werk', 'does not seek work')),
    evaluate: (wanted, f) => judge(f.seeksWork, { missing: both('niet bekend of er werk gezocht wordt', 'not known whether seeking work'), category: 'income_benefit' },
      (seeks) => seeks === wanted, (seeks) => (seeks ? both('bij de intake: zoekt werk', 'at the intake: seeks work') : both('bij de intake: zoekt geen werk', 'at the intake: does not seek work'))),
  },
  hasDebts: {
    asks: (wanted) => (wanted ? both('heeft schulden', 'has debts') : both('heeft geen schulden', 'has no debts')),
    evaluate: (wanted, f) => judge(f.hasDebts, { missing: both('niet bekend of er schulden zijn', 'not known whether there are debts'), category: 'debt' },
      (has) => has === wanted, (has) => (has ? both('bij de intake: schulden', 'at the intake: debts') : both('bij de intake: geen schulden', 'at the intake: no debts'))),
  },
  targetGroup: {
    asks: (key, names) => both(`hoort bij de doelgroep "${names.targetGroup(key)}"`, `belongs to the target group "${names.targetGroup(key)}"`),
    evaluate: (key, f) => targetGroupEvaluation(f.targetGroups.get(key), key, f),
  },
};

function spec<K extends CriterionKind>(c: Criterion): [Kind<CriterionValues[K]>, CriterionValues[K]] {
  const kind = kindOf(c) as K;
  return [kinds[kind] as Kind<CriterionValues[K]>, (c as unknown as Record<K, CriterionValues[K]>)[kind]];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('nl') + s.slice(1);

/** The texts of criteria that do not depend on the configuration, once per criterion object (the finder keeps the catalogue in memory). */
const asked = new WeakMap<Criterion, Message>();

/** What the criterion asks, as a sentence: "Minstens 16 uur per week". */
export function asks(c: Criterion, names: Names): Message {
  const remembered = asked.get(c);
  if (remembered) return remembered;
  const [kind, value] = spec(c);
  const text = kind.asks(value, names);
  const sentence = { nl: capitalise(text.nl), en: capitalise(text.en) };
  if (!('targetGroup' in c)) asked.set(c, sentence);
  return sentence;
}

/** The criterion judged for one member, with the explanation: "Minstens 16 uur per week; opgegeven: 12". */
export function evaluate(c: Criterion, facts: MemberFacts, names: Names): Evaluation & { asks: Message; explanation: Message } {
  const [kind, value] = spec(c);
  const text = asks(c, names);
  const result = kind.evaluate(value, facts);
  return { ...result, asks: text, explanation: { nl: `${text.nl}; ${result.found.nl}`, en: `${text.en}; ${result.found.en}` } };
}
