import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { endRestriction, listRestrictions, recordRestrictions } from './restriction-access.ts';
import { restrictionBody, restrictionParams } from './restriction-schemas.ts';

export const restrictionRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/restrictions', tag: 'consent', auth: 'staff', params: idParams,
    summary: 'The restrictions the household’s members asked for (who may not see which of their data), in force first, each with where a legal duty overrides it',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => listRestrictions(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/restrictions', tag: 'consent', auth: 'staff', params: idParams, status: 201,
    summary: 'Record, on the resident’s behalf, that categories of their data are withheld from one user, team, organisation or role. Recorded even where a legal duty overrides it: see notEffectiveFor',
    body: restrictionBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordRestrictions(access, params.id, body)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/restrictions/:restrictionId/end', tag: 'consent', auth: 'staff', params: restrictionParams,
    summary: 'End a restriction at the resident’s request; sharing follows the rules and consents again from the next request',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => endRestriction(access, params.id, params.restrictionId)),
  }),
];
