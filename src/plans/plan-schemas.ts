import { z } from 'zod';
import { dataCategories } from '../registrations/registration-schemas.ts';
import { bilingual } from '../server/errors.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const category = z.enum(dataCategories).describe('Data category of this item');

export const goal = z.strictObject({
  id: z.uuid().describe('Stable id, so actions can refer to the goal'),
  description: text(2000),
  domain: z.string().regex(/^[a-z_]+$/).describe('Life domain (ZRM domain code)'),
  targetScore: z.number().int().min(1, bilingual('Doelscore 1 tot en met 5', 'Target score 1 to 5')).max(5, bilingual('Doelscore 1 tot en met 5', 'Target score 1 to 5')).optional(),
  category,
});

export const owner = z.strictObject({
  kind: z.enum(['professional', 'resident', 'network', 'partner_organisation']),
  name: text(200).describe('Who: the professional, the resident, someone from the network, or the organisation'),
  userId: z.uuid().optional().describe('The professional, when the owner is a user'),
  personId: z.uuid().optional().describe('The household member, when the owner is a resident'),
  networkMemberId: z.uuid().optional().describe('The entry of the informal network, when the owner is one'),
});

export const action = z.strictObject({
  id: z.uuid(),
  goalId: z.uuid().optional(),
  description: text(2000),
  owner: owner.describe('Every action has an owner'),
  dueDate: z.iso.date(),
  status: z.enum(['open', 'in_progress', 'done', 'cancelled']).default('open'),
  category,
});

export const planContent = z.strictObject({
  startDate: z.iso.date(),
  situation: z.string().trim().max(10000).default(''),
  situationCategory: category.default('social'),
  goals: z.array(goal).max(30).default([]),
  actions: z.array(action).max(100).default([]),
  services: z.array(z.strictObject({ name: text(200), provider: z.string().trim().max(200).optional(), category })).max(30).default([]),
  /** Obligations exist under the Participatiewet; Wmo support has none. */
  obligations: z.array(z.strictObject({ description: text(1000), law: z.literal('participatiewet', bilingual('Verplichtingen bestaan alleen onder de Participatiewet', 'Obligations exist only under the Participatiewet')), category })).max(20).default([]),
  evaluationDates: z.array(z.iso.date()).max(12).default([]),
});
export type PlanContent = z.infer<typeof planContent>;

const bilingualText = z.object({ nl: z.string(), en: z.string() });

export const goalSuggestions = z.object({
  items: z.array(z.object({
    personId: z.uuid(),
    personName: z.string(),
    domain: z.string().describe('ZRM domain code'),
    domainName: bilingualText,
    instrument: z.object({ id: z.string(), version: z.number().int() }),
    score: z.number().int().describe('The latest ZRM score of this member on this domain: 1 or 2'),
    targetScore: z.number().int().describe('One step up: 2 from acute problems (stabilise first), 3 from not self-sufficient'),
    category: category.describe('Data category of the domain'),
    assessedOn: z.iso.date().describe('Date of the kitchen-table talk that gave the score'),
  })).describe('Lowest score first, then per member, then in the order of the instrument'),
});

export const actionOwners = z.object({
  professionals: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: z.enum(['professional', 'coordinator']) })),
  members: z.array(z.object({ personId: z.uuid(), displayName: z.string() })).describe('Current members of the household'),
  network: z.array(z.object({ id: z.uuid(), kind: z.enum(['person', 'organisation']), name: z.string(), relation: z.string() })).describe('The informal network'),
});
