import { z } from 'zod';
import { withAccess } from '../access/access-session.ts';
import { idParams } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { bilingual } from '../server/errors.ts';
import { route, type AnyRoute } from '../server/route.ts';
import { addNote, listNotes } from './note-access.ts';

const noteBody = z.strictObject({
  text: z.string(bilingual('Schrijf de notitie als tekst', 'Write the note as text'))
    .trim()
    .min(1, bilingual('Schrijf de notitie', 'Write the note'))
    .max(10000, bilingual('Ten hoogste 10.000 tekens', 'At most 10,000 characters'))
    .describe('The note itself; it cannot be changed afterwards'),
  category: z.enum(dataCategories, bilingual('Kies een soort gegevens uit de lijst', 'Choose a data category from the list'))
    .describe('The data category of what the note holds (see /api/data-categories)'),
  about: z.array(z.uuid(bilingual('Geen geldige persoon', 'Not a valid person')), bilingual('Geef een lijst van personen', 'Give a list of persons'))
    .max(20, bilingual('Ten hoogste 20 personen', 'At most 20 persons'))
    .default([])
    .describe('Household members the note is about; none: the household as a whole'),
});

export const noteRoutes: AnyRoute[] = [
  route({
    method: 'GET', url: '/api/households/:id/notes', tag: 'households', auth: 'staff', params: idParams,
    summary: 'The notes in the dossier, newest first (for its professional and coordinator)',
    query: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
    handler: async ({ auth, params, query, services }) => withAccess(services, auth.actor, (access) => listNotes(access, params.id, query.limit)),
  }),
  route({
    method: 'POST', url: '/api/households/:id/notes', tag: 'households', auth: 'staff', params: idParams, status: 201,
    summary: 'Write a note in the dossier: text, data category and optionally the members it is about. A note is never changed; a correction is a new note',
    body: noteBody,
    handler: async ({ auth, params, body, services }) => withAccess(services, auth.actor, (access) => addNote(access, params.id, body)),
  }),
];
