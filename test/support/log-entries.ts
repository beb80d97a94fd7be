import type { Db } from '../../src/db/database.ts';

/** The processing-log entries written after `afterSeq`, in order. */
export async function logEntriesSince(db: Db, afterSeq: number) {
  return db.selectFrom('processing_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').execute();
}

export async function lastSeq(db: Db): Promise<number> {
  const head = await db.selectFrom('processing_log_head').select('last_seq').executeTakeFirstOrThrow();
  return Number(head.last_seq);
}
