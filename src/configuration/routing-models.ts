import { z } from 'zod';
import { professionalRole } from '../organisation/schemas.ts';
import { bilingual } from '../server/errors.ts';
import { configKey, text } from './configuration-parts.ts';

const routeOption = z.strictObject({
  description: text(500).describe('What happens on this route, in Dutch'),
  provider: text(200).optional().describe('Who carries it out (e.g. "aangewezen uitzendbureaus", "participatiebedrijf")'),
});

const jobReadyRoute = routeOption.optional()
  .describe('A short route for people who can find work by themselves, so they do not take a whole trajectory (Zaanstad: designated temp agencies)');

export const groupRoutes = ['self_reliant', 'job_ready', 'guidance', 'care_first'] as const;

/**
 * The routing model as data: which route a resident takes after the intake. The logic that
 * proposes a route is built on this shape; a new model is a new `kind` here.
 */
export const routingModel = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('none'),
    jobReadyRoute,
  }).describe('No routing model: the team decides per case'),
  z.strictObject({
    kind: z.literal('zaanstad_three_routes'),
    jobReady: routeOption.describe('Can find work alone → designated temp agencies; the resident applies there'),
    bridgeable: routeOption.describe('Bridgeable distance to work → a work-experience place (*werkervaringsplek*) at the participatiebedrijf'),
    hardToBridge: routeOption.extend({
      staysWithTeam: z.boolean().describe('The resident stays "in the file" of the team'),
    }).describe('Hard-to-bridge distance → a neighbourhood enterprise (*wijkbedrijf*) with coaching'),
  }).describe('Zaanstad: the team judges the distance to work and chooses one of three routes'),
  z.strictObject({
    kind: z.literal('haarlem_dwi'),
    firstContact: text(200).describe('Who has first contact on a benefit application (Haarlem: the DWI klantmanager)'),
    bridgeable: routeOption.describe('Bridgeable distance → e.g. the participatiebedrijf'),
    multipleProblems: z.strictObject({
      team: configKey.nullable().describe('Key of the team referred to; null: the team of the resident\'s area'),
      reportingCompulsory: z.boolean().describe('Whether reporting to the team is compulsory (Haarlem: not; care-avoiders drop out)'),
    }).describe('Multiple problems or unbridgeable distance → referral to a team for activation'),
    jobReadyRoute,
  }).describe('Haarlem: Work & Income (DWI) has first contact and refers'),
  z.strictObject({
    kind: z.literal('maastricht_groups'),
    intakeTeam: configKey.describe('Key of the intake team that places residents in a group'),
    groups: z.array(z.strictObject({
      targetGroup: configKey.describe('Key of the target group'),
      route: z.enum(groupRoutes).describe('self_reliant: little or no guidance; job_ready: a short route to work; guidance: a trajectory; care_first: care before work'),
      consultantRole: professionalRole.optional(),
    })).min(1).max(20).describe('The client groups in order, each with its route'),
    thenBy: z.enum(['postcode', 'district']).describe('After the group, the consultant is chosen by postcode or district'),
  }).describe('Maastricht Heuvelland: the intake team places residents in a client group, then a consultant by postcode'),
  z.strictObject({
    kind: z.literal('ede_target_group'),
    targetGroup: configKey.describe('Key of the target group checked at intake'),
    team: configKey.describe('Key of the team for the target group (Ede: the P-team)'),
    otherwise: z.enum(['hand_back', 'refer']).describe('Not in the target group: hand back to the referrer, or refer on'),
    diagnosisBeforePlan: z.boolean().describe('Extra diagnosis (assessments, tests) before the trajectory plan'),
    jobReadyRoute,
  }).describe('Ede: a target-group check at intake; outside the group the resident is handed back'),
], { error: bilingual(
  'Kies een routeringsmodel: none, zaanstad_three_routes, haarlem_dwi, maastricht_groups of ede_target_group',
  'Choose a routing model: none, zaanstad_three_routes, haarlem_dwi, maastricht_groups or ede_target_group',
) });

export type RoutingModel = z.output<typeof routingModel>;

/** Whether the model sends job-ready residents a short way to work. */
export function hasShortRouteForJobReady(routing: RoutingModel): boolean {
  switch (routing.kind) {
    case 'zaanstad_three_routes': return true;
    case 'maastricht_groups': return routing.groups.some((g) => g.route === 'job_ready');
    default: return routing.jobReadyRoute !== undefined;
  }
}

/** The team and target-group keys a routing model refers to, with their paths. */
export function routingReferences(routing: RoutingModel): { teams: Array<[string, Array<string | number>]>; targetGroups: Array<[string, Array<string | number>]> } {
  switch (routing.kind) {
    case 'haarlem_dwi':
      return { teams: routing.multipleProblems.team ? [[routing.multipleProblems.team, ['multipleProblems', 'team']]] : [], targetGroups: [] };
    case 'maastricht_groups':
      return { teams: [[routing.intakeTeam, ['intakeTeam']]], targetGroups: routing.groups.map((g, i) => [g.targetGroup, ['groups', i, 'targetGroup']]) };
    case 'ede_target_group':
      return { teams: [[routing.team, ['team']]], targetGroups: [[routing.targetGroup, ['targetGroup']]] };
    default:
      return { teams: [], targetGroups: [] };
  }
}
