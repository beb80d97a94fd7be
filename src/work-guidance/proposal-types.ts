import type { MemberFacts } from '../catalogue/facts.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import type { RoutingModel } from '../configuration/routing-models.ts';
import type { Message } from '../server/errors.ts';

/** Distance to work, on Zaanstad's three-step scale (Haarlem's "bridgeable or not" is its last two steps). */
export const distances = ['job_ready', 'bridgeable', 'unbridgeable'] as const;
export type Distance = (typeof distances)[number];

export type RoutingKind = RoutingModel['kind'] | 'no_configuration';

/** What the routing reads of an assessment: the professional's judgement and answers. */
export interface AssessmentFacts {
  distance: Distance;
  ladderStep: number | null;
  /** Key of a target group of the configuration (the municipality's own classification). */
  classification: string | null;
  workLimitation: boolean | null;
  expectedMonthsToWork: number | null;
}

export interface ProposedRoute {
  /** The route's key within its model (for Maastricht: the client group's key). */
  key: string;
  title: Message;
  /** The configuration's own words for this route (Dutch). */
  description: string | null;
  provider: string | null;
  team: { key: string; name: string } | null;
  group: { key: string; name: string } | null;
  consultantRole: { key: string; name: Message } | null;
  /** What goes with the route: the hand-back note, staying in the team's file. */
  note: Message | null;
}

/** One step of the reasoning: the model's rule, and what was found for this person. */
export interface Reason { rule: Message; facts: Message }

export interface RouteOption { key: string; title: Message }

export interface Proposal {
  kind: RoutingKind;
  /** null: the model makes no proposal here; the reasons say why. */
  route: ProposedRoute | null;
  reasons: Reason[];
  /** Every route of the model, for an override. */
  alternatives: RouteOption[];
}

export interface RoutingInput {
  assessment: AssessmentFacts;
  /** The person's postcode ("7401 AB"), for a team by area. */
  postcode: string | null;
  facts: MemberFacts;
  configuration: MunicipalConfiguration | null;
  roleName(key: string): Message;
}
