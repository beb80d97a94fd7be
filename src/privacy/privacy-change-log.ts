import type { Actor } from '../auth/auth-context.ts';
import type { Queryable } from '../db/database.ts';
import { appendToLog } from '../processing-log/writer.ts';

/**
 * The privacy officer's changes to the register and to the category rules are part of the
 * accountability the officer owes (AVG art. 5 lid 2, art. 30), so they are logged under
 * 'privacy-oversight', in the transaction of the change. No resident is concerned: the entry
 * has no data subject; the history row it names holds the old and new version.
 */
export async function logPrivacyChange(
  tx: Queryable, actor: Actor, name: string, resource: { type: string; id: string }, attributes: Record<string, unknown>,
): Promise<void> {
  await appendToLog(tx, { userId: actor.userId, trace: actor.trace }, [{
    name, processingActivityId: 'privacy-oversight', outcome: 'allowed', dataSubject: null,
    resourceType: resource.type, resourceId: resource.id, actingRole: 'privacy_officer', attributes,
  }]);
}
