import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessSession } from '../access/access-session.ts';
import { contentPolicy } from '../access/content-policy.ts';
import { hiddenCategoryProblems, keepHiddenPlanItems, visiblePlan } from './plan-categories.ts';
import { authoriseHouseholdContent } from '../access/relations.ts';
import { decide, type Action } from '../access/rules.ts';
import { currentMembership } from '../access/visibility-sql.ts';
import { bundledInstruments } from '../intakes/instruments.ts';
import { displayName } from '../persons/person-names.ts';
import { conflict, HttpError, invalid, notFound, type FieldIssue } from '../server/errors.ts';
import type { PlanContent } from './plan-schemas.ts';

/** The plan's own door: 404 when the household is not visible, 403 unless the user is its professional or coordinator. */
export const authorisePlan = (access: AccessSession, householdId: string, action: Action) =>
  authoriseHouseholdContent(access, householdId, 'plan', action, { nl: 'Alleen de regisseur en de toegewezen professional werken aan het plan.', en: 'Only the coordinator and the assigned professional work on the plan.' });

export async function currentMembers(access: AccessSession, householdId: string) {
  return (await sql<{ person_id: string }>`SELECT hm.person_id FROM household_member hm
    WHERE hm.household_id = ${householdId}::uuid AND ${currentMembership('hm')}`.execute(access.tx)).rows;
}

async function logAll(access: AccessSession, name: string, householdId: string, resourceId: string, decision: ReturnType<typeof decide>, attributes: Record<string, unknown> = {}) {
  for (const m of await currentMembers(access, householdId)) {
    access.log({
      name, processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
      dataSubject: { id: m.person_id, type: 'samenspel_person_id' }, resourceType: 'plan', resourceId,
      actingTeamId: decision.teamId, actingRole: decision.role, attributes,
    });
  }
}

const domainCodes = () => new Set(bundledInstruments().filter((i) => i.kind === 'zrm').flatMap((i) => i.domains.map((d) => d.code)));

/** What zod cannot see alone: dates in a possible order, goals that exist, known life domains. */
export function planProblems(content: PlanContent, at = 'body.content'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const domains = domainCodes();
  const goalIds = new Set(content.goals.map((g) => g.id));
  content.goals.forEach((g, i) => {
    if (!domains.has(g.domain)) issues.push({ path: `${at}.goals.${i}.domain`, message: { nl: 'Onbekend leefdomein', en: 'Unknown life domain' } });
  });
  content.actions.forEach((a, i) => {
    if (a.goalId && !goalIds.has(a.goalId)) issues.push({ path: `${at}.actions.${i}.goalId`, message: { nl: 'Dit doel staat niet in het plan', en: 'This goal is not in the plan' } });
    if (a.dueDate < content.startDate) issues.push({ path: `${at}.actions.${i}.dueDate`, message: { nl: 'De einddatum ligt vóór de start van het plan', en: 'The due date is before the plan starts' } });
  });
  content.evaluationDates.forEach((d, i) => {
    if (d < content.startDate) issues.push({ path: `${at}.evaluationDates.${i}`, message: { nl: 'Evaluatie vóór de start van het plan', en: 'Evaluation before the plan starts' } });
    else if (i > 0 && d <= content.evaluationDates[i - 1]!) issues.push({ path: `${at}.evaluationDates.${i}`, message: { nl: 'Evaluatiedata moeten na elkaar komen', en: 'Evaluation dates must follow each other' } });
  });
  return issues;
}

/** An owner that names a person, network entry or user must name one of this household (or a user of Samenspel). */
async function ownerProblems(access: AccessSession, householdId: string, content: PlanContent, at = 'body.content'): Promise<FieldIssue[]> {
  const owners = content.actions.map((a) => a.owner);
  if (!owners.some((o) => o.personId || o.networkMemberId || o.userId)) return [];
  const members = new Set((await currentMembers(access, householdId)).map((m) => m.person_id));
  const network = new Set((await access.tx.selectFrom('network_member').select('id').where('household_id', '=', householdId).where('removed_at', 'is', null).execute()).map((n) => n.id));
  const userIds = [...new Set(owners.flatMap((o) => (o.userId ? [o.userId] : [])))];
  const users = new Set(userIds.length ? (await access.tx.selectFrom('app_user').select('id').where('id', 'in', userIds).execute()).map((u) => u.id) : []);
  const issues: FieldIssue[] = [];
  content.actions.forEach(({ owner }, i) => {
    const path = `${at}.actions.${i}.owner`;
    if (owner.personId && !members.has(owner.personId)) issues.push({ path: `${path}.personId`, message: { nl: 'Deze persoon hoort niet (meer) bij het huishouden', en: 'This person is not (or no longer) a member of the household' } });
    if (owner.networkMemberId && !network.has(owner.networkMemberId)) issues.push({ path: `${path}.networkMemberId`, message: { nl: 'Deze persoon of organisatie staat niet in het netwerk van het huishouden', en: 'This person or organisation is not in the household’s network' } });
    if (owner.userId && !users.has(owner.userId)) issues.push({ path: `${path}.userId`, message: { nl: 'Onbekende medewerker', en: 'Unknown staff member' } });
  });
  return issues;
}

