import { withAccess } from '../access/access-session.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { endEmergencyAccess, listOwnEmergencyAccess, requestEmergencyAccess } from './emergency-access-requests-access.ts';
import { listEmergencyReviewQueue, reviewEmergencyAccess } from './emergency-review-access.ts';
import { emergencyRequest, emergencyRequestResult, emergencyReview, ownEmergencyAccess } from './emergency-schemas.ts';

export const emergencyRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/emergency-access', tag: 'emergency-access', auth: 'staff', status: 201,
    summary: 'Ask for emergency access (conflict van plichten) to the household of a BSN, or to a household: read only, for a few hours, reviewed by the privacy officer',
    body: emergencyRequest, response: emergencyRequestResult,
    handler: async ({ auth, body, services }) => withAccess(services, auth.actor, (access) => requestEmergencyAccess(access, body)),
  }),
  route({
    method: 'GET', url: '/api/emergency-access/mine', tag: 'emergency-access', auth: 'staff',
    summary: 'The user’s own running emergency accesses (household ids and times, no resident data)',
    response: ownEmergencyAccess,
    handler: async ({ auth, services }) => withAccess(services, auth.actor, (access) => listOwnEmergencyAccess(access)),
  }),
  route({
    method: 'POST', url: '/api/emergency-access/:id/end', tag: 'emergency-access', auth: 'staff', params: idParams,
    summary: 'End one’s own emergency access before it expires',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => endEmergencyAccess(access, params.id)),
  }),
  route({
    method: 'GET', url: '/api/privacy/emergency-access', tag: 'privacy', auth: 'staff',
    summary: 'Emergency accesses waiting for review: who, which household and members, ground, justification, times and what was opened (privacy officer)',
    handler: async ({ auth, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, (access) => listEmergencyReviewQueue(access));
    },
  }),
  route({
    method: 'POST', url: '/api/privacy/emergency-access/:id/review', tag: 'privacy', auth: 'staff', params: idParams, body: emergencyReview,
    summary: 'Review an emergency access as justified or not justified, with a note; not justified ends it at once (privacy officer)',
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, (access) => reviewEmergencyAccess(access, params.id, body));
    },
  }),
];
