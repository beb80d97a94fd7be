import type { Queryable } from '../db/database.ts';
import type { FieldIssue } from '../server/errors.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';

/**
 * Checks against the processing register, which lives in the database: each role's category
 * must be seen under an activity that exists, has not ended and lists that category.
 */
export async function registerIssues(db: Queryable, config: MunicipalConfiguration, prefix: string): Promise<FieldIssue[]> {
  const roles = config.roles ?? [];
  if (roles.length === 0) return [];
  const activities = new Map((await db.selectFrom('processing_activity').select(['id', 'name', 'data_categories', 'ended_on']).execute())
    .map((a) => [a.id, a]));
  const issues: FieldIssue[] = [];
  roles.forEach((role, i) => role.categories.forEach((rule, k) => {
    const path = `${prefix}roles.${i}.categories.${k}.processingActivityId`;
    const activity = activities.get(rule.processingActivityId);
    if (!activity) {
      issues.push({ path, message: {
        nl: `Verwerking "${rule.processingActivityId}" staat niet in het verwerkingsregister; kies een bestaande verwerking of laat de privacyfunctionaris die toevoegen`,
        en: `Processing activity "${rule.processingActivityId}" is not in the register; choose an existing one or ask the privacy officer to add it`,
      } });
    } else if (activity.ended_on !== null) {
      issues.push({ path, message: { nl: `De verwerking ${activity.name} is beëindigd`, en: `The processing activity ${activity.name} has ended` } });
    } else if (!activity.data_categories.includes(rule.category)) {
      issues.push({ path, message: {
        nl: `${activity.name} noemt de soort gegevens ${rule.category} niet in het register; de privacyfunctionaris moet die daar eerst toevoegen`,
        en: `${activity.name} does not list the data category ${rule.category} in the register; the privacy officer must add it there first`,
      } });
    }
  }));
  return issues;
}
