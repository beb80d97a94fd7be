import type { Db } from '../db/database.ts';
import { entryHash, genesisHash } from './chain.ts';

export interface VerifyResult {
  intact: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/**
 * Walks the whole chain in order. An altered entry breaks its own hash; a removed or
 * inserted one breaks the sequence or its successor's link; a removed tail no longer
 * matches the head.
 */
export async function verifyLog(db: Db, batchSize = 5000): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = genesisHash;
  let checked = 0;
  for (;;) {
    const batch = await db.selectFrom('processing_log').selectAll()
      .where('seq', '>=', expectedSeq).orderBy('seq').limit(batchSize).execute();
    for (const row of batch) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return { intact: false, checked, firstBroken: { seq: expectedSeq, reason: `entry ${expectedSeq} is missing (next present is ${seq})` } };
      }
      if (row.prev_hash !== prevHash) {
        return { intact: false, checked, firstBroken: { seq, reason: 'link to the previous entry does not match (an entry was removed or inserted before it)' } };
      }
      const recomputed = entryHash(prevHash, { ...row, seq, attributes: row.attributes });
      if (recomputed !== row.hash) {
        return { intact: false, checked, firstBroken: { seq, reason: 'contents were altered (hash does not match)' } };
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < batchSize) break;
  }
  const head = await db.selectFrom('processing_log_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash) {
    return { intact: false, checked, firstBroken: { seq: expectedSeq, reason: `the chain ends at ${expectedSeq - 1} but the head says ${head.last_seq} (entries removed at the end)` } };
  }
  return { intact: true, checked };
}
