import type { ColumnType, Kysely } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { MunicipalConfiguration } from './configuration-schema.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface MunicipalConfigurationTable {
  id: string;
  municipality_id: string;
  valid_from: string;
  configuration: ColumnType<MunicipalConfiguration, string, string>;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Date | null;
  applied_at: Date | null;
}

export interface MunicipalConfigurationTeamTable {
  municipality_id: string;
  team_key: string;
  team_id: string;
}

export type ConfigurationTables = {
  municipal_configuration: MunicipalConfigurationTable;
  municipal_configuration_team: MunicipalConfigurationTeamTable;
};

export type ConfigurationDb = Kysely<DatabaseSchema & ConfigurationTables>;

/** The database (or the open transaction) with this module's tables typed too. */
export function withConfigurationTables(q: Queryable): ConfigurationDb {
  return (q as Kysely<DatabaseSchema>).$extendTables<ConfigurationTables>();
}
