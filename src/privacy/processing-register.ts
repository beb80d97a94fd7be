import type { Selectable } from 'kysely';
import type { Actor } from '../auth/auth-context.ts';
import type { Db, Queryable, Tx } from '../db/database.ts';
import type { ProcessingActivityTable } from '../db/schema.ts';
import { conflict, invalid, notFound, type FieldIssue, type Message } from '../server/errors.ts';
import { logPrivacyChange } from './privacy-change-log.ts';
import { needsArticle, type ActivityInput } from './register-schemas.ts';

type ActivityRow = Selectable<ProcessingActivityTable>;
export type Activity = ReturnType<typeof presentActivity>;
type ActivityFields = Omit<ActivityInput, 'id'>;

export const presentActivity = (r: ActivityRow) => ({
  id: r.id, name: r.name, purpose: r.purpose, legalBasis: r.legal_basis, legalBasisKind: r.legal_basis_kind,
  legalBasisArticle: r.legal_basis_article, dataCategories: r.data_categories, recipients: r.recipients,
  retentionMonths: r.retention_months, retentionFrom: r.retention_from, endedOn: r.ended_on, updatedAt: r.updated_at,
});

const toColumns = (a: Partial<ActivityFields>) => ({
  ...(a.name !== undefined ? { name: a.name } : {}),
  ...(a.purpose !== undefined ? { purpose: a.purpose } : {}),
  ...(a.legalBasis !== undefined ? { legal_basis: a.legalBasis } : {}),
  ...(a.legalBasisKind !== undefined ? { legal_basis_kind: a.legalBasisKind } : {}),
  ...(a.legalBasisArticle !== undefined ? { legal_basis_article: a.legalBasisArticle } : {}),
  ...(a.dataCategories !== undefined ? { data_categories: a.dataCategories as ActivityRow['data_categories'] } : {}),
  ...(a.recipients !== undefined ? { recipients: a.recipients } : {}),
  ...(a.retentionMonths !== undefined ? { retention_months: a.retentionMonths } : {}),
  ...(a.retentionFrom !== undefined ? { retention_from: a.retentionFrom } : {}),
  ...(a.endedOn !== undefined ? { ended_on: a.endedOn } : {}),
});

/**
 * Activities Samenspel itself records processing under: ending one would leave the log
 * naming an activity the register says is no longer carried out.
 */
export const recordedBySamenspel: readonly string[] = [
  'social-support', 'authentication', 'privacy-oversight', 'administration', 'consent-sharing', 'emergency-access', 'data-subject-rights', 'retention',
];

export async function listActivities(db: Queryable): Promise<Activity[]> {
  return (await db.selectFrom('processing_activity').selectAll().orderBy('name').execute()).map(presentActivity);
}

/** One activity with the category rules that rely on it. */
export async function getActivity(db: Queryable, id: string) {
  const row = await db.selectFrom('processing_activity').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const usedBy = await db.selectFrom('category_rule').select(['professional_role', 'category'])
    .where('processing_activity_id', '=', id).orderBy('professional_role').orderBy('category').execute();
  return { ...presentActivity(row), usedBy: usedBy.map((r) => ({ professionalRole: r.professional_role, category: r.category })) };
}

function refuse(issues: FieldIssue[], status: 400 | 409 = 400): never {
  const first = issues[0]!.message as Message;
  const text = { nl: `De invoer klopt niet: ${first.nl}`, en: `The input is not right: ${first.en}` };
  throw status === 400 ? invalid(text, issues) : conflict(text, issues);
}

/** What a privacy officer expects of a register entry, checked on the entry as it will be. */
async function entryIssues(db: Queryable, a: ActivityFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (needsArticle.includes(a.legalBasisKind) && !a.legalBasisArticle) {
    issues.push({ path: 'body.legalBasisArticle', message: {
      nl: 'Noem bij een wettelijke plicht of publieke taak het wetsartikel, bijvoorbeeld "Participatiewet art. 7"',
      en: 'For a legal duty or public task, name the article of law, e.g. "Participatiewet art. 7"' } });
  }
  if ((a.retentionMonths === null) !== (a.retentionFrom === null)) {
    issues.push({ path: a.retentionMonths === null ? 'body.retentionMonths' : 'body.retentionFrom', message: {
      nl: 'Vul de bewaartermijn in maanden en het moment waarop die begint allebei in, of allebei niet',
      en: 'Give both the retention period in months and the moment it starts, or neither' } });
  }
  if (a.dataCategories.length > 0) {
    const known = new Set((await db.selectFrom('data_category').select('id').execute()).map((c) => c.id as string));
    a.dataCategories.forEach((c, i) => {
      if (!known.has(c)) issues.push({ path: `body.dataCategories.${i}`, message: { nl: `Onbekende soort gegevens: ${c}`, en: `Unknown data category: ${c}` } });
    });
  }
  return issues;
}

