import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { SecretKeys } from '../crypto/keys.ts';
import type { Database } from '../db/database.ts';

/** What every route and module gets: the database, keys, configuration and the operational logger. */
export interface AppServices {
  database: Database;
  keys: SecretKeys;
  config: Config;
  log: Logger;
}
