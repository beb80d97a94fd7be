import { z } from 'zod';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { listDataCategories } from './category-rules.ts';
import { activityHistory, createActivity, getActivity, listActivities, updateActivity } from './processing-register.ts';
import { registerCsv } from './register-export.ts';
import { activityId, createActivityBody, updateActivityBody } from './register-schemas.ts';

const activityParams = z.strictObject({ id: activityId });

/** The register of processing activities (verwerkingsregister): public to all staff, kept by the privacy officer. */
export const processingRegisterRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/privacy/processing-activities', tag: 'privacy', auth: 'staff',
    summary: 'The register of processing activities',
    handler: async ({ services }) => ({ items: await listActivities(services.database.db) }),
  }),
  route({
    method: 'GET', url: '/api/privacy/processing-activities/:id', tag: 'privacy', auth: 'staff',
    summary: 'One processing activity, with the category rules that rely on it',
    params: activityParams,
    handler: async ({ params, services }) => getActivity(services.database.db, params.id),
  }),
  route({
    method: 'GET', url: '/api/privacy/processing-activities/:id/history', tag: 'privacy', auth: 'staff',
    summary: 'Every version of one register entry: who changed it, when, old and new (privacy officer)',
    params: activityParams,
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await activityHistory(services.database.db, params.id) };
    },
  }),
  route({
    method: 'POST', url: '/api/privacy/processing-activities', tag: 'privacy', auth: 'staff', status: 201,
    summary: 'Add a processing activity to the register (privacy officer)',
    body: createActivityBody,
    handler: async ({ auth, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return createActivity(services.database.db, auth.actor, body);
    },
  }),
  route({
    method: 'PATCH', url: '/api/privacy/processing-activities/:id', tag: 'privacy', auth: 'staff',
    summary: 'Change a register entry, or end it with an end date (privacy officer); there is no delete',
    params: activityParams,
    body: updateActivityBody,
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return updateActivity(services.database.db, auth.actor, params.id, body);
    },
  }),
  route({
    method: 'GET', url: '/api/privacy/register-export', tag: 'privacy', auth: 'staff',
    summary: 'The whole register as a download: JSON, or CSV with Dutch column headers',
    query: z.strictObject({ format: z.enum(['json', 'csv']).default('json') }),
    handler: async ({ query, reply, services }) => {
      const db = services.database.db;
      const items = await listActivities(db);
      const day = new Date().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="verwerkingsregister-${day}.${query.format}"`);
      if (query.format === 'json') return { exportedAt: new Date().toISOString(), items };
      const names = new Map((await listDataCategories(db)).map((c) => [c.id as string, c.nameNl]));
      reply.header('content-type', 'text/csv; charset=utf-8');
      return registerCsv(items, names);
    },
  }),
];
