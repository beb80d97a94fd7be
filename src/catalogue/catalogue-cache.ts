import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';
import { fromRow, listInstruments, type Instrument } from './catalogue-store.ts';

/**
 * The finder reads a municipality's whole catalogue (hundreds of instruments) on every search.
 * Instances keep it in memory, checked against the database on each read with a fingerprint
 * of its rows (their ids and row versions): any insert, update or delete by any instance
 * changes it, so every instance reads what the database holds.
 */
const cached = new Map<string, { fingerprint: string; instruments: Instrument[] }>();

async function fingerprint(db: Queryable, municipalityId: string): Promise<string> {
  const row = await sql<{ n: number; sum: string | null }>`
    SELECT count(*)::int AS n, sum(hashtextextended(id::text || ':' || xmin::text, 0))::text AS sum
    FROM catalogue_instrument WHERE municipality_id = ${municipalityId}::uuid`.execute(db);
  return `${row.rows[0]!.n}:${row.rows[0]!.sum ?? ''}`;
}

/** The instruments available on a date (all of them when no date is given). */
export async function catalogueOf(db: Queryable, municipalityId: string, on?: string): Promise<Instrument[]> {
  const current = await fingerprint(db, municipalityId);
  let entry = cached.get(municipalityId);
  if (entry?.fingerprint !== current) {
    entry = { fingerprint: current, instruments: (await listInstruments(db, municipalityId)).map(fromRow) };
    cached.set(municipalityId, entry);
  }
  return on ? entry.instruments.filter((i) => i.validFrom <= on && (i.validUntil === null || i.validUntil >= on)) : entry.instruments;
}
