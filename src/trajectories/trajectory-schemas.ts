import { z } from 'zod';
import { bilingual } from '../server/errors.ts';

const optionalText = (max: number) => z.string().trim().max(max).optional();
const ladderStep = z.number().int()
  .min(1, bilingual('Trede 1 tot en met 6', 'Step 1 to 6'))
  .max(6, bilingual('Trede 1 tot en met 6', 'Step 1 to 6'));
const revision = z.number().int().min(1).describe('The revision this change was made from; 409 when someone else saved first');

export const closingReasons = ['goal_reached', 'benefit_ended', 'moved', 'other'] as const;
export const outcomeKinds = ['paid_work', 'education', 'volunteer_work', 'nothing_yet'] as const;
export const employerKinds = ['private', 'public', 'social_enterprise', 'sheltered_work', 'other'] as const;
export const followUpKinds = ['aftercare', 'light_contact'] as const;

export const instrument = z.strictObject({
  catalogueInstrumentId: z.uuid().optional().describe('The instrument in the municipality’s catalogue; name and provider default from it'),
  name: optionalText(200).describe('The instrument, e.g. "Participatiecoach"; required when it is not from the catalogue'),
  provider: optionalText(200).describe('Who provides it'),
  startedOn: z.iso.date(),
  endedOn: z.iso.date().optional(),
});

export const exitInterview = z.strictObject({
  heldOn: z.iso.date().describe('Date of the exit interview'),
  whatHelped: optionalText(5000),
  whatDidNot: optionalText(5000),
  ownWords: optionalText(5000).describe('The resident’s own words'),
  satisfaction: z.number().int()
    .min(1, bilingual('Tevredenheid 1 tot en met 5', 'Satisfaction 1 to 5'))
    .max(5, bilingual('Tevredenheid 1 tot en met 5', 'Satisfaction 1 to 5')).optional(),
});
export type ExitInterviewInput = z.infer<typeof exitInterview>;

export const outcome = z.strictObject({
  kind: z.enum(outcomeKinds, { error: bilingual('Kies een resultaat', 'Choose an outcome') }),
  hoursPerWeek: z.number().int()
    .min(1, bilingual('Uren per week: 1 tot en met 60', 'Hours per week: 1 to 60'))
    .max(60, bilingual('Uren per week: 1 tot en met 60', 'Hours per week: 1 to 60')).optional(),
  employerKind: z.enum(employerKinds).optional(),
  wageCostSubsidy: z.boolean().optional().describe('Loonkostensubsidie'),
  wageCostSubsidyPercentage: z.number().int()
    .min(0, bilingual('Percentage 0 tot en met 100', 'Percentage 0 to 100'))
    .max(100, bilingual('Percentage 0 tot en met 100', 'Percentage 0 to 100')).optional(),
  jobsAgreementRegistered: z.boolean().optional().describe('Registered in the doelgroepenregister (banenafspraak)'),
  garantiebaan: z.boolean().optional(),
  description: optionalText(1000).describe('E.g. the education or the volunteer work'),
});
export type OutcomeInput = z.infer<typeof outcome>;

export const followUp = z.strictObject({ kind: z.enum(followUpKinds), dueOn: z.iso.date() });

export const startBody = z.strictObject({
  personId: z.uuid().describe('The household member the trajectory is for'),
  planId: z.uuid().describe('The household’s plan it starts from'),
  goalId: z.uuid().optional().describe('The plan goal it serves'),
  startedOn: z.iso.date(),
  responsibleUserId: z.uuid().optional().describe('Default: the user starting it'),
  ladderStart: ladderStep.optional().describe('Default: the member’s latest participatieladder score'),
  ladderTarget: ladderStep,
  instruments: z.array(instrument).max(30).default([]),
});
export type StartInput = z.infer<typeof startBody>;

export const detailsBody = z.strictObject({
  revision,
  goalId: z.uuid().nullable().optional(),
  responsibleUserId: z.uuid(),
  ladderTarget: ladderStep,
  instruments: z.array(instrument).max(30),
});
export type DetailsInput = z.infer<typeof detailsBody>;

/** One body for every transition; what each needs is checked with the trajectory's state. */
export const statusBody = z.strictObject({
  revision,
  status: z.enum(['active', 'paused', 'closed'], { error: bilingual('Kies actief, gepauzeerd of afgesloten', 'Choose active, paused or closed') }),
  effectiveOn: z.iso.date().describe('From when the new status holds'),
  pauseReason: optionalText(1000).describe('Paused: why (e.g. a hospital stay)'),
  expectedResumeOn: z.iso.date().optional().describe('Paused: when it is expected to resume'),
  closingReason: z.enum(closingReasons, { error: bilingual('Kies een reden van afsluiten', 'Choose a reason for closing') }).optional(),
  closingReasonText: optionalText(1000).describe('Closed for another reason: which'),
  ladderStep: ladderStep.optional().describe('The participatieladder step now, if assessed with this change'),
  note: optionalText(2000),
  exitInterview: exitInterview.optional().describe('Closed: the exit interview'),
  outcome: outcome.optional().describe('Closed: the outcome'),
  followUps: z.array(followUp).max(12).optional().describe('Closed: follow-up contacts; default after 1 (aftercare), 3 and 6 months'),
});
export type StatusInput = z.infer<typeof statusBody>;

export const exitInterviewBody = z.strictObject({ revision, exitInterview });
export const outcomeBody = z.strictObject({ revision, outcome });
export const addFollowUpBody = z.strictObject({ revision, followUp });
export const followUpDoneBody = z.strictObject({ revision, doneOn: z.iso.date(), note: optionalText(2000) });
export const followUpParams = z.strictObject({ id: z.uuid(), followUpId: z.uuid() });
