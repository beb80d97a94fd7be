/**
 * The routing proposal: from the assessment, the person's facts and the routing model of the
 * configuration, which route the model points to, and why (the rule and the facts, in Dutch and
 * English). Pure: the caller reads the data and records the proposal. Never a decision — the
 * professional confirms it or overrides it.
 */
import { both } from '../catalogue/explain.ts';
import type { MunicipalConfiguration } from '../configuration/configuration-schema.ts';
import type { RoutingModel } from '../configuration/routing-models.ts';
import { judgeCriterion, postcodeArea, teamsCovering } from './judge.ts';
import { proposeEde } from './propose-ede.ts';
import { proposeMaastricht } from './propose-maastricht.ts';
import type { Proposal, Reason, RoutingInput } from './proposal-types.ts';
import { distanceFacts, distanceNames, option, reason, routeOf } from './route-texts.ts';

type Model<K extends RoutingModel['kind']> = Extract<RoutingModel, { kind: K }>;

export function proposeRoute(input: RoutingInput): Proposal {
  const configuration = input.configuration;
  if (!configuration) {
    return {
      kind: 'no_configuration', route: null, alternatives: [],
      reasons: [reason(
        both('Zonder organisatiemodel van de gemeente is er geen routeringsmodel', 'Without the municipality\'s organisation model there is no routing model'),
        both('voor deze datum is geen configuratie vastgelegd: het team beslist zelf', 'no configuration is recorded for this date: the team decides itself'),
      )],
    };
  }
  const routing = configuration.routing;
  switch (routing.kind) {
    case 'zaanstad_three_routes': return zaanstad(routing, input);
    case 'haarlem_dwi': return haarlem(routing, configuration, input);
    case 'maastricht_groups': return proposeMaastricht(routing, configuration, input);
    case 'ede_target_group': return proposeEde(routing, configuration, input);
    default: return none(routing, input);
  }
}

function none(routing: Model<'none'>, input: RoutingInput): Proposal {
  const { distance, ladderStep } = input.assessment;
  const short = routing.jobReadyRoute;
  const facts = short && distance === 'job_ready'
    ? both(`${distanceFacts(distance, ladderStep).nl}; er is een korte route: ${short.description}`, `${distanceFacts(distance, ladderStep).en}; there is a short route: ${short.description}`)
    : distanceFacts(distance, ladderStep);
  return {
    kind: 'none', route: null, alternatives: short ? [option('short_route')] : [],
    reasons: [reason(both('Deze gemeente heeft geen routeringsmodel: het team beslist per casus', 'This municipality has no routing model: the team decides per case'), facts)],
  };
}

function zaanstad(routing: Model<'zaanstad_three_routes'>, input: RoutingInput): Proposal {
  const { distance, ladderStep } = input.assessment;
  const reasons: Reason[] = [reason(
    both('Zaanstad: het team beoordeelt de afstand tot werk. Kan zelf werk vinden → aangewezen uitzendbureaus; overbrugbaar → werkervaringsplek bij het participatiebedrijf; moeilijk overbrugbaar → wijkbedrijf met coaching',
      'Zaanstad: the team judges the distance to work. Can find work alone → designated temp agencies; bridgeable → a work-experience place at the participation company; hard to bridge → a neighbourhood enterprise with coaching'),
    distanceFacts(distance, ladderStep),
  )];
  const alternatives = [option('temp_agency'), option('work_experience_place'), option('neighbourhood_enterprise')];
  if (distance === 'job_ready') return { kind: routing.kind, route: routeOf('temp_agency', routing.jobReady), reasons, alternatives };
  if (distance === 'bridgeable') return { kind: routing.kind, route: routeOf('work_experience_place', routing.bridgeable), reasons, alternatives };
  const stays = routing.hardToBridge.staysWithTeam;
  const note = stays ? both('De inwoner blijft in het dossier van het wijkteam', 'The resident stays in the neighbourhood team\'s file') : null;
  if (note) reasons.push(reason(both('Bij het wijkbedrijf blijft de inwoner "in het dossier" van het team', 'At the neighbourhood enterprise the resident stays "in the file" of the team'), note));
  return { kind: routing.kind, route: routeOf('neighbourhood_enterprise', routing.hardToBridge, { note }), reasons, alternatives };
}

function haarlem(routing: Model<'haarlem_dwi'>, configuration: MunicipalConfiguration, input: RoutingInput): Proposal {
  const { distance, ladderStep } = input.assessment;
  const multiple = judgeCriterion({ kind: 'multiple_problems' }, input.facts, input.assessment);
  const reasons: Reason[] = [reason(
    both(`Haarlem: ${routing.firstContact} beoordeelt bij de aanvraag. Overbrugbare afstand → participatiebedrijf; meervoudige problematiek of niet overbrugbaar → verwijzing naar het wijkteam voor activering`,
      `Haarlem: ${routing.firstContact} judges at the application. Bridgeable distance → participation company; multiple problems or unbridgeable → referral to the neighbourhood team for activation`),
    both(`${distanceFacts(distance, ladderStep).nl}; meervoudige problematiek: ${multiple.found.nl}`, `${distanceFacts(distance, ladderStep).en}; multiple problems: ${multiple.found.en}`),
  )];
  const alternatives = [...(routing.jobReadyRoute ? [option('short_route')] : []), option('participation_company'), option('team_referral')];
  if (distance === 'unbridgeable' || multiple.outcome === 'met') {
    const team = referralTeam(routing, configuration, input, reasons);
    const note = routing.multipleProblems.reportingCompulsory ? null
      : both('Aanmelden bij het wijkteam is niet verplicht: houd contact, zodat de inwoner niet uitvalt', 'Reporting to the neighbourhood team is not compulsory: stay in touch so the resident does not drop out');
    return { kind: routing.kind, route: routeOf('team_referral', undefined, { team, note }), reasons, alternatives };
  }
  if (distance === 'job_ready' && routing.jobReadyRoute) return { kind: routing.kind, route: routeOf('short_route', routing.jobReadyRoute), reasons, alternatives };
  if (distance === 'job_ready') {
    reasons.push(reason(both('Zonder korte route gaat wie zelf werk kan vinden ook naar het participatiebedrijf', 'Without a short route, who can find work alone also goes to the participation company'), distanceNames.job_ready));
  }
  return { kind: routing.kind, route: routeOf('participation_company', routing.bridgeable), reasons, alternatives };
}

/** The model's team, or else the neighbourhood team of the resident's postcode area. */
function referralTeam(routing: Model<'haarlem_dwi'>, configuration: MunicipalConfiguration, input: RoutingInput, reasons: Reason[]) {
  const key = routing.multipleProblems.team;
  if (key) {
    const team = configuration.teams.find((t) => t.key === key);
    return team ? { key: team.key, name: team.name } : null;
  }
  const rule = both('Verwijzing naar het wijkteam van het gebied van de inwoner', 'Referral to the neighbourhood team of the resident\'s area');
  const area = postcodeArea(input.postcode);
  if (area === null) {
    reasons.push(reason(rule, both('geen postcode bekend: kies het wijkteam zelf', 'no postcode known: choose the neighbourhood team yourself')));
    return null;
  }
  const team = teamsCovering(configuration.teams, area, (t) => t.kind === 'neighbourhood')[0];
  reasons.push(reason(rule, team
    ? both(`postcodegebied ${area}: ${team.name}`, `postcode area ${area}: ${team.name}`)
    : both(`geen wijkteam voor postcodegebied ${area}: kies het wijkteam zelf`, `no neighbourhood team for postcode area ${area}: choose the team yourself`)));
  return team ? { key: team.key, name: team.name } : null;
}
