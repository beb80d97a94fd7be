import { z } from 'zod';
import type { LegalBasisKind, RetentionFrom } from '../db/schema.ts';
import { isoDate } from '../organisation/schemas.ts';
import { bilingual } from '../server/errors.ts';

export const legalBasisKinds = ['consent', 'legal_duty', 'public_task', 'vital_interest', 'legitimate_interest'] as const satisfies readonly LegalBasisKind[];
export const retentionMoments = ['case_closed', 'registration_withdrawn', 'recorded'] as const satisfies readonly RetentionFrom[];

/** Legal bases that rest on a specific law, so the register must name the article. */
export const needsArticle: readonly LegalBasisKind[] = ['legal_duty', 'public_task'];

const text = (max: number, nl: string, en: string) =>
  z.string(bilingual(`${nl} (hoogstens ${max} tekens)`, `${en} (at most ${max} characters)`)).trim().min(1).max(max);

export const activityId = z.string(bilingual('Een code van kleine letters, cijfers en streepjes, bijvoorbeeld "werk-inkomen"', 'A code of lower-case letters, digits and hyphens, e.g. "work-income"'))
  .regex(/^[a-z][a-z0-9-]{1,62}$/).describe('Code of the activity, e.g. "work-income"');

export const activityFields = {
  name: text(200, 'Vul de naam van de verwerking in', 'Fill in the name of the processing activity'),
  purpose: text(2000, 'Beschrijf het doel', 'Describe the purpose'),
  legalBasis: text(2000, 'Beschrijf de grondslag', 'Describe the legal basis'),
  legalBasisKind: z.enum(legalBasisKinds, bilingual('Kies de soort grondslag uit de lijst', 'Choose the kind of legal basis from the list')),
  legalBasisArticle: z.string(bilingual('Het wetsartikel, hoogstens 300 tekens', 'The article of law, at most 300 characters')).trim().max(300)
    .transform((v) => v || null).nullable().describe('E.g. "Participatiewet art. 7, 10"; required for a legal duty or public task'),
  dataCategories: z.array(z.string(bilingual('Een soort gegevens', 'A data category')).trim().min(1).max(100),
    bilingual('Een lijst van soorten gegevens', 'A list of data categories')).max(50)
    .refine((list) => new Set(list).size === list.length, bilingual('Noem elke soort gegevens één keer', 'Name each data category once')),
  recipients: z.string(bilingual('De ontvangers, hoogstens 2000 tekens', 'The recipients, at most 2000 characters')).trim().max(2000),
  retentionMonths: z.number(bilingual('Een heel aantal maanden van 0 tot en met 1200', 'A whole number of months from 0 to 1200')).int().min(0).max(1200).nullable(),
  retentionFrom: z.enum(retentionMoments, bilingual('Kies vanaf wanneer de bewaartermijn telt', 'Choose from when the retention period counts')).nullable(),
  endedOn: isoDate.nullable().describe('The day from which the activity is no longer carried out; null while it is'),
};

export const createActivityBody = z.strictObject({
  id: activityId,
  ...activityFields,
  legalBasisArticle: activityFields.legalBasisArticle.optional().default(null),
  dataCategories: activityFields.dataCategories.default([]),
  recipients: activityFields.recipients.default(''),
  retentionMonths: activityFields.retentionMonths.optional().default(null),
  retentionFrom: activityFields.retentionFrom.optional().default(null),
  endedOn: activityFields.endedOn.optional().default(null),
});

export const updateActivityBody = z.strictObject(
  Object.fromEntries(Object.entries(activityFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof activityFields]: z.ZodOptional<(typeof activityFields)[K]>
  },
).refine((o) => Object.values(o).some((v) => v !== undefined), bilingual('Geef minstens één veld op om te wijzigen', 'Give at least one field to change'));

export type ActivityInput = z.output<typeof createActivityBody>;
