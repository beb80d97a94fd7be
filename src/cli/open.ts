import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { loadSecretKeys } from '../crypto/keys.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data dir) and migrates it. */
export async function openConfigured(config: Config) {
  const database = await openDatabase(config.databaseUrl
    ? { databaseUrl: config.databaseUrl, timeZone: config.timeZone }
    : { dataDir: join(config.dataDir, 'pglite'), timeZone: config.timeZone });
  const applied = await migrate(database.db);
  const keys = loadSecretKeys(process.env, join(config.dataDir, 'secret-keys.json'));
  return { database, keys, applied };
}
