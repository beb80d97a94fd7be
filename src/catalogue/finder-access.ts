/**
 * The instrument finder for one household member. It reads personal data (scores, the ladder,
 * the income answers, the debt question, the birth date), so it goes through the access
 * layer: only the coordinator and the assigned professional (or emergency access) may ask,
 * only the categories the user may see are read — a withheld one makes its criteria unknown —
 * and the read is logged per data subject as `catalogue.find`. Nothing is stored.
 */
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, type ContentPolicy, type Verdict } from '../access/content-policy.ts';
import { householdOfDecision, personRelation } from '../access/relations.ts';
import { decide } from '../access/rules.ts';
import type { DataCategory } from '../db/schema.ts';
import { bundledInstruments } from '../intakes/instruments.ts';
import { displayName } from '../persons/person-names.ts';
import { forbidden, notFound } from '../server/errors.ts';
import { catalogueOf } from './catalogue-cache.ts';
import type { Instrument } from './catalogue-store.ts';
import { namesFrom, targetGroupsInForce } from './configured-target-groups.ts';
import { kindOf, zrmDomains } from './criteria.ts';
import { known, unknown, type Fact, type IncomeSource, type MemberFacts, type TargetGroup, type Unknown } from './facts.ts';
import { findInstruments, type FinderResult } from './finder.ts';

export interface FinderAnswer extends FinderResult {
  person: { id: string; displayName: string };
  municipality: { id: string; name: string };
  given: { hoursPerWeek: number | null; maxWaitWeeks: number | null };
  /** Categories the criteria needed but this user may not see, with the reason. */
  withheld: ReturnType<ContentPolicy['withheld']>;
}

export interface FinderInput { hoursPerWeek?: number | undefined; maxWaitWeeks?: number | undefined }

const ladderId = 'participatieladder';
const ladderCategory = (bundledInstruments().find((i) => i.kind === 'ladder')?.domains[0]?.category ?? 'work_participation') as DataCategory;

/** Which facts the criteria of these instruments (and the target groups they name) need. */
function neededFacts(instruments: readonly Instrument[], groups: ReadonlyMap<string, TargetGroup>) {
  const need = { ladder: false, income: false, debts: false, zrm: new Set<string>() };
  const allZrm = () => zrmDomains().forEach((_, code) => need.zrm.add(code));
  for (const c of instruments.flatMap((i) => i.criteria)) {
    const kind = kindOf(c);
    if (kind === 'ladderStepAtLeast' || kind === 'ladderStepAtMost') need.ladder = true;
    else if (kind === 'incomeSource' || kind === 'seeksWork') need.income = true;
    else if (kind === 'hasDebts') need.debts = true;
    else if ('zrmDomainAtMost' in c) need.zrm.add(c.zrmDomainAtMost.domain);
    else if ('zrmDomainAtLeast' in c) need.zrm.add(c.zrmDomainAtLeast.domain);
    else if ('targetGroup' in c) {
      for (const g of groups.get(c.targetGroup)?.criteria ?? []) {
        if (g.kind === 'receives_benefit' || (g.kind === 'everyone' && g.scope !== 'residents')) need.income = true;
        if (g.kind === 'multiple_problems' || g.kind === 'limited_self_reliance' || g.kind === 'self_reliant') allZrm();
      }
    }
  }
  return need;
}

const withheldOf = (verdict: Verdict | undefined): Unknown => (verdict && !verdict.visible ? { kind: 'withheld', reason: verdict.reason } : { kind: 'not_recorded' });

async function latestScores(access: AccessSession, personId: string, categories: DataCategory[]) {
  if (categories.length === 0) return [];
  const rows = await sql<{ instrument_id: string; domain_code: string; score: number }>`
    SELECT DISTINCT ON (s.domain_code) s.instrument_id, s.domain_code, s.score
    FROM assessment_score s JOIN intake i ON i.id = s.intake_id
    WHERE s.person_id = ${personId}::uuid AND s.category = ANY(${categories}::text[])
    ORDER BY s.domain_code, s.assessed_on DESC, i.finalised_at DESC`.execute(access.tx);
  return rows.rows;
}

