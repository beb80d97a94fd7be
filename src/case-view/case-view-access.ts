import { sql } from 'kysely';
import { randomInt } from 'node:crypto';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy, type ContentPolicy } from '../access/content-policy.ts';
import { authoriseHouseholdContent } from '../access/relations.ts';
import type { ContactForm, ContactPlace, DataCategory, HouseholdRole } from '../db/schema.ts';
import { bundledInstruments, instrumentVersion } from '../intakes/instruments.ts';
import { visiblePlan } from '../plans/plan-categories.ts';
import type { PlanContent } from '../plans/plan-schemas.ts';
import { forbidden } from '../server/errors.ts';
import type { Language } from '../server/language.ts';
import { householdIdentifiers, type PseudonymousMember } from './case-view-identifiers-access.ts';
import { textPseudonymiser } from './pseudonymise.ts';

type Text = { nl: string; en: string };

/** A household's case for a discussion without consent: no names, numbers, addresses or ids. */
export interface CaseViewDocument {
  /** Random per generation; nothing stored maps it back to the household. */
  reference: string;
  generatedOn: string;
  members: Array<{ key: string; kind: 'adult' | 'child'; number: number; role: HouseholdRole; ageBand: { from: number; to: number | null } | null }>;
  questions: Array<{ text: string; category: DataCategory }>;
  scores: Array<{ member: string; instrument: Text; assessedIn: string; domains: Array<{ code: string; name: Text; score: number }> }>;
  plan: {
    situation: string;
    goals: Array<{ number: number; domain: { code: string; name: Text | null }; description: string; targetScore: number | null }>;
    actions: Array<{ goal: number | null; description: string; owner: { kind: string; member: string | null }; status: string; dueIn: string }>;
  } | null;
  contacts: Array<{ month: string; form: ContactForm; place: ContactPlace; report: string; category: DataCategory }>;
  notes: Array<{ month: string; text: string; about: string[]; category: DataCategory }>;
  withheld: ReturnType<ContentPolicy['withheld']>;
}

const refusal = { nl: 'Alleen de regisseur en de toegewezen professional maken een casusbespreking van dit huishouden.', en: 'Only the coordinator and the assigned professional make a case discussion of this household.' };
const itemsPerList = 50;

let domainNames: Map<string, Text> | undefined;
const domainName = (code: string) =>
  (domainNames ??= new Map(bundledInstruments().filter((i) => i.kind === 'zrm').flatMap((i) => i.domains.map((d) => [d.code, d.name] as const)))).get(code) ?? null;
const referenceAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => referenceAlphabet[randomInt(referenceAlphabet.length)]).join('');
  return `CB-${part()}-${part()}`;
}

/**
 * Generates the pseudonymised case view from what this user may see (withheld categories stay
 * out) and logs the generation per data subject. Nothing of the view is stored.
 */
export async function generateCaseView(access: AccessSession, householdId: string, lang: Language): Promise<CaseViewDocument> {
  const decision = await authoriseHouseholdContent(access, householdId, 'dossier', 'get', refusal);
  if (decision.role === 'emergency_access') {
    throw forbidden({ nl: 'Met noodtoegang maakt u geen casusbespreking: die toegang is alleen om een acuut gevaar af te wenden.', en: 'Emergency access does not extend to a case discussion: it only serves to avert an acute danger.' });
  }
  const policy = await contentPolicy(access, householdId, decision);
  const today = (await sql<{ today: string }>`SELECT current_date::text AS today`.execute(access.tx)).rows[0]!.today;
  const storedPlan = await access.tx.selectFrom('plan_version as v').innerJoin('plan as p', 'p.id', 'v.plan_id').select('v.content')
    .where('p.household_id', '=', householdId).orderBy('v.number', 'desc').limit(1).executeTakeFirst();
  const planContent = storedPlan ? (storedPlan.content as unknown as PlanContent) : null;
  const { members, known } = await householdIdentifiers(access, householdId, today, planContent);
  const clean = textPseudonymiser(known, lang, today);
  const keyOf = new Map(members.map((m) => [m.personId, m.key]));

  const questions = await access.tx.selectFrom('case_file').select(['question', 'question_category']).where('household_id', '=', householdId)
    .where('closed_at', 'is', null).where('question', 'is not', null).orderBy('opened_at').execute();
  const document: CaseViewDocument = {
    reference: newReference(),
    generatedOn: today,
    members: members.map((m) => ({ key: m.key, kind: m.label.kind, number: m.label.number, role: m.role, ageBand: m.ageBand })),
    questions: policy.filter(questions, (q) => q.question_category).map((q) => ({ text: clean(q.question!), category: q.question_category })),
    scores: await latestScores(access, householdId, members, policy),
    plan: planContent ? planOf(visiblePlan(planContent, policy), clean, keyOf) : null,
    ...(await contactsAndNotes(access, householdId, policy, clean, keyOf)),
    withheld: [],
  };
  document.withheld = policy.withheld();
  policy.logRead(access, { name: 'case_view.generate', resourceType: 'household', resourceId: householdId, attributes: { contacts: document.contacts.length, notes: document.notes.length } });
  return document;
}

