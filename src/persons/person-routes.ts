import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { getPerson, searchPersons, updatePerson } from './person-access.ts';
import { personPatch } from './person-schemas.ts';

const abilitiesSchema = z.object({ get: z.boolean(), update: z.boolean() });

export const personRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/persons', tag: 'persons', auth: 'staff',
    summary: 'Search persons by name, BSN or birth date — only those your teams may see; every result is logged',
    query: z.strictObject({
      q: z.string().trim().min(2).max(100).describe('Naam (begin van achternaam), BSN of geboortedatum (dd-mm-jjjj)'),
      limit: z.coerce.number().int().min(1).max(100).default(25),
    }),
    response: z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string(), birthDate: z.string().nullable(), postcode: z.string().nullable(), city: z.string().nullable(), abilities: abilitiesSchema })) }),
    handler: async ({ auth, query, services }) => ({
      items: await withAccess(services, auth.actor, (access) => searchPersons(access, query.q, query.limit)),
    }),
  }),
  route({
    method: 'GET', url: '/api/persons/:id', tag: 'persons', auth: 'staff', params: idParams,
    summary: 'A person with their households and what you may do; 404 when not visible to you',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getPerson(access, params.id)),
  }),
  route({
    method: 'PATCH', url: '/api/persons/:id', tag: 'persons', auth: 'staff', params: idParams, body: personPatch,
    summary: 'Correct a person’s name, birth date or address',
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => updatePerson(access, params.id, body)),
  }),
];
