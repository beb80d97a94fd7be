import { createHash } from 'node:crypto';

/** The fields of a log entry that the hash covers, in a fixed order. */
export interface ChainedFields {
  seq: number;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  status_code: 'OK' | 'ERROR' | 'UNSET';
  start_time: Date;
  end_time: Date;
  user_id: string | null;
  acting_team_id: string | null;
  acting_role: string | null;
  processing_activity_id: string;
  data_subject_id: string | null;
  data_subject_id_type: string | null;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  attributes: Record<string, unknown>;
}

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
