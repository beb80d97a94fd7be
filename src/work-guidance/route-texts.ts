import { both } from '../catalogue/explain.ts';
import type { Message } from '../server/errors.ts';
import type { Distance, ProposedRoute, Reason, RouteOption } from './proposal-types.ts';

export const distanceNames: Record<Distance, Message> = {
  job_ready: both('kan zelf werk vinden', 'can find work alone'),
  bridgeable: both('overbrugbare afstand tot werk', 'bridgeable distance to work'),
  unbridgeable: both('moeilijk of niet overbrugbare afstand tot werk', 'hard-to-bridge or unbridgeable distance to work'),
};

export const routeTitles = {
  temp_agency: both('Aangewezen uitzendbureaus: zelf solliciteren', 'Designated temp agencies: applying themselves'),
  work_experience_place: both('Werkervaringsplek bij het participatiebedrijf', 'Work-experience place at the participation company'),
  neighbourhood_enterprise: both('Wijkbedrijf met coaching', 'Neighbourhood enterprise with coaching'),
  short_route: both('Korte route naar werk', 'Short route to work'),
  participation_company: both('Participatiebedrijf', 'Participation company'),
  team_referral: both('Verwijzing naar het wijkteam voor activering', 'Referral to the neighbourhood team for activation'),
  target_group_team: both('In de doelgroep: begeleiding door het team', 'In the target group: guidance by the team'),
  hand_back: both('Teruggeven aan de verwijzer (Werkplein), met een notitie', 'Hand back to the referrer (Werkplein), with a note'),
  refer: both('Doorverwijzen, met een notitie', 'Refer on, with a note'),
} satisfies Record<string, Message>;

export type RouteKey = keyof typeof routeTitles;

export const groupRouteTitles: Record<'self_reliant' | 'job_ready' | 'guidance' | 'care_first', Message> = {
  self_reliant: both('weinig of geen begeleiding', 'little or no guidance'),
  job_ready: both('korte route naar werk', 'a short route to work'),
  guidance: both('traject met begeleiding', 'a trajectory with guidance'),
  care_first: both('eerst hulpverlening, dan werk', 'care first, then work'),
};

export const option = (key: RouteKey): RouteOption => ({ key, title: routeTitles[key] });

/** A route of the model with what the configuration says about it. */
export function routeOf(key: RouteKey, from?: { description: string; provider?: string | undefined }, extra: Partial<ProposedRoute> = {}): ProposedRoute {
  return {
    key, title: routeTitles[key], description: from?.description ?? null, provider: from?.provider ?? null,
    team: null, group: null, consultantRole: null, note: null, ...extra,
  };
}

export const reason = (rule: Message, facts: Message): Reason => ({ rule, facts });

/** "afstand tot werk: overbrugbaar; trede 3 op de participatieladder". */
export function distanceFacts(distance: Distance, ladderStep: number | null): Message {
  const ladder = ladderStep === null ? null : both(`trede ${ladderStep} op de participatieladder`, `step ${ladderStep} on the participation ladder`);
  return {
    nl: [`beoordeling: ${distanceNames[distance].nl}`, ladder?.nl].filter(Boolean).join('; '),
    en: [`assessment: ${distanceNames[distance].en}`, ladder?.en].filter(Boolean).join('; '),
  };
}
