import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { personInput } from '../persons/person-schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { getHousehold, listHouseholds, registerHousehold, renameHousehold } from './household-access.ts';

const householdName = z.string().trim().min(1).max(200);

export const householdRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households', tag: 'households', auth: 'staff',
    summary: 'Households your teams work with (open registration or case), optionally by name',
    query: z.strictObject({ q: z.string().trim().max(100).optional(), limit: z.coerce.number().int().min(1).max(100).default(25) }),
    handler: async ({ auth, query, services }) => ({
      items: await withAccess(services, auth.actor, (access) => listHouseholds(access, query.q || undefined, query.limit)),
    }),
  }),
  route({
    method: 'POST', url: '/api/households', tag: 'households', auth: 'staff', status: 201,
    summary: 'Register a household with its members at one of your teams (opens a registration for that team)',
    body: z.strictObject({
      teamId: z.uuid(),
      name: householdName,
      kind: z.enum(['registration', 'case']).default('registration'),
      members: z.array(z.strictObject({
        role: z.enum(['resident', 'partner', 'child', 'other']),
        validFrom: z.iso.date().optional(),
        person: personInput,
      })).min(1).max(20),
    }),
    handler: async ({ auth, body, services }) => withAccess(services, auth.actor, (access) => registerHousehold(access, body)),
  }),
  route({
    method: 'GET', url: '/api/households/:id', tag: 'households', auth: 'staff', params: idParams,
    summary: 'A household: members you may see, teams involved, what you may do',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getHousehold(access, params.id)),
  }),
  route({
    method: 'PATCH', url: '/api/households/:id', tag: 'households', auth: 'staff', params: idParams,
    body: z.strictObject({ name: householdName }), summary: 'Rename a household',
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => renameHousehold(access, params.id, body.name)),
  }),
];
