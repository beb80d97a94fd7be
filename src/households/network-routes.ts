import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { bilingual } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { addContactDetail, addNetworkMember, changeContactDetail, changeNetworkMember, getNetwork, removeNetworkEntry } from './network-access.ts';

const category = z.enum(dataCategories, bilingual('Kies een soort gegevens uit de lijst', 'Choose a data category from the list')).default('social');
const entryParams = z.strictObject({ id: z.uuid(), entryId: z.uuid() });

const networkRelations = ['family', 'partner', 'friend', 'neighbour', 'volunteer', 'informal_carer', 'church_or_association', 'professional_organisation', 'other'] as const;

const networkBody = z.strictObject({
  kind: z.enum(['person', 'organisation'], bilingual('Kies persoon of organisatie', 'Choose person or organisation')).default('person'),
  name: z.string().trim().min(1, bilingual('Vul de naam in', 'Enter the name')).max(200, bilingual('Ten hoogste 200 tekens', 'At most 200 characters')),
  relation: z.enum(networkRelations, bilingual('Kies de relatie uit de lijst', 'Choose the relation from the list')),
  canHelpWith: z.string().trim().max(1000, bilingual('Ten hoogste 1000 tekens', 'At most 1000 characters')).optional().describe('What they can do for the household'),
  contact: z.string().trim().max(200, bilingual('Ten hoogste 200 tekens', 'At most 200 characters')).optional().describe('How to reach them'),
  category,
});

const contactDetailBody = z.strictObject({
  personId: z.uuid(bilingual('Geen geldige persoon', 'Not a valid person')).optional().describe('The member it belongs to; none: the household'),
  kind: z.enum(['phone', 'email', 'postal', 'other'], bilingual('Kies het soort contactgegeven', 'Choose the kind of contact detail')),
  value: z.string().trim().min(1, bilingual('Vul het contactgegeven in', 'Enter the contact detail')).max(200, bilingual('Ten hoogste 200 tekens', 'At most 200 characters')),
  note: z.string().trim().max(500, bilingual('Ten hoogste 500 tekens', 'At most 500 characters')).optional(),
  category,
}).superRefine((b, ctx) => {
  if (b.kind === 'email' && !z.email().safeParse(b.value).success) ctx.addIssue({ code: 'custom', path: ['value'], message: bilingual('Geen geldig e-mailadres', 'Not a valid e-mail address') });
  if (b.kind === 'phone' && !/^\+?[\d\s()-]{6,20}$/.test(b.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: bilingual('Geen geldig telefoonnummer', 'Not a valid phone number') });
});

export const networkRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/network', tag: 'households', auth: 'staff', params: idParams,
    summary: 'Contact details and the informal network of the household (people and organisations around it, what they can do)',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => getNetwork(access, params.id)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/network', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Add someone from the informal network', body: networkBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addNetworkMember(access, params.id, body)),
  }),
  route({
    method: 'PUT', url: '/api/households/:id/network/:entryId', tag: 'households', auth: 'staff', params: entryParams,
    summary: 'Change someone in the informal network (all fields; those left out are emptied)', body: networkBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => changeNetworkMember(access, params.id, params.entryId, body)),
  }),
  route({
    method: 'DELETE', url: '/api/households/:id/network/:entryId', tag: 'households', auth: 'staff', status: 204,
    params: entryParams, summary: 'Remove someone from the informal network',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => removeNetworkEntry(access, params.id, 'network_member', params.entryId)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/contact-details', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Add a phone number, e-mail address or other contact detail', body: contactDetailBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addContactDetail(access, params.id, body)),
  }),
  route({
    method: 'PUT', url: '/api/households/:id/contact-details/:entryId', tag: 'households', auth: 'staff', params: entryParams,
    summary: 'Change a contact detail (all fields; those left out are emptied)', body: contactDetailBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => changeContactDetail(access, params.id, params.entryId, body)),
  }),
  route({
    method: 'DELETE', url: '/api/households/:id/contact-details/:entryId', tag: 'households', auth: 'staff', status: 204,
    params: entryParams, summary: 'Remove a contact detail',
    handler: async ({ auth, params, services }) => withAccess(services, auth.actor, (access) => removeNetworkEntry(access, params.id, 'contact_detail', params.entryId)),
  }),
];
