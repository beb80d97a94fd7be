import { z } from 'zod';
import { bilingual } from '../server/errors.ts';
import { categories, personIds, role } from './consent-schemas.ts';

export const restrictionParams = z.strictObject({ id: z.uuid(), restrictionId: z.uuid() });

export const restrictionBody = z.strictObject({
  personIds: personIds.describe('The household members whose data is withheld; one restriction is recorded for each'),
  categories: categories.describe('The data categories withheld (see /api/data-categories)'),
  appliesTo: z.strictObject({
    userId: z.uuid(bilingual('Kies een medewerker uit de lijst', 'Choose a staff member from the list')).optional().describe('One staff member'),
    teamId: z.uuid(bilingual('Kies een team uit de lijst', 'Choose a team from the list')).optional().describe('A team'),
    organisationId: z.uuid(bilingual('Kies een organisatie uit de lijst', 'Choose an organisation from the list')).optional().describe('An organisation'),
    role: role.optional().describe('A professional role'),
  }, bilingual('Geef aan voor wie de gegevens worden afgeschermd', 'Say from whom the data is withheld'))
    .refine((t) => [t.userId, t.teamId, t.organisationId, t.role].filter(Boolean).length === 1,
      bilingual('Kies precies één: een medewerker, een team, een organisatie of een rol', 'Choose exactly one: a staff member, a team, an organisation or a role'))
    .describe('From whom: exactly one of user, team, organisation and role'),
  reason: z.string(bilingual('Schrijf de reden als tekst', 'Write the reason as text')).trim()
    .max(2000, bilingual('Ten hoogste 2000 tekens', 'At most 2000 characters'))
    .optional().transform((v) => (v ? v : undefined))
    .describe('Why, in the resident’s words (the resident need not give one)'),
});
export type RestrictionInput = z.output<typeof restrictionBody>;
