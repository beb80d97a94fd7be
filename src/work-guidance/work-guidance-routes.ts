import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { getWorkGuidance, previewProposal } from './work-guidance-read-access.ts';
import { assessmentBody, confirmBody, overrideBody, previewQuery, proposalBody } from './work-guidance-schemas.ts';
import { confirmProposal, overrideProposal, proposeAgain, recordAssessment } from './work-guidance-write-access.ts';

export const workGuidanceRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/persons/:id/work-guidance', tag: 'work-guidance', auth: 'staff', params: idParams,
    summary: 'A person’s assessments of the distance to work and routing proposals with their decisions, newest first, and the options of a new assessment (coordinator and assigned professional)',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getWorkGuidance(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/persons/:id/work-assessments', tag: 'work-guidance', auth: 'staff', params: idParams, status: 201,
    summary: 'Record a new assessment of the distance to work (never an overwrite); the routing proposal is made with it, under the configuration in force today',
    body: assessmentBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordAssessment(access, params.id, body)),
  }),
  route({
    method: 'POST', url: '/api/persons/:id/routing-proposals', tag: 'work-guidance', auth: 'staff', params: idParams, status: 201,
    summary: 'Make a new routing proposal from the latest assessment, under the configuration in force on its date (today or earlier)',
    body: proposalBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => proposeAgain(access, params.id, body.on)),
  }),
  route({
    method: 'GET', url: '/api/persons/:id/routing-proposals/preview', tag: 'work-guidance', auth: 'staff', params: idParams, query: previewQuery,
    summary: 'What the routing model in force on a date (also ahead) would propose for the latest assessment; nothing is saved',
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) => previewProposal(access, params.id, query.on)),
  }),
  route({
    method: 'POST', url: '/api/routing-proposals/:id/confirm', tag: 'work-guidance', auth: 'staff', params: idParams,
    summary: 'Confirm the latest routing proposal (once), with an optional note',
    body: confirmBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => confirmProposal(access, params.id, body.note)),
  }),
  route({
    method: 'POST', url: '/api/routing-proposals/:id/override', tag: 'work-guidance', auth: 'staff', params: idParams,
    summary: 'Override the latest routing proposal (once) with a required reason, and optionally another route of the model',
    body: overrideBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => overrideProposal(access, params.id, body)),
  }),
];
