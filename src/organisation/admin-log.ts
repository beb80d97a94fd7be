import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../auth/auth-context.ts';
import { appendToLog } from '../processing-log/writer.ts';
import type { AppServices } from '../server/services.ts';

/**
 * Administrators' changes to accounts, teams and memberships decide who may see residents'
 * data, so they are on record too (activity 'administration'); the staff member concerned
 * is the data subject.
 */
export async function logAdmin(
  services: AppServices, req: FastifyRequest, auth: AuthContext, name: string,
  about: { userId?: string; teamId?: string }, attributes: Record<string, unknown> = {},
): Promise<void> {
  await services.database.db.transaction().execute((tx) => appendToLog(tx, { userId: auth.actor.userId, trace: req.trace }, [{
    name, processingActivityId: 'administration', outcome: 'allowed',
    dataSubject: about.userId ? { id: about.userId, type: 'samenspel_user_id' } : null,
    resourceType: about.teamId ? 'team' : 'user', resourceId: about.teamId ?? about.userId ?? null,
    actingRole: 'administrator', attributes,
  }]));
}
