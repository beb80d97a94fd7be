import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { addContact, getDossier, getTimeline, type TimelineCursor } from './dossier-access.ts';
import { noteRoutes } from './note-routes.ts';
import { bilingual } from '../server/errors.ts';

export { networkRoutes } from './network-routes.ts';

const moment = z.iso.datetime({ offset: true });

/** A moment (ISO 8601), or the `nextBefore` of the previous page (a moment and an entry id). */
const timelineBefore = z.string().max(100).transform((text, ctx): TimelineCursor => {
  const [at = '', id, ...rest] = text.split('_');
  if (rest.length > 0 || !moment.safeParse(at).success || (id !== undefined && !z.uuid().safeParse(id).success)) {
    ctx.addIssue({ code: 'custom', message: bilingual('Een tijdstip (ISO 8601) of de nextBefore van de vorige pagina', 'A moment (ISO 8601) or the nextBefore of the previous page') });
    return z.NEVER;
  }
  return { at, id };
}).describe('Timeline entries before this moment, or before the nextBefore of the previous page');

const timelineQuery = z.strictObject({
  before: timelineBefore.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const dossierRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/dossier', tag: 'households', auth: 'staff', params: idParams,
    summary: 'The household dossier: members, cases with their professional and coordinator, and (for them) the question and a page of the timeline',
    query: timelineQuery,
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) => getDossier(access, params.id, query)),
  }),
  route({
    method: 'GET', url: '/api/households/:id/timeline', tag: 'households', auth: 'staff', params: idParams,
    summary: 'A further page of the dossier timeline (before a moment), for its professional and coordinator',
    query: timelineQuery,
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) => getTimeline(access, params.id, query)),
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
  ...noteRoutes,
];