/** Income source, seeking work and the debt answer of the member's latest finalised intake — only the visible parts. */
async function latestIncome(access: AccessSession, personId: string, income: boolean, debts: boolean) {
  if (!income && !debts) return undefined;
  const rows = await sql<{ income_source: IncomeSource | null; seeks_work: boolean | null; debts: string | null }>`
    SELECT ${income ? sql`imi.income_source` : sql`NULL`} AS income_source, ${income ? sql`imi.seeks_work` : sql`NULL`} AS seeks_work,
      ${debts ? sql`i.draft #>> ARRAY['members', ${personId}::text, 'followUp', 'debts']` : sql`NULL`} AS debts
    FROM intake_member_income imi JOIN intake i ON i.id = imi.intake_id
    WHERE imi.person_id = ${personId}::uuid AND i.status = 'final'
    ORDER BY i.draft->>'conductedOn' DESC, i.finalised_at DESC LIMIT 1`.execute(access.tx);
  return rows.rows[0];
}

function debtFact(answer: string | null | undefined): Fact<boolean> {
  if (answer === 'yes') return known(true);
  if (answer === 'no') return known(false);
  return unknown(answer === 'unknown' ? { kind: 'answered_unknown' } : { kind: 'not_recorded' });
}

export async function memberFacts(access: AccessSession, policy: ContentPolicy, person: { id: string; age: number | null }, need: ReturnType<typeof neededFacts>, input: FinderInput, targetGroups: Map<string, TargetGroup>): Promise<MemberFacts> {
  const domains = zrmDomains();
  const scoreCategories = new Set<DataCategory>([...(need.ladder ? [ladderCategory] : []), ...[...need.zrm].map((code) => domains.get(code)!.category)]);
  const categories = new Set<DataCategory>([...scoreCategories, ...(need.income ? ['income_benefit' as const] : []), ...(need.debts ? ['debt' as const] : [])]);
  const verdicts = new Map<DataCategory, Verdict>();
  for (const category of categories) {
    verdicts.set(category, policy.check(category, [person.id]));
    policy.admit(category, [person.id]);
  }
  const visible = (category: DataCategory) => verdicts.get(category)?.visible === true;
  const scores = await latestScores(access, person.id, [...scoreCategories].filter(visible));
  const zrm = new Map(scores.filter((s) => s.instrument_id !== ladderId && need.zrm.has(s.domain_code)).map((s) => [s.domain_code, s.score]));
  const ladder = need.ladder && visible(ladderCategory) ? scores.find((s) => s.instrument_id === ladderId) : undefined;
  const income = await latestIncome(access, person.id, need.income && visible('income_benefit'), need.debts && visible('debt'));
  const incomeUnknown = withheldOf(verdicts.get('income_benefit'));
  // A resident who restricted the processing of their data (AVG art. 18) is not judged on the birth date either.
  const restricted = policy.check('social', [person.id]);
  return {
    age: !restricted.visible && restricted.reason === 'processing_restricted' ? unknown(withheldOf(restricted))
      : person.age === null ? unknown({ kind: 'not_recorded' }) : known(person.age),
    hoursPerWeek: input.hoursPerWeek === undefined ? unknown({ kind: 'not_given' }) : known(input.hoursPerWeek),
    ladderStep: ladder ? known(ladder.score) : unknown(withheldOf(verdicts.get(ladderCategory))),
    zrmScores: zrm,
    zrmUnknown: (code) => withheldOf(verdicts.get(domains.get(code)?.category ?? 'social')),
    incomeSource: income?.income_source ? known(income.income_source) : unknown(incomeUnknown),
    seeksWork: income && income.seeks_work !== null ? known(income.seeks_work) : unknown(incomeUnknown),
    hasDebts: visible('debt') ? debtFact(income?.debts) : unknown(withheldOf(verdicts.get('debt'))),
    zrmDomains: domains,
    targetGroups,
  };
}

/** Which of the municipality's current instruments fit this member, which do not and why, and which cannot be judged. */
export async function findForPerson(access: AccessSession, personId: string, input: FinderInput): Promise<FinderAnswer> {
  const relation = await personRelation(access, personId);
  if (!relation.exists || !decide(access.grants, 'person', 'get', relation).allowed) throw notFound();
  const decision = decide(access.grants, 'score', 'list', relation);
  if (!decision.allowed) {
    throw forbidden({ nl: 'Alleen de regisseur en de toegewezen professional zoeken instrumenten bij de gegevens van een inwoner.', en: 'Only the coordinator and the assigned professional look for instruments with a resident’s data.' });
  }
  const householdId = await householdOfDecision(access, personId, decision);
  if (!householdId) throw notFound();
  const policy = await contentPolicy(access, householdId, decision);
  const person = await access.tx.selectFrom('person').innerJoin('municipality as m', 'm.id', 'person.municipality_id')
    .select(['person.id', 'person.given_names', 'person.family_name_prefix', 'person.family_name', 'person.municipality_id', 'm.name as municipality_name',
      sql<number | null>`date_part('year', age(current_date, person.birth_date))::int`.as('age'), sql<string>`current_date::text`.as('today')])
    .where('person.id', '=', personId).executeTakeFirstOrThrow();
  const instruments = await catalogueOf(access.tx, person.municipality_id, person.today);
  const targetGroups = await targetGroupsInForce(access.tx, person.municipality_id, person.today);
  const facts = await memberFacts(access, policy, person, neededFacts(instruments, targetGroups), input, targetGroups);
  const result = findInstruments(instruments, facts, namesFrom(targetGroups), { maxWaitWeeks: input.maxWaitWeeks });
  policy.logRead(access, {
    name: 'catalogue.find', resourceType: 'person', resourceId: personId,
    attributes: { instruments: instruments.length, fitting: result.fitting.length, notFitting: result.notFitting.length, unknown: result.unknown.length, hoursGiven: input.hoursPerWeek !== undefined },
  }, [personId]);
  return {
    person: { id: person.id, displayName: displayName(person) },
    municipality: { id: person.municipality_id, name: person.municipality_name },
    given: { hoursPerWeek: input.hoursPerWeek ?? null, maxWaitWeeks: input.maxWaitWeeks ?? null },
    withheld: policy.withheld(),
    ...result,
  };
}
