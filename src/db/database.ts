import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import type { DatabaseSchema } from './schema.ts';
import { pglitePool } from './pglite-pool.ts';

export type Engine = 'pglite' | 'postgresql';
export type Db = Kysely<DatabaseSchema>;
export type Tx = Transaction<DatabaseSchema>;
/** Either the database or an open transaction: functions that may join a caller's transaction take this. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** Runs SQL as given, outside Kysely; several statements return all their rows (for pg-boss). */
  executeRaw(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite only: the data directory as a tarball, to clone test databases quickly. */
  dumpDataDir?: () => Promise<Blob>;
}

// Dates stay plain 'YYYY-MM-DD' strings, bigints become numbers where safe.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface OpenOptions {
  /** postgres://… — when set, a PostgreSQL server is used. */
  databaseUrl?: string;
  /** Directory of the embedded database; 'memory://' for a throwaway one. */
  dataDir?: string;
  /** A dumped PGlite data directory to start from (fast test databases). */
  loadDataDir?: Blob | File;
  poolSize?: number;
  /** Session time zone, so current_date is the municipality's date (default Europe/Amsterdam). */
  timeZone?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const timeZone = options.timeZone ?? 'Europe/Amsterdam';
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, options: `-c TimeZone=${timeZone}` });
    // An idle connection the server closes (restart, failover, terminate) must not crash the
    // process: the pool drops it and the next query gets a fresh one.
    pool.on('error', (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
    const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
    const executeRaw = async (text: string, values: unknown[] = []) => {
      const result = (await pool.query(text, values)) as unknown as pg.QueryResult | pg.QueryResult[];
      return { rows: Array.isArray(result) ? result.flatMap((r) => r.rows ?? []) : result.rows };
    };
    return { db, engine: 'postgresql', executeRaw, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const parsers = { 1082: (v: string) => v, 20: (v: string) => Number(v) };
  const pglite = new PGlite(dataDir, { parsers, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
  await pglite.waitReady;
  await pglite.exec(`SET TIME ZONE '${(options.timeZone ?? 'Europe/Amsterdam').replace(/'/g, '')}'`);
  const pool = pglitePool(pglite);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
  return {
    db,
    engine: 'pglite',
    executeRaw: (text, values = []) => pool.executeRaw(text, values),
    dumpDataDir: async () => (await pglite.dumpDataDir('gzip')) as Blob,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}
