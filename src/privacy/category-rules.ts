import type { Actor } from '../auth/auth-context.ts';
import type { Db, Queryable } from '../db/database.ts';
import type { DataCategory, ProfessionalRole } from '../db/schema.ts';
import { professionalRoles } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { invalid, notFound, type FieldIssue } from '../server/errors.ts';
import { logPrivacyChange } from './privacy-change-log.ts';

const inOrder = <T extends string>(order: readonly string[]) => (a: { id: T }, b: { id: T }) =>
  (order.indexOf(a.id) + 1 || 99) - (order.indexOf(b.id) + 1 || 99);

export async function listDataCategories(db: Queryable) {
  const rows = await db.selectFrom('data_category').selectAll().execute();
  return rows.sort(inOrder(dataCategories)).map((c) => ({ id: c.id, nameNl: c.name_nl, nameEn: c.name_en }));
}

/**
 * Every professional role with the categories it sees, each under its processing activity
 * (a consent activity means the resident's consent is asked first), and what it never sees.
 */
export async function listRolesWithRules(db: Queryable) {
  const [roles, categories, rules] = await Promise.all([
    db.selectFrom('professional_role').selectAll().execute(),
    listDataCategories(db),
    db.selectFrom('category_rule as r').innerJoin('processing_activity as a', 'a.id', 'r.processing_activity_id')
      .select(['r.professional_role', 'r.category', 'a.id', 'a.name', 'a.legal_basis_kind', 'a.legal_basis_article', 'a.ended_on'])
      .execute(),
  ]);
  return roles.sort(inOrder(professionalRoles)).map((role) => {
    const own = rules.filter((r) => r.professional_role === role.id);
    return {
      id: role.id, nameNl: role.name_nl, nameEn: role.name_en,
      rules: categories.filter((c) => own.some((r) => r.category === c.id)).map((c) => {
        const r = own.find((x) => x.category === c.id)!;
        return {
          category: c.id,
          processingActivity: { id: r.id, name: r.name, legalBasisKind: r.legal_basis_kind, legalBasisArticle: r.legal_basis_article, endedOn: r.ended_on },
          requiresConsent: r.legal_basis_kind === 'consent',
        };
      }),
      neverSees: categories.filter((c) => !own.some((r) => r.category === c.id)).map((c) => c.id),
    };
  });
}

async function checkRule(db: Queryable, category: string, activityId: string): Promise<void> {
  const issues: FieldIssue[] = [];
  const activity = await db.selectFrom('processing_activity').select(['data_categories', 'ended_on', 'name'])
    .where('id', '=', activityId).executeTakeFirst();
  if (!activity) {
    issues.push({ path: 'body.processingActivityId', message: { nl: `Deze verwerking staat niet in het register: ${activityId}`, en: `This activity is not in the register: ${activityId}` } });
  } else if (activity.ended_on !== null) {
    issues.push({ path: 'body.processingActivityId', message: { nl: `De verwerking ${activity.name} is beëindigd`, en: `The activity ${activity.name} has ended` } });
  } else if (!activity.data_categories.includes(category as DataCategory)) {
    issues.push({ path: 'body.processingActivityId', message: {
      nl: `${activity.name} noemt deze soort gegevens niet in het register. Voeg die daar eerst toe`,
      en: `${activity.name} does not list this data category in the register. Add it there first` } });
  }
  if (issues.length > 0) {
    const first = issues[0]!.message as { nl: string; en: string };
    throw invalid({ nl: `De regel klopt niet: ${first.nl}`, en: `The rule is not right: ${first.en}` }, issues);
  }
}

async function requireCategory(db: Queryable, category: string): Promise<void> {
  if (!(await db.selectFrom('data_category').select('id').where('id', '=', category as DataCategory).executeTakeFirst())) {
    throw invalid({ nl: `Onbekende soort gegevens: ${category}`, en: `Unknown data category: ${category}` },
      [{ path: 'params.category', message: { nl: 'Onbekende soort gegevens', en: 'Unknown data category' } }]);
  }
}

/** Lets a role see a category under an activity (adds the rule, or moves it to another activity). */
export async function setRule(db: Db, actor: Actor, role: ProfessionalRole, category: string, activityId: string) {
  return db.transaction().execute(async (tx) => {
    await requireCategory(tx, category);
    await checkRule(tx, category, activityId);
    const current = await tx.selectFrom('category_rule').selectAll()
      .where('professional_role', '=', role).where('category', '=', category as DataCategory).forUpdate().executeTakeFirst();
    const next = { professional_role: role, category: category as DataCategory, processing_activity_id: activityId };
    if (current?.processing_activity_id !== activityId) {
      if (current) {
        await tx.updateTable('category_rule').set({ processing_activity_id: activityId })
          .where('professional_role', '=', role).where('category', '=', category as DataCategory).execute();
      } else {
        await tx.insertInto('category_rule').values(next).execute();
      }
      await recordChange(tx, actor, role, category, current ?? null, next);
    }
    return { professionalRole: role, category, processingActivityId: activityId };
  });
}

/** Takes a category away from a role. */
export async function removeRule(db: Db, actor: Actor, role: ProfessionalRole, category: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const removed = await tx.deleteFrom('category_rule')
      .where('professional_role', '=', role).where('category', '=', category as DataCategory).returningAll().executeTakeFirst();
    if (!removed) throw notFound({ nl: 'Deze rol ziet deze soort gegevens al niet.', en: 'This role does not see this data category.' });
    await recordChange(tx, actor, role, category, removed, null);
  });
}

async function recordChange(tx: Queryable, actor: Actor, role: ProfessionalRole, category: string, before: object | null, after: object | null) {
  const change = await tx.insertInto('category_rule_history').values({
    professional_role: role, category: category as DataCategory, changed_by: actor.userId,
    old_row: before ? JSON.stringify(before) : null, new_row: after ? JSON.stringify(after) : null,
  }).returning('id').executeTakeFirstOrThrow();
  const name = !before ? 'category_rule.add' : !after ? 'category_rule.remove' : 'category_rule.update';
  await logPrivacyChange(tx, actor, name, { type: 'category_rule', id: `${role}/${category}` }, { historyId: change.id });
}

/** Changes to the category rules, newest first. */
export async function ruleHistory(db: Queryable, filter: { role?: ProfessionalRole; limit: number }) {
  let q = db.selectFrom('category_rule_history as h').innerJoin('app_user as u', 'u.id', 'h.changed_by')
    .select(['h.id', 'h.professional_role', 'h.category', 'h.changed_at', 'h.changed_by', 'u.display_name', 'h.old_row', 'h.new_row'])
    .orderBy('h.id', 'desc').limit(filter.limit);
  if (filter.role) q = q.where('h.professional_role', '=', filter.role);
  const activity = (row: Record<string, unknown> | null) => (row ? String(row.processing_activity_id) : null);
  return (await q.execute()).map((r) => ({
    id: r.id, professionalRole: r.professional_role, category: r.category, changedAt: r.changed_at,
    changedBy: { id: r.changed_by, displayName: r.display_name },
    old: r.old_row, new: r.new_row,
    oldProcessingActivityId: activity(r.old_row), newProcessingActivityId: activity(r.new_row),
  }));
}
