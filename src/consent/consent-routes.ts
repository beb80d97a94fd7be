import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { listConsents, recordConsents, withdrawConsent } from './consent-access.ts';
import { listSharingChoices } from './consent-parties-access.ts';
import { consentBody, consentParams, withdrawalBody } from './consent-schemas.ts';
import { restrictionRoutes } from './restriction-routes.ts';

export const consentRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/consents', tag: 'consent', auth: 'staff', params: idParams,
    summary: 'The consents of the household’s current members (categories, recipient, purpose, period, form, withdrawal), active first',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => listConsents(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/consents', tag: 'consent', auth: 'staff', params: idParams, status: 201,
    summary: 'Record consent given by household members: one consent per member, for these categories, to a team, organisation or role, for a purpose and a period',
    body: consentBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordConsents(access, params.id, body)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/consents/:consentId/withdraw', tag: 'consent', auth: 'staff', params: consentParams,
    summary: 'Withdraw a consent at the resident’s request; sharing under it stops from the next request',
    body: withdrawalBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => withdrawConsent(access, params.id, params.consentId, body.note)),
  }),
  route({
    method: 'GET', url: '/api/households/:id/sharing-choices', tag: 'consent', auth: 'staff', params: idParams,
    summary: 'Who a consent or restriction for this household can name (teams, organisations, roles, staff) and the purposes a consent can be for',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => listSharingChoices(access, params.id)),
  }),
  ...restrictionRoutes,
];
