import { z } from 'zod';
import { personInput } from '../persons/person-schemas.ts';
import { bilingual } from '../server/errors.ts';

export const channels = ['walk_in', 'phone', 'web_form', 'email', 'benefit_application', 'referral', 'outreach', 'early_warning'] as const;
export const referrerTypes = ['self', 'gp', 'district_nurse', 'informal_carer', 'hospital', 'school', 'police', 'uwv', 'municipality_department', 'other_team', 'other'] as const;
export const urgentFlags = ['domestic_violence', 'acute_debt', 'eviction', 'crime', 'psychiatric_crisis'] as const;
export const dataCategories = ['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety', 'enforcement'] as const;

export const newHousehold = z.strictObject({
  name: z.string().trim().min(1).max(200),
  members: z.array(z.strictObject({
    role: z.enum(['resident', 'partner', 'child', 'other']),
    validFrom: z.iso.date().optional(),
    person: personInput,
  })).min(1).max(20),
});

export const registrationBody = z.strictObject({
  teamId: z.uuid(),
  channel: z.enum(channels).describe('Hoe kwam de aanmelding binnen'),
  referrerType: z.enum(referrerTypes).describe('Wie verwees'),
  question: z.string().trim().min(1).max(5000).describe('De vraag in de woorden van de inwoner'),
  questionCategory: z.enum(dataCategories).default('social'),
  urgentFlags: z.array(z.enum(urgentFlags)).max(5).default([]).transform((f) => [...new Set(f)]),
  householdId: z.uuid().optional().describe('Een huishouden waar uw team al mee werkt'),
  household: newHousehold.optional().describe('Of een nieuw huishouden'),
}).refine((b) => Boolean(b.householdId) !== Boolean(b.household), {
  message: bilingual('Geef óf een bekend huishouden (householdId) óf een nieuw huishouden (household) op', 'Give either a known household (householdId) or a new one (household)'),
  path: ['household'],
});
