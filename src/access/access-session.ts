import type { Actor } from '../auth/auth-context.ts';
import type { Tx } from '../db/database.ts';
import { appendToLog, type LogEntryInput } from '../processing-log/writer.ts';
import type { AppServices } from '../server/services.ts';
import type { Grants } from './rules.ts';

/**
 * The only door to residents' personal data. Data modules take an AccessSession, never
 * the database: it carries the transaction, the actor whose rules apply, and the log
 * entries that must be written with the result.
 */
export interface AccessSession {
  readonly actor: Actor;
  readonly grants: Grants;
  readonly tx: Tx;
  readonly services: AppServices;
  /** Queue a log entry; written in the same transaction. Non-'allowed' entries survive a rollback. */
  log(entry: LogEntryInput): void;
}

export function grantsOf(actor: Actor): Grants {
  return { systemRoles: actor.systemRoles, memberships: actor.memberships };
}

export async function withAccess<T>(services: AppServices, actor: Actor, work: (access: AccessSession) => Promise<T>): Promise<T> {
  const pending: LogEntryInput[] = [];
  const who = { userId: actor.userId, trace: actor.trace };
  const startTime = new Date();
  try {
    return await services.database.db.transaction().execute(async (tx) => {
      const access: AccessSession = {
        actor,
        grants: grantsOf(actor),
        tx,
        services,
        log: (entry) => pending.push({ startTime, ...entry }),
      };
      const result = await work(access);
      await appendToLog(tx, who, pending);
      return result;
    });
  } catch (error) {
    // The change is gone, but refused and failed attempts are still on record.
    const refusals = pending.filter((e) => e.outcome !== 'allowed');
    if (refusals.length > 0) {
      await services.database.db.transaction().execute((tx) => appendToLog(tx, who, refusals));
    }
    throw error;
  }
}
