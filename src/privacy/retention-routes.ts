import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { bilingual } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { listRuns, planRetention, retentionRules } from './retention-access.ts';
import { runRetention } from './retention-run.ts';

export const retentionRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/privacy/retention/dry-run', tag: 'privacy', auth: 'staff',
    summary: 'What a retention run now would destroy, per household (internal id), under which rule, in counts; and what is held back (privacy officer)',
    handler: async ({ auth, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, async (access) => ({ rules: await retentionRules(access), ...(await planRetention(access, new Date())) }));
    },
  }),
  route({
    method: 'GET', url: '/api/privacy/retention/runs', tag: 'privacy', auth: 'staff',
    summary: 'The last real retention runs, scheduled or started by hand',
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
    handler: async ({ auth, query, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await withAccess(services, auth.actor, (access) => listRuns(access, query.limit)) };
    },
  }),
  route({
    method: 'POST', url: '/api/privacy/retention/runs', tag: 'privacy', auth: 'staff',
    summary: 'Destroy now what the retention periods say is due (the daily schedule does the same)',
    body: z.strictObject({ confirm: z.literal(true, bilingual('Bevestig het vernietigen', 'Confirm the destruction')) }),
    status: 201,
    handler: async ({ auth, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      const { outcomes, ...run } = await runRetention(services, auth.actor);
      return { ...run, households: outcomes.map((o) => ({ householdId: o.householdId, destroyed: o.destroyed, ...(o.destroyed ? { rule: o.rule.activityId } : { reason: o.reason }) })) };
    },
  }),
];
