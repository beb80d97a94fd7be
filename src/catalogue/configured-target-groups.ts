import { sql } from 'kysely';
import { configurationOn, today } from '../configuration/configuration-store.ts';
import { withConfigurationTables } from '../configuration/configuration-tables.ts';
import type { Queryable } from '../db/database.ts';
import type { Names } from './criteria.ts';
import type { TargetGroup } from './facts.ts';

/** The target groups of the municipal configuration in force on a date, by default today (no personal data). */
export async function targetGroupsInForce(db: Queryable, municipalityId: string, on?: string): Promise<Map<string, TargetGroup>> {
  const current = await configurationOn(db, municipalityId, on ?? (await today(db)));
  return new Map((current?.configuration.targetGroups ?? []).map((g) => [g.key, { key: g.key, name: g.name, criteria: g.criteria }]));
}

/** Keys a criterion may name: those of the version in force and of versions still to come. */
export async function targetGroupKeys(db: Queryable, municipalityId: string): Promise<Set<string>> {
  const now = await today(db);
  const current = await configurationOn(db, municipalityId, now);
  const rows = await withConfigurationTables(db).selectFrom('municipal_configuration').select('configuration')
    .where('municipality_id', '=', municipalityId).where('valid_from', '>=', current?.validFrom ?? sql<string>`${now}::date`).execute();
  return new Set(rows.flatMap((r) => (r.configuration.targetGroups ?? []).map((g) => g.key)));
}

export const namesFrom = (groups: ReadonlyMap<string, TargetGroup>): Names => ({
  targetGroup: (key) => groups.get(key)?.name ?? key,
});
