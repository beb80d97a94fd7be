import type { accessRouteKinds, mandateDecisions } from '../configuration/configuration-parts.ts';
import type { TeamKind } from '../db/schema.ts';
import type { PresetConfiguration } from './preset-types.ts';

type Team = PresetConfiguration['teams'][number];
type RouteKind = (typeof accessRouteKinds)[number];

/** The channels residents use to register themselves (domain brief §3: walk-in, phone, web form, e-mail). */
export const selfChannels = ['walk_in', 'phone', 'web_form', 'email'] as const;

/**
 * Teams that each cover a block of made-up postcode areas, in order: the first gets
 * `first`…`first + width - 1`, the next the block after it. Real places are never named.
 */
export function areaTeams(kind: TeamKind, names: Array<[key: string, name: string]>, first: number, width: number, extra: Partial<Team> = {}): Team[] {
  return names.map(([key, name], i) => {
    const from = first + i * width;
    return { key, name, kind, areas: { postcodes: [width === 1 ? String(from) : `${from}-${from + width - 1}`] }, ...extra };
  });
}

/** Every listed team is a gate for the same routes. */
export const gatesAt = (teams: Array<{ key: string }>, routes: RouteKind[]) => teams.map((t) => ({ team: t.key, routes }));

/** The municipality decides (the team prepares). */
export const municipalityDecides = (decision: (typeof mandateDecisions)[number], body: string) =>
  ({ decision, holder: { kind: 'municipality' as const, body } });
