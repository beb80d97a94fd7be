import { z } from 'zod';
import type { ProfessionalRole } from '../db/schema.ts';
import { bilingual } from '../server/errors.ts';

export const idParams = z.strictObject({ id: z.uuid() });
export const name = z.string().trim().min(1).max(200);
export const isoDate = z.iso.date(bilingual('Datum als JJJJ-MM-DD', 'Date as YYYY-MM-DD')).describe('Datum als JJJJ-MM-DD');

export const organisationKinds = ['municipality', 'welfare', 'care', 'main_contractor', 'regional_service', 'other'] as const;
export const teamKinds = ['neighbourhood', 'central_hub', 'escalation', 'network', 'work_participation', 'youth_family', 'intake', 'other'] as const;
export const teamRoles = ['member', 'coordinator'] as const;
export const systemRoles = ['administrator', 'privacy_officer', 'manager'] as const;
export const profiles = ['generalist', 'specialist', 't_shaped'] as const;
export const professionalRoles = ['generalist', 'work_professional', 'income_consultant', 'enforcement_officer', 'debt_counsellor', 'wmo_consultant', 'youth_professional', 'employer_services'] as const satisfies readonly ProfessionalRole[];
export const professionalRole = z.enum(professionalRoles, bilingual('Kies een professionele rol uit de lijst', 'Choose a professional role from the list'))
  .describe('What the member does in the team; decides which data categories they see');

/** "1500", or a range "1500-1509". */
export const postcodeArea = z.string().trim().regex(/^\d{4}(-\d{4})?$/, bilingual('Gebruik 4 cijfers (1500) of een reeks (1500-1509)', 'Use 4 digits (1500) or a range (1500-1509)'));

/** PATCH bodies must change something. */
export const atLeastOneField = <T extends z.ZodObject>(schema: T) =>
  schema.refine((o) => Object.values(o).some((v) => v !== undefined), { message: bilingual('Geef minstens één veld op om te wijzigen', 'Give at least one field to change') });
