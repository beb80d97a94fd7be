import { bilingual } from '../server/errors.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';
import { overlaps, postcodeRange } from './postcode-areas.ts';
import { routingReferences } from './routing-models.ts';
import { caseResponsibility } from './team-responsibility.ts';

type Path = Array<string | number>;
export interface CrossIssue { path: Path; message: string }

const benefitOutsideTeam = [
  'Een besluit over een uitkering wordt altijd buiten het team genomen: het team staat naast de inwoner, de gemeente beslist over het recht op bijstand. '
    + '"De toekenning van uitkering vindt plaats buiten het wijkteam (in het gemeentehuis of een speciaal hiervoor opgericht orgaan)" (Zaanstad, bron 000). Kies de gemeente of een regionale dienst.',
  'A decision on a benefit is always taken outside the team: the team stands beside the resident, the municipality decides on the right to assistance. '
    + '"Benefits are granted outside the neighbourhood team (at the town hall or a body set up for it)" (Zaanstad, source 000). Choose the municipality or a regional service.',
] as const;

/** Reports each key after its first use. */
function duplicates(values: string[], report: (index: number, firstIndex: number) => void): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else report(index, first);
  });
}

function teamChecks(c: MunicipalConfiguration, issue: (path: Path, nl: string, en: string) => void): void {
  duplicates(c.teams.map((t) => t.key), (i, first) => issue(['teams', i, 'key'],
    `De sleutel "${c.teams[i]!.key}" is al gebruikt voor ${c.teams[first]!.name}: elke teamsleutel moet uniek zijn`,
    `The key "${c.teams[i]!.key}" is already used for ${c.teams[first]!.name}: every team key must be unique`));
  duplicates(c.teams.map((t) => t.name.toLowerCase()), (i) => issue(['teams', i, 'name'],
    `De naam "${c.teams[i]!.name}" komt twee keer voor: geef elk team een eigen naam`,
    `The name "${c.teams[i]!.name}" appears twice: give every team its own name`));
  const groups = new Set(c.targetGroups.map((g) => g.key));
  c.teams.forEach((t, i) => {
    if (t.targetGroup !== undefined && !groups.has(t.targetGroup)) {
      issue(['teams', i, 'targetGroup'], `Doelgroep "${t.targetGroup}" is niet beschreven onder targetGroups`, `Target group "${t.targetGroup}" is not defined under targetGroups`);
    }
    if (t.kind === 'network' && caseResponsibility(t) === 'takes_over') {
      issue(['teams', i, 'caseResponsibility'],
        `${t.name} is een los netwerk, geen organisatie-eenheid: het neemt geen casussen over (kies none of advises_only)`,
        `${t.name} is a loose network, not an organisational unit: it does not take cases over (choose none or advises_only)`);
    }
  });
  c.teams.forEach((b, j) => {
    if (b.kind === 'network') return;
    const earlier = c.teams.slice(0, j).filter((a) => a.kind === b.kind);
    b.areas.postcodes.forEach((area, k) => {
      const range = postcodeRange(area);
      for (const a of range ? earlier : []) {
        const clash = a.areas.postcodes.find((other) => { const r = postcodeRange(other); return r !== null && overlaps(range!, r); });
        if (!clash) continue;
        issue(['teams', j, 'areas', 'postcodes', k],
          `Postcodegebied ${area} van ${b.name} overlapt met ${clash} van ${a.name}: een adres hoort bij één team van deze soort`,
          `Postcode area ${area} of ${b.name} overlaps ${clash} of ${a.name}: an address belongs to one team of this kind`);
        break;
      }
    });
    b.areas.districts.forEach((district, k) => {
      const a = earlier.find((x) => x.areas.districts.some((d) => d.toLowerCase() === district.toLowerCase()));
      if (a) {
        issue(['teams', j, 'areas', 'districts', k],
          `Wijk ${district} hoort al bij ${a.name}: een wijk hoort bij één team van deze soort`,
          `District ${district} already belongs to ${a.name}: a district belongs to one team of this kind`);
      }
    });
  });
}