function refuse(issues: FieldIssue[]) {
  if (issues.length > 0) throw invalid({ nl: `Het plan klopt nog niet: ${issues.length} punt(en). Zie de velden.`, en: `The plan is not right yet: ${issues.length} point(s). See the fields.` }, issues);
}

export async function getPlan(access: AccessSession, householdId: string) {
  const decision = await authorisePlan(access, householdId, 'get');
  const plan = await access.tx.selectFrom('plan').select(['id', 'created_at']).where('household_id', '=', householdId).executeTakeFirst();
  if (!plan) return { plan: null };
  const versions = await access.tx.selectFrom('plan_version as v').innerJoin('app_user as u', 'u.id', 'v.updated_by')
    .select(['v.id', 'v.number', 'v.status', 'v.content', 'v.revision', 'v.updated_at', 'u.display_name'])
    .where('v.plan_id', '=', plan.id).orderBy('v.number', 'desc').execute();
  const agreements = await sql<{ plan_version_id: string; person_id: string; given_names: string; family_name_prefix: string | null; family_name: string; agreed_on: string; form: string; witnessed_by: string | null }>`
    SELECT a.plan_version_id, a.person_id, p.given_names, p.family_name_prefix, p.family_name, a.agreed_on, a.form, a.witnessed_by
    FROM plan_agreement a JOIN plan_version v ON v.id = a.plan_version_id JOIN person p ON p.id = a.person_id
    WHERE v.plan_id = ${plan.id}::uuid ORDER BY a.agreed_on`.execute(access.tx);
  const policy = await contentPolicy(access, householdId, decision);
  const shown = versions.map((v) => visiblePlan(v.content as unknown as PlanContent, policy));
  policy.logRead(access, { name: 'plan.get', resourceType: 'plan', resourceId: plan.id });
  return {
    plan: {
      id: plan.id, householdId, createdAt: plan.created_at,
      withheld: policy.withheld(),
      versions: versions.map((v, i) => ({
        id: v.id, number: v.number, status: v.status, revision: v.revision, updatedAt: v.updated_at, updatedBy: v.display_name,
        content: shown[i]!,
        agreements: agreements.rows.filter((a) => a.plan_version_id === v.id).map((a) => ({ personId: a.person_id, displayName: displayName(a), agreedOn: a.agreed_on, form: a.form, witnessedBy: a.witnessed_by })),
      })),
    },
  };
}

export async function createPlan(access: AccessSession, householdId: string, content: PlanContent) {
  const decision = await authorisePlan(access, householdId, 'create');
  const policy = await contentPolicy(access, householdId, decision);
  refuse([...planProblems(content), ...(await ownerProblems(access, householdId, content)), ...hiddenCategoryProblems(content, policy)]);
  const existing = await access.tx.selectFrom('plan').select('id').where('household_id', '=', householdId).executeTakeFirst();
  if (existing) throw conflict({ nl: 'Dit huishouden heeft al een plan: één huishouden, één plan. Maak een nieuwe versie.', en: 'This household already has a plan: one household, one plan. Make a new version.' });
  const planId = randomUUID();
  await access.tx.insertInto('plan').values({ id: planId, household_id: householdId, created_by: access.actor.userId }).execute();
  await access.tx.insertInto('plan_version').values({ id: randomUUID(), plan_id: planId, number: 1, status: 'draft', content: JSON.stringify(content), updated_by: access.actor.userId }).execute();
  await logAll(access, 'plan.create', householdId, planId, decision);
  return getPlan(access, householdId);
}

async function loadVersion(access: AccessSession, versionId: string, action: Action) {
  const row = await access.tx.selectFrom('plan_version as v').innerJoin('plan as p', 'p.id', 'v.plan_id')
    .select(['v.id', 'v.plan_id', 'v.number', 'v.status', 'v.revision', 'v.content', 'v.updated_at', 'v.updated_by', 'p.household_id'])
    .where('v.id', '=', versionId).executeTakeFirst();
  if (!row) throw notFound();
  return { row, decision: await authorisePlan(access, row.household_id, action) };
}

