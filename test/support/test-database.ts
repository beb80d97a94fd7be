import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../../src/db/database.ts';
import { migrate, migrationFiles } from '../../src/db/migrate.ts';

/**
 * Engines the integration suite runs on. The README's test command sets
 * SAMENSPEL_TEST_ENGINES=pglite,postgresql and SAMENSPEL_TEST_PG_URL (a superuser URL of a
 * throwaway server); plain `npm test` runs on PGlite only.
 */
export function testEngines(): Engine[] {
  const list = (process.env.SAMENSPEL_TEST_ENGINES ?? 'pglite').split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of list) if (e !== 'pglite' && e !== 'postgresql') throw new Error(`Unknown engine ${e}`);
  if (list.includes('postgresql') && !process.env.SAMENSPEL_TEST_PG_URL) {
    throw new Error('SAMENSPEL_TEST_ENGINES includes postgresql but SAMENSPEL_TEST_PG_URL is not set');
  }
  return list as Engine[];
}

export interface TestDatabase {
  database: Database;
  /** A connection that bypasses the application's rights (superuser), for tampering tests. */
  superuserQuery(text: string): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

const appRole = 'samenspel_app';

async function pgliteTemplate(): Promise<Blob> {
  const version = createHash('sha256').update(migrationFiles().map((f) => f + readFileSync(new URL(`../../src/db/migrations/${f}`, import.meta.url), 'utf8')).join()).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `samenspel-pglite-template-${version}.tar.gz`);
  if (!existsSync(file)) {
    const fresh = await openDatabase({ dataDir: 'memory://' });
    await migrate(fresh.db);
    const dump = await fresh.dumpDataDir!();
    await fresh.close();
    const temp = `${file}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file);
  }
  return new Blob([readFileSync(file)]);
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://', loadDataDir: await pgliteTemplate() });
    await migrate(database.db);
    return {
      database,
      // PGlite runs as its superuser; the append-only trigger is what protects the log there.
      superuserQuery: async (text) => ({ rows: (await sql.raw(text).execute(database.db)).rows as Record<string, unknown>[] }),
      close: () => database.close(),
    };
  }
  const adminUrl = process.env.SAMENSPEL_TEST_PG_URL!;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `samenspel_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN CREATE ROLE ${appRole} LOGIN PASSWORD '${appRole}'; END IF;
  END $$`).catch((e: { code?: string }) => { if (e.code !== '23505' && e.code !== '42710') throw e; });
  await admin.query(`CREATE DATABASE ${name} OWNER ${appRole}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.username = appRole;
  url.password = appRole;
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(database.db);
  const superUrl = new URL(adminUrl);
  superUrl.pathname = `/${name}`;
  const superuser = new pg.Client({ connectionString: superUrl.toString() });
  await superuser.connect();
  return {
    database,
    superuserQuery: async (text) => superuser.query(text),
    close: async () => {
      await database.close();
      await superuser.end();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
