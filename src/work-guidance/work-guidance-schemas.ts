import { z } from 'zod';
import { configKey } from '../configuration/configuration-parts.ts';
import { isoDate } from '../organisation/schemas.ts';
import { bilingual } from '../server/errors.ts';
import { distances } from './proposal-types.ts';

const text = (max: number, nl: string, en: string) => z.string(bilingual(nl, en)).trim().min(1, bilingual(nl, en)).max(max, bilingual(`Hoogstens ${max} tekens`, `At most ${max} characters`));

export const assessmentBody = z.strictObject({
  assessedOn: isoDate.optional().describe('The day of the assessment; default today, never in the future'),
  distance: z.enum(distances, { error: bilingual('Kies de afstand tot werk', 'Choose the distance to work') })
    .describe('job_ready: can find work alone; bridgeable: bridgeable distance to work; unbridgeable: hard to bridge or unbridgeable'),
  ladderStep: z.number().int().min(1, bilingual('Trede 1 tot en met 6', 'Step 1 to 6')).max(6, bilingual('Trede 1 tot en met 6', 'Step 1 to 6')).optional()
    .describe('Participatieladder step; default the latest participatieladder score'),
  classification: configKey.optional().describe('The municipality\'s own classification: the key of a target group of the configuration in force (e.g. Maastricht\'s client groups)'),
  workLimitation: z.boolean().optional().describe('Has a work limitation (arbeidsbeperking), in the professional\'s judgement; for target-group checks'),
  expectedMonthsToWork: z.number().int().min(1, bilingual('1 tot en met 60 maanden', '1 to 60 months')).max(60, bilingual('1 tot en met 60 maanden', '1 to 60 months')).optional()
    .describe('Expected to reach work within this many months, in the professional\'s judgement; for target-group checks (Ede: 12; Maastricht: 3)'),
  motivation: text(2000, 'Geef een korte motivering', 'Give a short motivation').describe('Why this judgement, in a few sentences'),
});
export type AssessmentInput = z.infer<typeof assessmentBody>;

export const proposalBody = z.strictObject({
  on: isoDate.optional().describe('The proposal\'s date: the configuration in force on it applies. Default today; not before the assessment, not in the future'),
});

export const previewQuery = z.strictObject({
  on: isoDate.optional().describe('Any date, also ahead: what the configuration in force then would propose. Default today. Nothing is saved'),
});

export const confirmBody = z.strictObject({
  note: z.string().trim().max(2000).optional().describe('A note with the route, e.g. for the hand-back to the Werkplein'),
});

export const overrideBody = z.strictObject({
  reason: text(2000, 'Geef de reden waarom u van het voorstel afwijkt', 'Give the reason why you depart from the proposal').describe('Why the proposal is not followed; required and kept'),
  route: z.string().max(60).optional().describe('Another route of the model (one of the proposal\'s alternatives), if one is chosen'),
  note: z.string().trim().max(2000).optional(),
});
export type OverrideInput = z.infer<typeof overrideBody>;
