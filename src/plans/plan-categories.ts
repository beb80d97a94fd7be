import type { ContentPolicy } from '../access/content-policy.ts';
import type { FieldIssue } from '../server/errors.ts';
import type { PlanContent } from './plan-schemas.ts';

/** The plan as this user may see it: items of withheld categories left out (and counted). */
export function visiblePlan(content: PlanContent, policy: ContentPolicy): PlanContent {
  const situationShown = !content.situation || policy.admit(content.situationCategory);
  return {
    ...content,
    situation: situationShown ? content.situation : '',
    goals: policy.filter(content.goals, (g) => g.category),
    actions: policy.filter(content.actions, (a) => a.category),
    services: policy.filter(content.services, (s) => s.category),
    obligations: policy.filter(content.obligations, (o) => o.category),
  };
}

/** Items sent in a category this user may not record here. */
export function hiddenCategoryProblems(content: PlanContent, policy: ContentPolicy, at = 'body.content'): FieldIssue[] {
  const message = { nl: 'Deze gegevenscategorie mag u in dit plan niet vastleggen', en: 'You may not record this data category in this plan' };
  const issues: FieldIssue[] = [];
  const shown = (category: PlanContent['situationCategory']) => policy.check(category).visible;
  if (content.situation && !shown(content.situationCategory)) issues.push({ path: `${at}.situationCategory`, message });
  for (const list of ['goals', 'actions', 'services', 'obligations'] as const) {
    content[list].forEach((item, i) => {
      if (!shown(item.category)) issues.push({ path: `${at}.${list}.${i}.category`, message });
    });
  }
  return issues;
}

/**
 * A save by someone who cannot see every item: hidden items of the stored version stay,
 * so nobody removes or overwrites what they cannot see.
 */
export function keepHiddenPlanItems(incoming: PlanContent, stored: PlanContent, policy: ContentPolicy): PlanContent {
  const hidden = <T extends { category: PlanContent['situationCategory'] }>(items: readonly T[]) => items.filter((item) => !policy.check(item.category).visible);
  const situationHidden = Boolean(stored.situation) && !policy.check(stored.situationCategory).visible;
  return {
    ...incoming,
    situation: situationHidden ? stored.situation : incoming.situation,
    situationCategory: situationHidden ? stored.situationCategory : incoming.situationCategory,
    goals: [...incoming.goals, ...hidden(stored.goals)],
    actions: [...incoming.actions, ...hidden(stored.actions)],
    services: [...incoming.services, ...hidden(stored.services)],
    obligations: [...incoming.obligations, ...hidden(stored.obligations)],
  };
}