function accessChecks(c: MunicipalConfiguration, teams: Map<string, MunicipalConfiguration['teams'][number]>, issue: (path: Path, nl: string, en: string) => void): void {
  const { routes, selfRegistration, gates } = c.access;
  duplicates(routes.map((r) => r.kind), (i) => issue(['access', 'routes', i, 'kind'],
    `De toegangsroute ${routes[i]!.kind} staat er twee keer in`, `The access route ${routes[i]!.kind} appears twice`));
  const offered = new Set(routes.map((r) => r.kind));
  if (selfRegistration.allowed !== offered.has('self_registration')) {
    issue(['access', 'selfRegistration', 'allowed'], selfRegistration.allowed
      ? 'Zelf aanmelden staat aan, maar er is geen toegangsroute self_registration'
      : 'Zelf aanmelden staat uit, maar er is wel een toegangsroute self_registration',
    selfRegistration.allowed
      ? 'Self-registration is on, but there is no access route self_registration'
      : 'Self-registration is off, but there is an access route self_registration');
  }
  if (gates.model === 'central' && gates.points.length !== 1) {
    issue(['access', 'gates', 'points'], `Bij één centrale poort hoort precies één poort; er staan er ${gates.points.length}`,
      `A central gate means exactly one gate; there are ${gates.points.length}`);
  }
  gates.points.forEach((point, i) => {
    const gate = teams.get(point.team);
    if (!gate) {
      issue(['access', 'gates', 'points', i, 'team'], `De poort verwijst naar team "${point.team}", maar dat team staat niet onder teams`,
        `The gate refers to team "${point.team}", which is not listed under teams`);
    } else if (gate.kind === 'network') {
      issue(['access', 'gates', 'points', i, 'team'], `${gate.name} is een los netwerk en kan geen poort zijn`, `${gate.name} is a loose network and cannot be a gate`);
    }
    point.routes.forEach((route, k) => {
      if (!offered.has(route)) {
        issue(['access', 'gates', 'points', i, 'routes', k], `Toegangsroute ${route} staat niet onder access.routes`, `Access route ${route} is not listed under access.routes`);
      }
    });
  });
  routes.forEach((route, i) => {
    if (!gates.points.some((p) => p.routes.includes(route.kind))) {
      issue(['access', 'routes', i], `Toegangsroute ${route.kind} heeft geen poort: wijs een team of plein aan waar die binnenkomt`,
        `Access route ${route.kind} has no gate: name the team or hub where it comes in`);
    }
  });
}

function mandateChecks(c: MunicipalConfiguration, teams: Map<string, unknown>, issue: (path: Path, nl: string, en: string) => void): void {
  const rooms = new Set(c.discretionaryRoom.map((d) => d.key));
  duplicates(c.discretionaryRoom.map((d) => d.key), (i) => issue(['discretionaryRoom', i, 'key'],
    `De sleutel "${c.discretionaryRoom[i]!.key}" komt twee keer voor`, `The key "${c.discretionaryRoom[i]!.key}" appears twice`));
  c.mandates.forEach((m, i) => {
    if (m.holder.kind === 'team') {
      if (m.decision === 'benefit') {
        issue(['mandates', i, 'holder'], ...benefitOutsideTeam);
      } else if (!teams.has(m.holder.team)) {
        issue(['mandates', i, 'holder', 'team'], `Het mandaat verwijst naar team "${m.holder.team}", maar dat team staat niet onder teams`,
          `The mandate refers to team "${m.holder.team}", which is not listed under teams`);
      }
    }
    m.discretionaryRoom.forEach((key, k) => {
      if (!rooms.has(key)) {
        issue(['mandates', i, 'discretionaryRoom', k], `Discretionaire ruimte "${key}" is niet beschreven onder discretionaryRoom`,
          `Discretionary room "${key}" is not defined under discretionaryRoom`);
      }
    });
  });
}

function roleChecks(c: MunicipalConfiguration, issue: (path: Path, nl: string, en: string) => void): void {
  const roles = c.roles ?? [];
  duplicates(roles.map((r) => r.role), (i) => issue(['roles', i, 'role'], `De rol ${roles[i]!.role} staat er twee keer in`, `The role ${roles[i]!.role} appears twice`));
  roles.forEach((r, i) => duplicates(r.categories.map((x) => x.category), (k) => issue(['roles', i, 'categories', k, 'category'],
    `De soort gegevens ${r.categories[k]!.category} staat twee keer bij ${r.role}: één verwerking per soort`,
    `The data category ${r.categories[k]!.category} appears twice for ${r.role}: one activity per category`)));
}

/** The checks across fields that the field schemas cannot make alone; paths from the configuration's root. */
export function crossCheckIssues(c: MunicipalConfiguration): CrossIssue[] {
  const issues: CrossIssue[] = [];
  const issue = (path: Path, nl: string, en: string) => issues.push({ path, message: bilingual(nl, en) });
  const teams = new Map(c.teams.map((t) => [t.key, t]));
  const groups = new Set(c.targetGroups.map((g) => g.key));
  teamChecks(c, issue);
  duplicates(c.targetGroups.map((g) => g.key), (i) => issue(['targetGroups', i, 'key'],
    `De doelgroep "${c.targetGroups[i]!.key}" komt twee keer voor`, `The target group "${c.targetGroups[i]!.key}" appears twice`));
  accessChecks(c, teams, issue);
  mandateChecks(c, teams, issue);
  roleChecks(c, issue);
  if (c.thresholds.upscaleTo !== undefined && !teams.has(c.thresholds.upscaleTo)) {
    issue(['thresholds', 'upscaleTo'], `Opschalen naar team "${c.thresholds.upscaleTo}": dat team staat niet onder teams`,
      `Upscale to team "${c.thresholds.upscaleTo}": that team is not listed under teams`);
  }
  const refs = routingReferences(c.routing);
  for (const [key, path] of refs.teams) {
    if (!teams.has(key)) issue(['routing', ...path], `Het routeringsmodel verwijst naar team "${key}", maar dat team staat niet onder teams`, `The routing model refers to team "${key}", which is not listed under teams`);
  }
  for (const [key, path] of refs.targetGroups) {
    if (!groups.has(key)) issue(['routing', ...path], `Doelgroep "${key}" is niet beschreven onder targetGroups`, `Target group "${key}" is not defined under targetGroups`);
  }
  return issues;
}
