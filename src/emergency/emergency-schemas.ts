import { z } from 'zod';
import { bsn } from '../persons/person-schemas.ts';
import { bilingual } from '../server/errors.ts';

export const emergencyGrounds = ['conflict_of_duties', 'vital_interest'] as const;

/** The database refuses shorter justifications too (emergency_access.justification). */
export const minimumJustification = 20;

const justification = z.string(bilingual('Schrijf de reden als tekst', 'Write the reason as text'))
  .trim()
  .min(minimumJustification, bilingual(`Leg in minstens ${minimumJustification} tekens uit waarom dit niet kan wachten`, `Explain in at least ${minimumJustification} characters why this cannot wait`))
  .max(2000, bilingual('Ten hoogste 2.000 tekens', 'At most 2,000 characters'));

export const emergencyRequest = z.strictObject({
  bsn: bsn.optional().describe('The BSN of a member of the household (the usual way: the user cannot search for it)'),
  householdId: z.uuid(bilingual('Geen geldig huishouden', 'Not a valid household')).optional().describe('Or the household itself, when its address (id) is known'),
  ground: z.enum(emergencyGrounds, bilingual('Kies de grond', 'Choose the ground'))
    .describe('conflict_of_duties (conflict van plichten) or vital_interest (vitaal belang, AVG art. 6 lid 1 sub d)'),
  justification: justification.describe('Why this cannot wait for the regular route; the privacy officer reviews it'),
}).refine((body) => (body.bsn === undefined) !== (body.householdId === undefined), {
  path: ['bsn'],
  message: bilingual('Vul het BSN in', 'Fill in the BSN'),
});

export const reviewOutcomes = ['justified', 'not_justified'] as const;

export const emergencyReview = z.strictObject({
  outcome: z.enum(reviewOutcomes, bilingual('Kies een oordeel', 'Choose an outcome')).describe('justified, or not_justified (which also ends a running access)'),
  note: z.string(bilingual('Schrijf een toelichting', 'Write a note'))
    .trim()
    .min(1, bilingual('Schrijf een toelichting bij uw oordeel', 'Write a note with your outcome'))
    .max(2000, bilingual('Ten hoogste 2.000 tekens', 'At most 2,000 characters')),
});

const emergencyAccess = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  ground: z.enum(emergencyGrounds),
  startedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

export const emergencyRequestResult = z.object({
  items: z.array(z.object({
    householdId: z.uuid(),
    via: z.enum(['started', 'running', 'regular']).describe('started now; already running; or the user has regular access and needs none'),
    emergencyAccess: emergencyAccess.nullable(),
  })),
});

export const ownEmergencyAccess = z.object({ items: z.array(emergencyAccess) });
