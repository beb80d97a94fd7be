import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';
import type { Config } from '../config/config.ts';

/**
 * Failed sign-in counters in the database, so every instance sees the same lockout.
 * A key locks for `lockMinutes` once it reaches its limit within `windowMinutes`.
 */
export async function lockedFor(db: Queryable, keys: string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db.selectFrom('auth_throttle').select(['locked_until']).where('key', 'in', keys).execute();
  const until = Math.max(0, ...rows.map((r) => r.locked_until?.getTime() ?? 0));
  return Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

export async function recordFailure(db: Queryable, config: Config, key: string, limit: number): Promise<void> {
  const window = `${config.lockout.windowMinutes} minutes`;
  const lock = `${config.lockout.lockMinutes} minutes`;
  await sql`
    INSERT INTO auth_throttle AS t (key, failures, window_start, locked_until)
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit}::int THEN now() + ${lock}::interval END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_start < now() - ${window}::interval THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.window_start < now() - ${window}::interval THEN now() ELSE t.window_start END,
      locked_until = CASE
        WHEN (CASE WHEN t.window_start < now() - ${window}::interval THEN 1 ELSE t.failures + 1 END) >= ${limit}::int
        THEN now() + ${lock}::interval ELSE t.locked_until END`.execute(db);
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}

export const userKey = (username: string) => `user:${username.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;
