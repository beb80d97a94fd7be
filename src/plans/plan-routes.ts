import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { actionOwners } from './action-owner-access.ts';
import { goalSuggestions } from './goal-suggestion-access.ts';
import { createPlan, getPlan, newVersion, recordAgreement, saveVersion } from './plan-access.ts';
import * as schemas from './plan-schemas.ts';

export const planRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/plan', tag: 'plans', auth: 'staff', params: idParams,
    summary: 'The household’s plan with all its versions (newest first) and who agreed to which version, how and when',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getPlan(access, params.id)),
  }),
  route({
    method: 'GET', url: '/api/households/:id/plan/goal-suggestions', tag: 'plans', auth: 'staff', params: idParams,
    summary: 'Goals proposed from the latest kitchen-table talks: the life domains where a current member’s latest ZRM score is 1 or 2',
    response: schemas.goalSuggestions,
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => goalSuggestions(access, params.id)),
  }),
  route({
    method: 'GET', url: '/api/households/:id/plan/owners', tag: 'plans', auth: 'staff', params: idParams,
    summary: 'Who can carry out an action: the professionals of the open cases, the current members and the informal network',
    response: schemas.actionOwners,
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => actionOwners(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/plan', tag: 'plans', auth: 'staff', params: idParams, status: 201,
    summary: 'Start the household’s one plan (version 1, draft)',
    body: z.strictObject({ content: schemas.planContent }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => createPlan(access, params.id, body.content)),
  }),
  route({
    method: 'PUT', url: '/api/plan-versions/:id', tag: 'plans', auth: 'staff', params: idParams,
    summary: 'Save a draft plan version made from `revision`; 409 with both versions when someone else saved first',
    body: z.strictObject({ revision: z.number().int().min(1), content: schemas.planContent }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => saveVersion(access, params.id, body.revision, body.content)),
  }),
  route({
    method: 'POST', url: '/api/plans/:id/versions', tag: 'plans', auth: 'staff', params: idParams, status: 201,
    summary: 'Make a new draft version from the newest agreed one',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => newVersion(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/plan-versions/:id/agreements', tag: 'plans', auth: 'staff', params: idParams, status: 201,
    summary: 'Record that a household member agreed to this version: signed on paper, signed digitally, or verbally (with witness)',
    body: z.strictObject({
      personId: z.uuid(),
      agreedOn: z.iso.date(),
      form: z.enum(['signed_on_paper', 'signed_digitally', 'agreed_verbally']),
      witnessedBy: z.string().trim().min(1).max(200).optional(),
    }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => recordAgreement(access, params.id, body)),
  }),
];
