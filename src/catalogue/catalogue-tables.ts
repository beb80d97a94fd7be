import type { ColumnType, Kysely } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Criterion } from './criteria.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CatalogueInstrumentTable {
  id: string;
  municipality_id: string;
  key: string;
  name: string;
  description: string;
  kind: string;
  law: string;
  provider_name: string;
  provider_organisation_id: string | null;
  provider_url: string | null;
  cost_unit: string;
  cost_cents: number | null;
  duration_weeks: number | null;
  capacity: number | null;
  waiting_count: number | null;
  waiting_weeks: number | null;
  how_to_request: string;
  decided_by: string;
  target_group: string;
  criteria: ColumnType<Criterion[], string, string>;
  valid_from: string;
  valid_until: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

export type CatalogueTables = { catalogue_instrument: CatalogueInstrumentTable };

/** The database (or the open transaction) with the catalogue's table typed too. */
export function withCatalogueTables(q: Queryable): Kysely<DatabaseSchema & CatalogueTables> {
  return (q as Kysely<DatabaseSchema>).$extendTables<CatalogueTables>();
}
