import { z } from 'zod';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { professionalRole } from '../organisation/schemas.ts';
import { bilingual } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { listDataCategories, listRolesWithRules, removeRule, ruleHistory, setRule } from './category-rules.ts';
import { activityId } from './register-schemas.ts';

const ruleParams = z.strictObject({
  role: professionalRole,
  category: z.string(bilingual('Een soort gegevens', 'A data category')).min(1).max(100),
});

/** Which professional role sees which data category, under which processing activity. */
export const categoryRuleRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/privacy/professional-roles', tag: 'privacy', auth: 'staff',
    summary: 'The professional roles, the data categories each sees under which processing activity, and what each never sees',
    handler: async ({ services }) => ({ items: await listRolesWithRules(services.database.db) }),
  }),
  route({
    method: 'GET', url: '/api/privacy/data-categories', tag: 'privacy', auth: 'staff',
    summary: 'The data categories a file is divided into',
    handler: async ({ services }) => ({ items: await listDataCategories(services.database.db) }),
  }),
  route({
    method: 'PUT', url: '/api/privacy/category-rules/:role/:category', tag: 'privacy', auth: 'staff',
    summary: 'Let a role see a data category under a processing activity, or move the rule to another activity (privacy officer)',
    params: ruleParams,
    body: z.strictObject({ processingActivityId: activityId }),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return setRule(services.database.db, auth.actor, params.role, params.category, body.processingActivityId);
    },
  }),
  route({
    method: 'DELETE', url: '/api/privacy/category-rules/:role/:category', tag: 'privacy', auth: 'staff', status: 204,
    summary: 'Take a data category away from a role (privacy officer)',
    params: ruleParams,
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      await removeRule(services.database.db, auth.actor, params.role, params.category);
    },
  }),
  route({
    method: 'GET', url: '/api/privacy/category-rules/history', tag: 'privacy', auth: 'staff',
    summary: 'Changes to the category rules, newest first: who, when, old and new (privacy officer)',
    query: z.strictObject({ role: professionalRole.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
    handler: async ({ auth, query, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await ruleHistory(services.database.db, query) };
    },
  }),
];