/** Per current member, the ZRM scores of their latest talk in this household, in the instrument's order. */
async function latestScores(access: AccessSession, householdId: string, members: PseudonymousMember[], policy: ContentPolicy): Promise<CaseViewDocument['scores']> {
  if (members.length === 0) return [];
  const rows = await sql<{ person_id: string; instrument_id: string; instrument_version: number; domain_code: string; score: number; category: DataCategory; assessed_in: string }>`
    SELECT s.person_id, s.instrument_id, s.instrument_version, s.domain_code, s.score, s.category, to_char(s.assessed_on, 'YYYY-MM') AS assessed_in
    FROM assessment_score s
    WHERE s.person_id = ANY(${members.map((m) => m.personId)}::uuid[]) AND s.intake_id = (
      SELECT s2.intake_id FROM assessment_score s2
      JOIN intake i ON i.id = s2.intake_id AND i.household_id = ${householdId}::uuid
      JOIN assessment_instrument a ON a.id = s2.instrument_id AND a.version = s2.instrument_version AND a.kind = 'zrm'
      WHERE s2.person_id = s.person_id ORDER BY s2.assessed_on DESC, i.finalised_at DESC NULLS LAST, s2.intake_id DESC LIMIT 1)
      AND EXISTS (SELECT 1 FROM assessment_instrument a WHERE a.id = s.instrument_id AND a.version = s.instrument_version AND a.kind = 'zrm')`.execute(access.tx);
  const shown = policy.filter(rows.rows, (r) => r.category, (r) => [r.person_id]);
  const result: CaseViewDocument['scores'] = [];
  for (const member of members) {
    const mine = shown.filter((r) => r.person_id === member.personId);
    if (mine.length === 0) continue;
    const instrument = (await instrumentVersion(access.tx, mine[0]!.instrument_id, mine[0]!.instrument_version))!;
    const score = new Map(mine.map((r) => [r.domain_code, r.score]));
    result.push({
      member: member.key, instrument: instrument.name, assessedIn: mine[0]!.assessed_in,
      domains: [...instrument.domains].sort((a, b) => a.position - b.position).filter((d) => score.has(d.code))
        .map((d) => ({ code: d.code, name: d.name, score: score.get(d.code)! })),
    });
  }
  return result;
}

function planOf(content: PlanContent, clean: (text: string) => string, keyOf: Map<string, string>): NonNullable<CaseViewDocument['plan']> {
  const goalNumber = new Map(content.goals.map((g, i) => [g.id, i + 1]));
  return {
    situation: clean(content.situation),
    goals: content.goals.map((g, i) => ({ number: i + 1, domain: { code: g.domain, name: domainName(g.domain) }, description: clean(g.description), targetScore: g.targetScore ?? null })),
    actions: content.actions.map((a) => ({
      goal: a.goalId ? goalNumber.get(a.goalId) ?? null : null,
      description: clean(a.description),
      owner: { kind: a.owner.kind, member: a.owner.personId ? keyOf.get(a.owner.personId) ?? null : null },
      status: a.status,
      dueIn: a.dueDate.slice(0, 7),
    })),
  };
}

/** The newest contacts and notes this user may see, their texts pseudonymised; the rest counted as withheld. */
async function contactsAndNotes(access: AccessSession, householdId: string, policy: ContentPolicy, clean: (text: string) => string, keyOf: Map<string, string>) {
  const categories = policy.candidateCategories;
  const withheld = await sql<{ category: DataCategory; count: string }>`
    SELECT category, count(*) AS count FROM (
      SELECT category FROM contact WHERE household_id = ${householdId}::uuid
      UNION ALL SELECT category FROM dossier_note WHERE household_id = ${householdId}::uuid
    ) items WHERE NOT (category = ANY(${categories}::text[])) GROUP BY category`.execute(access.tx);
  for (const w of withheld.rows) policy.countWithheld(w.category, 'not_for_role', Number(w.count));
  const contacts = await sql<{ month: string; form: ContactForm; place: ContactPlace; report: string; category: DataCategory }>`
    SELECT to_char(c.occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, c.form, c.place, c.report, c.category
    FROM contact c WHERE c.household_id = ${householdId}::uuid AND c.category = ANY(${categories}::text[])
    ORDER BY c.occurred_at DESC, c.id LIMIT ${itemsPerList}`.execute(access.tx);
  const notes = await sql<{ month: string; text: string; category: DataCategory; about: string[] }>`
    SELECT to_char(n.written_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, n.text, n.category,
      ARRAY(SELECT np.person_id FROM dossier_note_person np WHERE np.note_id = n.id) AS about
    FROM dossier_note n WHERE n.household_id = ${householdId}::uuid AND n.category = ANY(${categories}::text[])
    ORDER BY n.written_at DESC, n.id LIMIT ${itemsPerList}`.execute(access.tx);
  return {
    contacts: policy.filter(contacts.rows, (c) => c.category).map((c) => ({ month: c.month, form: c.form, place: c.place, report: clean(c.report), category: c.category })),
    notes: policy.filter(notes.rows, (n) => n.category, (n) => (n.about.length ? n.about : policy.memberIds))
      .map((n) => ({ month: n.month, text: clean(n.text), about: n.about.map((id) => keyOf.get(id)).filter((k): k is string => Boolean(k)), category: n.category })),
  };
}
