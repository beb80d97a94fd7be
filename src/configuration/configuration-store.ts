import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';
import { withConfigurationTables } from './configuration-tables.ts';

export interface VersionSummary {
  id: string;
  municipalityId: string;
  validFrom: string;
  note: string | null;
  createdBy: { id: string; displayName: string };
  createdAt: Date;
  updatedAt: Date | null;
  appliedAt: Date | null;
}

export interface ConfigurationVersion extends VersionSummary {
  configuration: MunicipalConfiguration;
}

/** The version in force on a date: what a decision on that date was made under. */
export interface ConfigurationInForce { id: string; validFrom: string; configuration: MunicipalConfiguration }

export async function today(db: Queryable): Promise<string> {
  const row = await sql<{ today: string }>`SELECT current_date::text AS today`.execute(db);
  return row.rows[0]!.today;
}

function versions(db: Queryable) {
  return withConfigurationTables(db).selectFrom('municipal_configuration as c').innerJoin('app_user as u', 'u.id', 'c.created_by')
    .select(['c.id', 'c.municipality_id', 'c.valid_from', 'c.note', 'c.created_by', 'u.display_name', 'c.created_at', 'c.updated_at', 'c.applied_at']);
}

type SummaryRow = { id: string; municipality_id: string; valid_from: string; note: string | null; created_by: string; display_name: string; created_at: Date; updated_at: Date | null; applied_at: Date | null };

const presentSummary = (r: SummaryRow): VersionSummary => ({
  id: r.id, municipalityId: r.municipality_id, validFrom: r.valid_from, note: r.note,
  createdBy: { id: r.created_by, displayName: r.display_name }, createdAt: r.created_at, updatedAt: r.updated_at, appliedAt: r.applied_at,
});

/** All versions of a municipality, newest validity first. */
export async function listVersions(db: Queryable, municipalityId: string): Promise<VersionSummary[]> {
  const rows = await versions(db).where('c.municipality_id', '=', municipalityId).orderBy('c.valid_from', 'desc').execute();
  return rows.map(presentSummary);
}

export async function getVersion(db: Queryable, municipalityId: string, versionId: string): Promise<ConfigurationVersion | null> {
  const row = await versions(db).select('c.configuration')
    .where('c.municipality_id', '=', municipalityId).where('c.id', '=', versionId).executeTakeFirst();
  return row ? { ...presentSummary(row), configuration: row.configuration } : null;
}

export async function configurationOn(db: Queryable, municipalityId: string, date: string): Promise<ConfigurationInForce | null> {
  const row = await withConfigurationTables(db).selectFrom('municipal_configuration').select(['id', 'valid_from', 'configuration'])
    .where('municipality_id', '=', municipalityId).where('valid_from', '<=', date)
    .orderBy('valid_from', 'desc').limit(1).executeTakeFirst();
  return row ? { id: row.id, validFrom: row.valid_from, configuration: row.configuration } : null;
}
