import { z } from 'zod';
import { bilingual } from '../server/errors.ts';

export const incomeSources = ['wages', 'benefit', 'pension', 'self_employed', 'student_finance', 'none', 'other'] as const;
const answer = z.enum(['yes', 'no', 'unknown']);

/** One member's part of the intake. Drafts may be incomplete; what is there must be valid. */
export const memberDraft = z.strictObject({
  scores: z.record(z.string().regex(/^[a-z_]+$/), z.number().int()).default({}).describe('ZRM score per domain code'),
  ladder: z.number().int().min(1, bilingual('Trede 1 tot en met 6', 'Step 1 to 6')).max(6, bilingual('Trede 1 tot en met 6', 'Step 1 to 6')).optional(),
  notes: z.record(z.string().regex(/^[a-z_]+$/), z.string().max(5000)).optional(),
  income: z.strictObject({
    source: z.enum(incomeSources).optional(),
    benefit: z.string().trim().max(200).optional(),
    seeksWork: z.boolean().optional(),
    lowIncome: z.boolean().optional(),
  }).optional(),
  /** Asked when the income is low (domain brief §5.3): debts, chronic illness, children's needs. */
  followUp: z.strictObject({ debts: answer.optional(), chronicIllness: answer.optional(), childrenNeeds: answer.optional() }).optional(),
});

export const intakeDraft = z.strictObject({
  conductedOn: z.iso.date().optional(),
  questionBehindQuestion: z.string().max(5000).optional(),
  ownStrength: z.string().max(5000).optional(),
  network: z.string().max(5000).optional(),
  members: z.record(z.uuid(), memberDraft).default({}),
  /** Set by the server when the draft started from the household's previous finalised intake; a value sent by a client is ignored. */
  carriedForwardFrom: z.strictObject({ intakeId: z.uuid(), conductedOn: z.iso.date() }).optional(),
});
export type IntakeDraft = z.infer<typeof intakeDraft>;
export type MemberDraft = z.infer<typeof memberDraft>;

/** A low income prompts the debt, chronic-illness and children questions. */
export function needsFollowUp(member: MemberDraft): boolean {
  const source = member.income?.source;
  return member.income?.lowIncome === true || source === 'benefit' || source === 'none' || source === 'student_finance';
}
