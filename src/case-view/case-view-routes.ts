import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { requestLanguage } from '../server/language.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { generateCaseView } from './case-view-access.ts';

export const caseViewRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/case-view', tag: 'households', auth: 'staff', params: idParams,
    summary: 'A pseudonymised view of the case for a discussion without consent: members by age band, the question, latest ZRM scores, plan, contacts and notes with names and numbers replaced; a new random reference each time, nothing stored',
    handler: async ({ auth, params, req, services }) => withAccess(services, auth.actor, (access) => generateCaseView(access, params.id, requestLanguage(req))),
  }),
];
