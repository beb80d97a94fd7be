import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { addContact, getDossier } from './dossier-access.ts';

export const dossierRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/dossier', tag: 'households', auth: 'staff', params: idParams,
    summary: 'The household dossier: members, cases with their professional and coordinator, and (for them) the question and a page of the timeline',
    query: z.strictObject({
      before: z.iso.datetime({ offset: true }).optional().describe('Timeline entries before this moment (paging)'),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) =>
      getDossier(access, params.id, { before: query.before ? new Date(query.before) : undefined, limit: query.limit })),
  }),
  route({
    method: 'POST', url: '/api/households/:id/contacts', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Record a contact: when, where, in what form, who took part, a short report and its data category',
    body: z.strictObject({
      occurredAt: z.iso.datetime({ offset: true }),
      place: z.enum(['home', 'team_office', 'werkplein', 'elsewhere']),
      form: z.enum(['visit', 'phone', 'email', 'video', 'message']),
      participants: z.string().trim().min(1).max(500),
      report: z.string().trim().min(1).max(10000),
      category: z.enum(dataCategories),
    }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) =>
      addContact(access, params.id, { ...body, occurredAt: new Date(body.occurredAt) })),
  }),
];
