import type { FastifyRequest } from 'fastify';
import { appendToLog, type Outcome } from '../processing-log/writer.ts';
import type { AppServices } from '../server/services.ts';

/** Every authentication event goes into the processing log (activity 'authentication'). */
export async function logAuthEvent(
  services: AppServices, req: FastifyRequest, userId: string | null, name: string, outcome: Outcome,
  attributes: Record<string, unknown> = {},
): Promise<void> {
  await services.database.db.transaction().execute((tx) =>
    appendToLog(tx, { userId: req.auth?.actor.userId ?? userId, trace: req.trace }, [{
      name, processingActivityId: 'authentication', outcome,
      dataSubject: userId ? { id: userId, type: 'samenspel_user_id' } : null,
      resourceType: 'session', resourceId: req.auth?.sessionId ?? null, attributes,
    }]),
  );
}