/** Saves a draft version made from `revision`; a stale revision gets 409 with both versions. */
export async function saveVersion(access: AccessSession, versionId: string, revision: number, content: PlanContent) {
  const { row, decision } = await loadVersion(access, versionId, 'update');
  if (row.status !== 'draft') throw conflict({ nl: 'Deze versie is al afgesproken met de inwoner en verandert niet meer. Maak een nieuwe versie.', en: 'This version was agreed with the resident and no longer changes. Make a new version.' });
  const policy = await contentPolicy(access, row.household_id, decision);
  refuse(hiddenCategoryProblems(content, policy));
  const merged = keepHiddenPlanItems(content, row.content as unknown as PlanContent, policy);
  refuse([...planProblems(merged), ...(await ownerProblems(access, row.household_id, merged))]);
  const updated = await access.tx.updateTable('plan_version').set({ content: JSON.stringify(merged), revision: revision + 1, updated_by: access.actor.userId, updated_at: new Date() })
    .where('id', '=', versionId).where('revision', '=', revision).returning(['revision', 'updated_at']).executeTakeFirst();
  if (!updated) {
    const by = await access.tx.selectFrom('app_user').select('display_name').where('id', '=', row.updated_by).executeTakeFirst();
    throw new HttpError(409, 'revision_conflict', {
      nl: `${by?.display_name ?? 'Iemand anders'} heeft deze planversie intussen gewijzigd. Beide versies staan hieronder; kies wat blijft.`,
      en: `${by?.display_name ?? 'Someone else'} changed this plan version meanwhile. Both versions are shown; choose what stays.`,
    }, undefined, { current: { revision: row.revision, content: visiblePlan(row.content as unknown as PlanContent, policy), updatedAt: row.updated_at, updatedBy: by?.display_name ?? null }, yours: { revision, content } });
  }
  await logAll(access, 'plan.update', row.household_id, row.plan_id, decision, { version: row.number, revision: updated.revision });
  return { id: versionId, revision: updated.revision, updatedAt: updated.updated_at };
}

/** A new draft version from the newest one, after an agreed version. */
export async function newVersion(access: AccessSession, planId: string) {
  const plan = await access.tx.selectFrom('plan').select(['id', 'household_id']).where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound();
  const decision = await authorisePlan(access, plan.household_id, 'update');
  const latest = await access.tx.selectFrom('plan_version').select(['number', 'status', 'content']).where('plan_id', '=', planId).orderBy('number', 'desc').executeTakeFirstOrThrow();
  if (latest.status === 'draft') throw conflict({ nl: 'Er is al een conceptversie; werk daarin verder.', en: 'There is a draft version already; continue in it.' });
  const id = randomUUID();
  await access.tx.insertInto('plan_version').values({ id, plan_id: planId, number: latest.number + 1, status: 'draft', content: JSON.stringify(latest.content), updated_by: access.actor.userId }).execute();
  await logAll(access, 'plan.new_version', plan.household_id, planId, decision, { version: latest.number + 1 });
  return getPlan(access, plan.household_id);
}

/** Records a member's agreement with a version (paper, digital signature, or verbal with a witness). */
export async function recordAgreement(access: AccessSession, versionId: string, input: { personId: string; agreedOn: string; form: 'signed_on_paper' | 'signed_digitally' | 'agreed_verbally'; witnessedBy?: string }) {
  const { row, decision } = await loadVersion(access, versionId, 'update');
  if (row.status === 'superseded') throw conflict({ nl: 'Er is een nieuwere afgesproken versie.', en: 'A newer version has been agreed.' });
  const isMember = (await currentMembers(access, row.household_id)).some((m) => m.person_id === input.personId);
  if (!isMember) throw invalid({ nl: 'Alleen een lid van het huishouden kan met het plan instemmen.', en: 'Only a member of the household can agree to the plan.' }, [{ path: 'body.personId', message: { nl: 'Geen lid van dit huishouden', en: 'Not a member of this household' } }]);
  if (input.form === 'agreed_verbally' && !input.witnessedBy) {
    throw invalid({ nl: 'Bij mondelinge instemming: noteer wie het hoorde.', en: 'For verbal agreement: record who heard it.' }, [{ path: 'body.witnessedBy', message: { nl: 'Vul in wie het hoorde', en: 'Fill in who heard it' } }]);
  }
  if (input.agreedOn > new Date().toISOString().slice(0, 10)) {
    throw invalid({ nl: 'De datum van instemming ligt in de toekomst.', en: 'The date of agreement is in the future.' }, [{ path: 'body.agreedOn', message: { nl: 'Datum in de toekomst', en: 'Date in the future' } }]);
  }
  await access.tx.insertInto('plan_agreement').values({
    id: randomUUID(), plan_version_id: versionId, person_id: input.personId, agreed_on: input.agreedOn, form: input.form,
    witnessed_by: input.witnessedBy ?? null, recorded_by: access.actor.userId,
  }).execute();
  if (row.status === 'draft') {
    await access.tx.updateTable('plan_version').set({ status: 'superseded' }).where('plan_id', '=', row.plan_id).where('status', '=', 'agreed').execute();
    await access.tx.updateTable('plan_version').set({ status: 'agreed', revision: row.revision + 1 }).where('id', '=', versionId).execute();
  }
  access.log({
    name: 'plan.agreement', processingActivityId: decision.rule!.processingActivityId, outcome: 'allowed',
    dataSubject: { id: input.personId, type: 'samenspel_person_id' }, resourceType: 'plan', resourceId: row.plan_id,
    actingTeamId: decision.teamId, actingRole: decision.role, attributes: { version: row.number, form: input.form },
  });
  return getPlan(access, row.household_id);
}
