/**
 * Maastricht Heuvelland: the intake team places the resident in a client group (zelfredzaam,
 * makkelijk bemiddelbaar within three months, moeilijk bemiddelbaar / hulpverlening), then the
 * consultant's team is chosen by the resident's postcode area. The group is the professional's
 * classification in the assessment; without one, the first group whose criteria hold.
 */
import { both } from '../catalogue/explain.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import type { RoutingModel } from '../configuration/routing-models.ts';
import { caseResponsibility } from '../configuration/team-responsibility.ts';
import type { Message } from '../server/errors.ts';
import { judgeTargetGroup, postcodeArea, targetGroupsOf, teamsCovering } from './judge.ts';
import type { Proposal, ProposedRoute, Reason, RoutingInput } from './proposal-types.ts';
import { distanceFacts, groupRouteTitles, reason } from './route-texts.ts';

type Maastricht = Extract<RoutingModel, { kind: 'maastricht_groups' }>;
type Group = Maastricht['groups'][number];

const groupRule = both(
  'Maastricht: het intaketeam deelt de inwoner in een klantgroep in (zelfredzaam, makkelijk bemiddelbaar binnen drie maanden, moeilijk bemiddelbaar / hulpverlening); de groep bepaalt de route',
  'Maastricht: the intake team places the resident in a client group (self-reliant, easy to place within three months, hard to place / care); the group decides the route',
);

export function proposeMaastricht(routing: Maastricht, configuration: MunicipalConfiguration, input: RoutingInput): Proposal {
  const names = targetGroupsOf(configuration);
  const nameOf = (key: string) => names.get(key)?.name ?? key;
  const titleOf = (g: Group): Message => both(`${nameOf(g.targetGroup)}: ${groupRouteTitles[g.route].nl}`, `${nameOf(g.targetGroup)}: ${groupRouteTitles[g.route].en}`);
  const alternatives = routing.groups.map((g) => ({ key: g.targetGroup, title: titleOf(g) }));
  const reasons: Reason[] = [];
  const group = chooseGroup(routing, names, input, reasons);
  if (!group) return { kind: routing.kind, route: null, reasons, alternatives };

  const route: ProposedRoute = {
    key: group.targetGroup, title: titleOf(group), provider: null,
    description: configuration.targetGroups.find((g) => g.key === group.targetGroup)?.description ?? null,
    team: consultantTeam(routing, configuration, input, reasons), group: { key: group.targetGroup, name: nameOf(group.targetGroup) },
    consultantRole: group.consultantRole ? { key: group.consultantRole, name: input.roleName(group.consultantRole) } : null, note: null,
  };
  return { kind: routing.kind, route, reasons, alternatives };
}

function chooseGroup(routing: Maastricht, names: ReturnType<typeof targetGroupsOf>, input: RoutingInput, reasons: Reason[]): Group | null {
  const { classification, distance, ladderStep } = input.assessment;
  const given = classification ? routing.groups.find((g) => g.targetGroup === classification) : undefined;
  if (given) {
    const name = names.get(given.targetGroup)?.name ?? given.targetGroup;
    reasons.push(reason(groupRule, both(`ingedeeld door de professional: ${name}; ${distanceFacts(distance, ladderStep).nl}`, `placed by the professional: ${name}; ${distanceFacts(distance, ladderStep).en}`)));
    return given;
  }
  const judged = routing.groups.map((g) => ({ g, name: names.get(g.targetGroup)?.name ?? g.targetGroup, result: judgeTargetGroup(names.get(g.targetGroup), g.targetGroup, input.facts, input.assessment) }));
  const found = judged.find((j) => j.result.outcome === 'met');
  const lines = (found ? judged.slice(0, judged.indexOf(found) + 1) : judged).map((j) => ({
    nl: `${j.name}: ${j.result.outcome === 'met' ? 'voldoet' : j.result.outcome === 'not_met' ? 'voldoet niet' : 'niet te beoordelen'} (${j.result.found.nl})`,
    en: `${j.name}: ${j.result.outcome === 'met' ? 'meets' : j.result.outcome === 'not_met' ? 'does not meet' : 'cannot be judged'} (${j.result.found.en})`,
  }));
  const intro = classification
    ? both(`de indeling "${classification}" is geen klantgroep van dit model; de criteria: `, `the classification "${classification}" is no client group of this model; the criteria: `)
    : both('geen indeling in de beoordeling; de criteria van de groepen: ', 'no classification in the assessment; the groups\' criteria: ');
  reasons.push(reason(groupRule, { nl: intro.nl + lines.map((l) => l.nl).join('; '), en: intro.en + lines.map((l) => l.en).join('; ') }));
  if (!found) {
    reasons.push(reason(both('Zonder klantgroep geen route', 'No route without a client group'),
      both('kies de klantgroep in de beoordeling, of stel zelf een route vast met een reden', 'choose the client group in the assessment, or set a route yourself with a reason')));
  }
  return found?.g ?? null;
}

/** After the group: the team of the resident's postcode area (or district) that takes cases over. */
function consultantTeam(routing: Maastricht, configuration: MunicipalConfiguration, input: RoutingInput, reasons: Reason[]) {
  const rule = routing.thenBy === 'postcode'
    ? both('Daarna de consulent: het participatieteam van het postcodegebied van de inwoner', 'Then the consultant: the participation team of the resident\'s postcode area')
    : both('Daarna de consulent: het team van de wijk van de inwoner', 'Then the consultant: the team of the resident\'s district');
  if (routing.thenBy === 'district') {
    reasons.push(reason(rule, both('de wijk van de inwoner is niet vastgelegd in Samenspel: kies het team zelf', 'the resident\'s district is not recorded in Samenspel: choose the team yourself')));
    return null;
  }
  const area = postcodeArea(input.postcode);
  if (area === null) {
    reasons.push(reason(rule, both('geen postcode bekend: kies het team zelf', 'no postcode known: choose the team yourself')));
    return null;
  }
  const takesCases = (t: MunicipalConfiguration['teams'][number]) => t.key !== routing.intakeTeam && caseResponsibility(t) === 'takes_over';
  const covering = teamsCovering(configuration.teams, area, (t) => takesCases(t) && t.kind === 'work_participation');
  const team = covering[0] ?? teamsCovering(configuration.teams, area, takesCases)[0];
  reasons.push(reason(rule, team
    ? both(`postcodegebied ${area}: ${team.name}`, `postcode area ${area}: ${team.name}`)
    : both(`geen team voor postcodegebied ${area}: kies het team zelf`, `no team for postcode area ${area}: choose the team yourself`)));
  return team ? { key: team.key, name: team.name } : null;
}
