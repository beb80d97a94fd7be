import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
}

/**
 * Applies the numbered SQL files not applied yet, each in its own transaction.
 * An advisory lock keeps two instances starting at once from racing.
 */
export async function migrate(db: Db): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied: string[] = [];
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(7263001)`.execute(trx);
    const done = new Set((await trx.selectFrom('schema_migration').select('name').execute()).map((r) => r.name));
    for (const file of migrationFiles()) {
      if (done.has(file)) continue;
      const text = readFileSync(new URL(file, migrationsDir), 'utf8');
      await sql.raw(text).execute(trx);
      await trx.insertInto('schema_migration').values({ name: file }).execute();
      applied.push(file);
    }
  });
  await loadReferenceData(db);
  return applied;
}

/** Reference data that ships with the code (instrument versions); idempotent. */
async function loadReferenceData(db: Db): Promise<void> {
  const { loadInstruments } = await import('../intakes/instruments.ts');
  await loadInstruments(db);
}
