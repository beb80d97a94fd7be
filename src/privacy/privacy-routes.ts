import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { accessRules } from '../access/rules.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { identifyForAudit } from '../persons/person-access.ts';
import { bsn } from '../persons/person-schemas.ts';
import { verifyLog } from '../processing-log/verify.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { categoryRuleRoutes } from './category-rule-routes.ts';
import { processingRegisterRoutes } from './register-routes.ts';

export const privacyRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/privacy/access-log', tag: 'privacy', auth: 'staff',
    summary: 'Who processed the data of the person with this BSN, when, in which team and role, and why (privacy officer)',
    query: z.strictObject({ bsn, limit: z.coerce.number().int().min(1).max(1000).default(500) }),
    handler: async ({ auth, query, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, async (access) => {
        const person = await identifyForAudit(access, query.bsn);
        const rows = await access.tx.selectFrom('processing_log as l')
          .leftJoin('app_user as u', 'u.id', 'l.user_id')
          .leftJoin('team as t', 't.id', 'l.acting_team_id')
          .innerJoin('processing_activity as a', 'a.id', 'l.processing_activity_id')
          .select(['l.seq', 'l.start_time', 'l.user_id', 'u.display_name', 'l.acting_team_id', 't.name as team_name', 'l.acting_role',
            'l.name', 'l.processing_activity_id', 'a.name as activity_name', 'l.outcome', 'l.trace_id', 'l.attributes'])
          .where('l.data_subject_id', '=', person.id).where('l.data_subject_id_type', '=', 'samenspel_person_id')
          .orderBy('l.seq', 'desc').limit(query.limit).execute();
        return {
          person,
          entries: rows.map((r) => ({
            seq: Number(r.seq), time: r.start_time,
            user: r.user_id ? { id: r.user_id, displayName: r.display_name ?? '?' } : null,
            actingTeam: r.acting_team_id ? { id: r.acting_team_id, name: r.team_name ?? '?' } : null,
            actingRole: r.acting_role, action: r.name,
            processingActivity: { id: r.processing_activity_id, name: r.activity_name },
            outcome: r.outcome, traceId: r.trace_id,
            emergency: r.processing_activity_id === 'emergency-access' || r.attributes.emergency === true,
          })),
        };
      });
    },
  }),
  route({
    method: 'POST', url: '/api/privacy/verify-log', tag: 'privacy', auth: 'staff',
    summary: 'Check the hash chain of the processing log (privacy officer)',
    handler: async ({ auth, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return verifyLog(services.database.db);
    },
  }),
  route({
    method: 'GET', url: '/api/privacy/access-rules', tag: 'privacy', auth: 'staff',
    summary: 'The access rules in plain language, as the access layer applies them',
    handler: async () => ({ items: accessRules }),
  }),
  ...processingRegisterRoutes,
  ...categoryRuleRoutes,
];
