import { z } from 'zod';
import { professionalRoles } from '../organisation/schemas.ts';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { bilingual } from '../server/errors.ts';

export const consentForms = ['signed_paper', 'signed_digital', 'verbal'] as const;

export const consentParams = z.strictObject({ id: z.uuid(), consentId: z.uuid() });

const date = (nl: string, en: string) => z.iso.date(bilingual(nl, en));

export const personIds = z.array(z.uuid(bilingual('Geen geldige persoon', 'Not a valid person')), bilingual('Geef een lijst van personen', 'Give a list of persons'))
  .min(1, bilingual('Kies ten minste één lid van het huishouden', 'Choose at least one household member'))
  .max(20, bilingual('Ten hoogste 20 personen', 'At most 20 persons'))
  .transform((ids) => [...new Set(ids)]);

export const categories = z.array(z.enum(dataCategories, bilingual('Kies een soort gegevens uit de lijst', 'Choose a data category from the list')), bilingual('Geef een lijst van soorten gegevens', 'Give a list of data categories'))
  .min(1, bilingual('Kies ten minste één soort gegevens', 'Choose at least one data category'))
  .transform((list) => [...new Set(list)]);

export const role = z.enum(professionalRoles, bilingual('Kies een rol uit de lijst', 'Choose a role from the list'));

const optionalText = (max: number) => z.string(bilingual('Schrijf dit als tekst', 'Write this as text')).trim()
  .max(max, bilingual(`Ten hoogste ${max} tekens`, `At most ${max} characters`))
  .optional().transform((v) => (v ? v : undefined));

export const consentBody = z.strictObject({
  personIds: personIds.describe('The household members who consent; one consent is recorded for each'),
  categories: categories.describe('The data categories the consent covers (see /api/data-categories)'),
  recipient: z.strictObject({
    teamId: z.uuid(bilingual('Kies een team uit de lijst', 'Choose a team from the list')).optional().describe('A team that may see the data'),
    organisationId: z.uuid(bilingual('Kies een organisatie uit de lijst', 'Choose an organisation from the list')).optional().describe('An organisation whose staff may see the data'),
    role: role.optional().describe('A professional role that may see the data'),
  }, bilingual('Geef aan met wie de gegevens gedeeld worden', 'Say with whom the data is shared'))
    .refine((r) => Boolean(r.teamId || r.organisationId || r.role), bilingual('Kies met wie de gegevens gedeeld mogen worden: een team, een organisatie of een rol', 'Choose with whom the data may be shared: a team, an organisation or a role'))
    .describe('With whom: at least one of team, organisation and role'),
  processingActivityId: z.string(bilingual('Kies een doel uit de lijst', 'Choose a purpose from the list')).trim().min(1, bilingual('Kies een doel', 'Choose a purpose'))
    .max(100, bilingual('Kies een doel uit de lijst', 'Choose a purpose from the list')).default('consent-sharing')
    .describe('The purpose: a processing activity whose legal basis is consent (normally consent-sharing)'),
  validFrom: date('Vul de ingangsdatum in als JJJJ-MM-DD', 'Enter the start date as YYYY-MM-DD').optional().describe('First day the consent applies; default today'),
  validUntil: date('Vul de einddatum in als JJJJ-MM-DD', 'Enter the end date as YYYY-MM-DD').optional().describe('Last day the consent applies; none: until withdrawn'),
  form: z.enum(consentForms, bilingual('Kies hoe de toestemming is gegeven', 'Choose how the consent was given'))
    .describe('Signed on paper, signed digitally, or given verbally (then with a witness)'),
  witnessedBy: optionalText(200).describe('Who witnessed verbal consent (name and role)'),
}).superRefine((b, ctx) => {
  if (b.form === 'verbal' && !b.witnessedBy) {
    ctx.addIssue({ code: 'custom', path: ['witnessedBy'], message: bilingual('Vul in wie de mondelinge toestemming heeft gehoord', 'Enter who witnessed the verbal consent') });
  }
  if (b.validFrom && b.validUntil && b.validUntil < b.validFrom) {
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: bilingual('De einddatum ligt vóór de ingangsdatum', 'The end date is before the start date') });
  }
});
export type ConsentInput = z.output<typeof consentBody>;

export const withdrawalBody = z.strictObject({
  note: optionalText(2000).describe('What the resident said, or how the withdrawal came in'),
});
