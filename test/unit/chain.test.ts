import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryHash, genesisHash, type ChainedFields } from '../../src/processing-log/chain.ts';

const entry: ChainedFields = {
  seq: 1, trace_id: 'a'.repeat(32), span_id: 'b'.repeat(16), parent_span_id: null, name: 'person.get', status_code: 'OK',
  start_time: new Date('2026-01-01T10:00:00.000Z'), end_time: new Date('2026-01-01T10:00:00.005Z'),
  user_id: 'u', acting_team_id: 't', acting_role: 'member', processing_activity_id: 'social-support',
  data_subject_id: 'p', data_subject_id_type: 'samenspel_person_id', resource_type: 'person', resource_id: 'p',
  outcome: 'allowed', attributes: { b: 1, a: [1, { y: 2, x: 1 }] },
};

describe('hash chain', () => {
  it('is stable under key order of attributes', () => {
    assert.equal(entryHash(genesisHash, entry), entryHash(genesisHash, { ...entry, attributes: { a: [1, { x: 1, y: 2 }], b: 1 } }));
  });
  it('changes when any field or the predecessor changes', () => {
    const base = entryHash(genesisHash, entry);
    const variants: Array<Partial<ChainedFields>> = [
      { seq: 2 }, { name: 'person.update' }, { user_id: 'v' }, { data_subject_id: 'q' }, { outcome: 'denied' },
      { start_time: new Date('2026-01-01T10:00:00.001Z') }, { attributes: { b: 2, a: [1, { y: 2, x: 1 }] } }, { acting_team_id: null },
    ];
    for (const v of variants) assert.notEqual(entryHash(genesisHash, { ...entry, ...v }), base, JSON.stringify(v));
    assert.notEqual(entryHash('1'.repeat(64), entry), base);
  });
});
