import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { requireSystemRole } from '../organisation/admin-guard.ts';
import { bsn } from '../persons/person-schemas.ts';
import { bilingual } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { findPersonForRights, getPersonRights, liftRestriction, rectifyPerson, restrictProcessing } from './subject-rights-access.ts';
import { checkErasure, erasePerson } from './subject-rights-erasure-access.ts';
import { exportPersonData } from './subject-rights-export-access.ts';
import { exportHtml } from './subject-rights-html.ts';

const text = (max: number) => z.string().trim().min(1, bilingual('Vul dit in', 'Fill this in')).max(max);
const base = '/api/privacy/rights/persons/:id';

export const subjectRightsRoutes: AnyRoute[] = [
  route({
    method: 'POST', url: '/api/privacy/rights/lookup', tag: 'privacy', auth: 'staff',
    summary: 'Find the person behind a BSN to handle their request (privacy officer); the BSN travels in the body, not in the address',
    body: z.strictObject({ bsn }),
    handler: async ({ auth, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, (access) => findPersonForRights(access, body.bsn));
    },
  }),
  route({
    method: 'GET', url: base, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'The person’s details, restrictions, corrections and whether erasure is possible now (privacy officer)',
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, async (access) => ({
        ...(await getPersonRights(access, params.id)),
        erasure: await checkErasure(access, params.id, new Date()),
      }));
    },
  }),
  route({
    method: 'GET', url: `${base}/export`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'Everything Samenspel holds on the person, as JSON (AVG art. 15 and 20); logged',
    handler: async ({ auth, params, services, reply }) => {
      requireSystemRole(auth, 'privacy_officer');
      const data = await withAccess(services, auth.actor, (access) => exportPersonData(access, params.id, 'json'));
      reply.header('content-disposition', `attachment; filename="samenspel-inzage-${data.generatedAt.toISOString().slice(0, 10)}.json"`);
      return data;
    },
  }),
  route({
    method: 'GET', url: `${base}/export.html`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'The same export as a readable Dutch document to print or hand over; logged',
    handler: async ({ auth, params, services, reply }) => {
      requireSystemRole(auth, 'privacy_officer');
      const data = await withAccess(services, auth.actor, (access) => exportPersonData(access, params.id, 'html'));
      reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
      return exportHtml(data);
    },
  }),
  route({
    method: 'POST', url: `${base}/rectification`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'Correct names or birth date on the resident’s request (AVG art. 16); the previous values are kept',
    body: z.strictObject({
      givenNames: text(200).optional(),
      familyNamePrefix: z.string().trim().max(20).nullable().optional().transform((v) => (v === '' ? null : v)),
      familyName: text(200).optional(),
      birthDate: z.iso.date(bilingual('Datum als JJJJ-MM-DD', 'Date as YYYY-MM-DD')).nullable().optional(),
      requestNote: text(2000).describe('The resident’s request: date, how it came in, reference'),
    }),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await withAccess(services, auth.actor, (access) => rectifyPerson(access, params.id, body)) };
    },
  }),
  route({
    method: 'POST', url: `${base}/restriction`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'Restrict processing of the person (AVG art. 18): kept, not used, until lifted',
    body: z.strictObject({
      ground: z.enum(['accuracy_contested', 'unlawful_processing', 'legal_claims', 'objection_pending']).describe('AVG art. 18 lid 1 a–d'),
      reason: text(2000),
    }),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await withAccess(services, auth.actor, (access) => restrictProcessing(access, params.id, body)) };
    },
  }),
  route({
    method: 'POST', url: `${base}/restriction/lift`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'Lift the restriction of processing',
    body: z.strictObject({ note: z.string().trim().max(2000).optional() }),
    handler: async ({ auth, params, body, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return { items: await withAccess(services, auth.actor, (access) => liftRestriction(access, params.id, body.note || null)) };
    },
  }),
  route({
    method: 'POST', url: `${base}/erasure`, tag: 'privacy', auth: 'staff', params: idParams,
    summary: 'Erase the person (AVG art. 17) when no legal duty or open case needs the data; 409 with the reasons otherwise',
    body: z.strictObject({ confirm: z.literal(true, bilingual('Bevestig het wissen', 'Confirm the erasure')) }),
    handler: async ({ auth, params, services }) => {
      requireSystemRole(auth, 'privacy_officer');
      return withAccess(services, auth.actor, (access) => erasePerson(access, params.id, new Date()));
    },
  }),
];
