import { sql } from 'kysely';
import type { Queryable } from '../db/database.ts';
import { entryHash, type ChainedFields } from './chain.ts';
import { newSpanId, type TraceContext } from './trace.ts';

export type Outcome = 'allowed' | 'denied' | 'not_found' | 'failed';

export type DataSubjectType = 'samenspel_person_id' | 'samenspel_user_id';

/** One processing operation on (at most) one data subject, as the caller describes it. */
export interface LogEntryInput {
  /** The action, e.g. 'person.get', 'person.search', 'auth.login'. */
  name: string;
  processingActivityId: string;
  outcome: Outcome;
  dataSubject?: { id: string; type: DataSubjectType } | null;
  resourceType?: string | null;
  resourceId?: string | null;
  actingTeamId?: string | null;
  actingRole?: string | null;
  attributes?: Record<string, unknown>;
  startTime?: Date;
}

export interface LogWho {
  userId: string | null;
  trace: TraceContext;
}

/**
 * Appends entries to the hash chain. Call it inside the transaction of the change it
 * records: the head row lock orders all writers, and a rollback takes the entries with it.
 */
export async function appendToLog(tx: Queryable, who: LogWho, entries: LogEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await sql<{ last_seq: string | number; last_hash: string }>`
    SELECT last_seq, last_hash FROM processing_log_head WHERE id = 1 FOR UPDATE`.execute(tx);
  let seq = Number(head.rows[0]!.last_seq);
  let prevHash = head.rows[0]!.last_hash;
  const endTime = new Date();
  const rows = entries.map((e) => {
    seq += 1;
    const fields: ChainedFields = {
      seq,
      trace_id: who.trace.traceId,
      span_id: newSpanId(),
      parent_span_id: who.trace.spanId,
      name: e.name,
      status_code: e.outcome === 'allowed' ? 'OK' as const : 'ERROR' as const,
      start_time: e.startTime ?? endTime,
      end_time: endTime,
      user_id: who.userId,
      acting_team_id: e.actingTeamId ?? null,
      acting_role: e.actingRole ?? null,
      processing_activity_id: e.processingActivityId,
      data_subject_id: e.dataSubject?.id ?? null,
      data_subject_id_type: e.dataSubject?.type ?? null,
      resource_type: e.resourceType ?? null,
      resource_id: e.resourceId ?? null,
      outcome: e.outcome,
      attributes: e.attributes ?? {},
    };
    const hash = entryHash(prevHash, fields);
    const row = { ...fields, attributes: JSON.stringify(fields.attributes), prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) {
    await tx.insertInto('processing_log').values(rows.slice(i, i + 500)).execute();
  }
  await tx.updateTable('processing_log_head').set({ last_seq: seq, last_hash: prevHash }).where('id', '=', 1).execute();
}
