/**
 * Ede: at the intake the P-team checks the target group (a work limitation and work expected
 * within a year — the professional answers both in the assessment). In the group: the team,
 * after extra diagnosis where the model says so. Outside it: handed back to the referrer (the
 * Werkplein) or referred on, with a note saying why.
 */
import { both } from '../catalogue/explain.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import type { RoutingModel } from '../configuration/routing-models.ts';
import { judgeTargetGroup, targetGroupsOf } from './judge.ts';
import type { Proposal, Reason, RoutingInput } from './proposal-types.ts';
import { distanceFacts, option, reason, routeOf } from './route-texts.ts';

type Ede = Extract<RoutingModel, { kind: 'ede_target_group' }>;

export function proposeEde(routing: Ede, configuration: MunicipalConfiguration, input: RoutingInput): Proposal {
  const group = targetGroupsOf(configuration).get(routing.targetGroup);
  const groupName = group?.name ?? routing.targetGroup;
  const team = configuration.teams.find((t) => t.key === routing.team);
  const teamRef = team ? { key: team.key, name: team.name } : null;
  const teamName = team?.name ?? routing.team;
  const otherwise = routing.otherwise === 'hand_back'
    ? both('teruggeven aan de verwijzer', 'hand back to the referrer') : both('doorverwijzen', 'refer on');
  const check = judgeTargetGroup(group, routing.targetGroup, input.facts, input.assessment);
  const reasons: Reason[] = [reason(
    both(`Ede: bij de intake toetst ${teamName} of de inwoner bij de doelgroep "${groupName}" hoort; zo niet: ${otherwise.nl}`,
      `Ede: at the intake ${teamName} checks whether the resident belongs to the target group "${groupName}"; if not: ${otherwise.en}`),
    both(`${check.found.nl}; ${distanceFacts(input.assessment.distance, input.assessment.ladderStep).nl}`, `${check.found.en}; ${distanceFacts(input.assessment.distance, input.assessment.ladderStep).en}`),
  )];
  const alternatives = [option('target_group_team'), option(routing.otherwise), ...(routing.jobReadyRoute ? [option('short_route')] : [])];

  if (check.outcome === 'met') {
    const note = routing.diagnosisBeforePlan
      ? both('Eerst extra diagnose (assessments, testen), dan het trajectplan', 'Extra diagnosis first (assessments, tests), then the trajectory plan') : null;
    return { kind: routing.kind, route: routeOf('target_group_team', undefined, { team: teamRef, group: { key: routing.targetGroup, name: groupName }, note }), reasons, alternatives };
  }
  if (check.outcome === 'unknown') {
    reasons.push(reason(both('De doelgroeptoets is nog niet af', 'The target-group check is not complete'),
      both('beantwoord de open vragen in de beoordeling, of stel zelf een route vast met een reden', 'answer the open questions in the assessment, or set a route yourself with a reason')));
    return { kind: routing.kind, route: null, reasons, alternatives };
  }
  const note = both(
    `Valt buiten de doelgroep "${groupName}" van ${teamName}: ${check.found.nl}.`,
    `Outside the target group "${groupName}" of ${teamName}: ${check.found.en}.`,
  );
  return { kind: routing.kind, route: routeOf(routing.otherwise, undefined, { group: { key: routing.targetGroup, name: groupName }, note }), reasons, alternatives };
}
