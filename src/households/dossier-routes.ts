import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { addContact, getDossier, getTimeline } from './dossier-access.ts';
import { addContactDetail, addNetworkMember, getNetwork, removeNetworkEntry } from './network-access.ts';
import { bilingual } from '../server/errors.ts';

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
    method: 'GET', url: '/api/households/:id/timeline', tag: 'households', auth: 'staff', params: idParams,
    summary: 'A further page of the dossier timeline (before a moment), for its professional and coordinator',
    query: z.strictObject({
      before: z.iso.datetime({ offset: true }).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) =>
      getTimeline(access, params.id, { before: query.before ? new Date(query.before) : undefined, limit: query.limit })),
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

const category = z.enum(dataCategories).default('social');

export const networkRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/network', tag: 'households', auth: 'staff', params: idParams,
    summary: 'Contact details and the informal network of the household (people and organisations around it, what they can do)',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getNetwork(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/network', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Add someone from the informal network',
    body: z.strictObject({
      kind: z.enum(['person', 'organisation']).default('person'),
      name: z.string().trim().min(1).max(200),
      relation: z.enum(['family', 'partner', 'friend', 'neighbour', 'volunteer', 'informal_carer', 'church_or_association', 'professional_organisation', 'other']),
      canHelpWith: z.string().trim().max(1000).optional().describe('What they can do for the household'),
      contact: z.string().trim().max(200).optional(),
      category,
    }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addNetworkMember(access, params.id, body)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/contact-details', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Add a phone number, e-mail address or other contact detail',
    body: z.strictObject({
      personId: z.uuid().optional(),
      kind: z.enum(['phone', 'email', 'postal', 'other']),
      value: z.string().trim().min(1).max(200),
      note: z.string().trim().max(500).optional(),
      category,
    }).superRefine((b, ctx) => {
      if (b.kind === 'email' && !z.email().safeParse(b.value).success) ctx.addIssue({ code: 'custom', path: ['value'], message: bilingual('Geen geldig e-mailadres', 'Not a valid e-mail address') });
      if (b.kind === 'phone' && !/^\+?[\d\s()-]{6,20}$/.test(b.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: bilingual('Geen geldig telefoonnummer', 'Not a valid phone number') });
    }),
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addContactDetail(access, params.id, body)),
  }),
  route({
    method: 'DELETE', url: '/api/households/:id/network/:entryId', tag: 'households', auth: 'staff', status: 204,
    params: z.strictObject({ id: z.uuid(), entryId: z.uuid() }), summary: 'Remove someone from the informal network',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => removeNetworkEntry(access, params.id, 'network_member', params.entryId)),
  }),
  route({
    method: 'DELETE', url: '/api/households/:id/contact-details/:entryId', tag: 'households', auth: 'staff', status: 204,
    params: z.strictObject({ id: z.uuid(), entryId: z.uuid() }), summary: 'Remove a contact detail',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => removeNetworkEntry(access, params.id, 'contact_detail', params.entryId)),
  }),
];
