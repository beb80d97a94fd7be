import type { Selectable } from 'kysely';
import { createHash } from 'node:crypto';
import type { ProcessingLogTable } from '../db/schema.ts';

/** The fields of a log entry that the hash covers: all but the hashes themselves. */
export type ChainedFields = Omit<Selectable<ProcessingLogTable>, 'prev_hash' | 'hash'>;

export const genesisHash = '0'.repeat(64);

/** Object keys sorted at every depth, so jsonb's reordering does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  const body = canonicalJson([
    e.seq, e.trace_id, e.span_id, e.parent_span_id, e.name, e.status_code,
    e.start_time.toISOString(), e.end_time.toISOString(), e.user_id, e.acting_team_id, e.acting_role,
    e.processing_activity_id, e.data_subject_id, e.data_subject_id_type, e.resource_type, e.resource_id,
    e.outcome, e.attributes,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