/** Rules and consents that still rely on the activity as it was. */
async function relianceIssues(db: Queryable, id: string, a: ActivityFields, ending: boolean): Promise<FieldIssue[]> {
  const rules = await db.selectFrom('category_rule as r').innerJoin('professional_role as p', 'p.id', 'r.professional_role')
    .innerJoin('data_category as c', 'c.id', 'r.category')
    .select(['p.name_nl as role_nl', 'p.name_en as role_en', 'c.id as category', 'c.name_nl as category_nl', 'c.name_en as category_en'])
    .where('r.processing_activity_id', '=', id).orderBy('p.name_nl').execute();
  const issues: FieldIssue[] = [];
  const dropped = rules.filter((r) => !a.dataCategories.includes(r.category as never));
  if (dropped.length > 0) {
    issues.push({ path: 'body.dataCategories', message: {
      nl: `Deze soorten gegevens worden nog gezien onder deze verwerking: ${dropped.map((r) => `${r.category_nl} (${r.role_nl})`).join(', ')}. Wijzig eerst die regels in "Wie ziet wat"`,
      en: `These data categories are still seen under this activity: ${dropped.map((r) => `${r.category_en} (${r.role_en})`).join(', ')}. Change those rules in "Who sees what" first` } });
  }
  if (ending && a.endedOn !== null) {
    if (recordedBySamenspel.includes(id)) {
      issues.push({ path: 'body.endedOn', message: {
        nl: 'Samenspel legt zelf verwerkingen vast onder deze activiteit; die kan niet worden beëindigd',
        en: 'Samenspel itself records processing under this activity; it cannot be ended' } });
    } else if (rules.length > 0) {
      issues.push({ path: 'body.endedOn', message: {
        nl: `Rollen zien nog gegevens onder deze verwerking (${[...new Set(rules.map((r) => r.role_nl))].join(', ')}). Wijzig eerst die regels`,
        en: `Roles still see data under this activity (${[...new Set(rules.map((r) => r.role_en))].join(', ')}). Change those rules first` } });
    } else {
      const consents = await db.selectFrom('consent').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('processing_activity_id', '=', id).where('withdrawn_at', 'is', null)
        .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', a.endedOn!)])).executeTakeFirstOrThrow();
      if (Number(consents.n) > 0) {
        issues.push({ path: 'body.endedOn', message: {
          nl: `Er lopen nog ${consents.n} toestemmingen onder deze verwerking na deze datum`,
          en: `${consents.n} consents under this activity still run after this date` } });
      }
    }
  }
  return issues;
}

async function recordVersion(tx: Tx, actor: Actor, before: ActivityRow | null, after: ActivityRow, changedFields: string[]) {
  const version = await tx.insertInto('processing_activity_history').values({
    processing_activity_id: after.id, changed_by: actor.userId,
    old_row: before ? JSON.stringify(before) : null, new_row: JSON.stringify(after),
  }).returning('id').executeTakeFirstOrThrow();
  await logPrivacyChange(tx, actor, before ? 'processing_activity.update' : 'processing_activity.create',
    { type: 'processing_activity', id: after.id }, { historyId: version.id, changedFields });
}

export async function createActivity(db: Db, actor: Actor, input: ActivityInput): Promise<Activity> {
  return db.transaction().execute(async (tx) => {
    const { id, ...fields } = input;
    const issues = await entryIssues(tx, fields);
    if (await tx.selectFrom('processing_activity').select('id').where('id', '=', id).executeTakeFirst()) {
      issues.unshift({ path: 'body.id', message: { nl: `De code ${id} bestaat al in het register`, en: `The code ${id} is already in the register` } });
    }
    if (issues.length > 0) refuse(issues);
    const row = await tx.insertInto('processing_activity').values({
      id, name: fields.name, purpose: fields.purpose, legal_basis: fields.legalBasis, ...toColumns(fields),
      updated_at: new Date(), updated_by: actor.userId,
    }).returningAll().executeTakeFirstOrThrow();
    await recordVersion(tx, actor, null, row, Object.keys(fields));
    return presentActivity(row);
  });
}

const fieldsOf = (r: ActivityRow): ActivityFields => {
  const { id: _, updatedAt: __, ...fields } = presentActivity(r);
  return fields as ActivityFields;
};

/** Changes the entry; the old and new version go into its history. An unchanged entry stays as it is. */
export async function updateActivity(db: Db, actor: Actor, id: string, changes: Partial<ActivityFields>): Promise<Activity> {
  return db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('processing_activity').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!current) throw notFound();
    const before = fieldsOf(current);
    const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as ActivityFields;
    const changedFields = (Object.keys(next) as Array<keyof ActivityFields>)
      .filter((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k]));
    if (changedFields.length === 0) return presentActivity(current);
    const issues = await entryIssues(tx, next);
    if (issues.length > 0) refuse(issues);
    const reliance = await relianceIssues(tx, id, next, changedFields.includes('endedOn'));
    if (reliance.length > 0) refuse(reliance, 409);
    const row = await tx.updateTable('processing_activity').set({ ...toColumns(next), updated_at: new Date(), updated_by: actor.userId })
      .where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await recordVersion(tx, actor, current, row, changedFields);
    return presentActivity(row);
  });
}

/** Versions of one entry, newest first, with the fields each changed. */
export async function activityHistory(db: Queryable, id: string) {
  if (!(await db.selectFrom('processing_activity').select('id').where('id', '=', id).executeTakeFirst())) throw notFound();
  const rows = await db.selectFrom('processing_activity_history as h').innerJoin('app_user as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.changed_at', 'h.changed_by', 'u.display_name', 'h.old_row', 'h.new_row'])
    .where('h.processing_activity_id', '=', id).orderBy('h.id', 'desc').execute();
  return rows.map((r) => {
    const before = r.old_row ? fieldsOf(r.old_row as unknown as ActivityRow) : null;
    const after = fieldsOf(r.new_row as unknown as ActivityRow);
    const changes = (Object.keys(after) as Array<keyof ActivityFields>)
      .filter((k) => !before || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((field) => ({ field, old: before ? before[field] : null, new: after[field] }));
    return { id: r.id, changedAt: r.changed_at, changedBy: { id: r.changed_by, displayName: r.display_name }, created: before === null, old: before, new: after, changes };
  });
}
