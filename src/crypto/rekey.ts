import type { Db } from '../db/database.ts';
import { bsnLookupHash } from '../persons/bsn.ts';
import { appendToLog } from '../processing-log/writer.ts';
import { traceFromHeader } from '../processing-log/trace.ts';
import { decryptField, encryptField } from './field-encryption.ts';
import type { SecretKeys } from './keys.ts';

/**
 * Key rotation, an installation step (like loading the demo), run from the CLI while the
 * keys carry the new key and the old ones as previous (decision 0003): every encrypted field
 * is rewritten with the current encryption key, and every BSN lookup hash recomputed with the
 * current HMAC key. Afterwards the previous keys can be removed. Batches of `batch` rows,
 * each in its own transaction, so a large installation is not locked for long.
 */
export async function rekey(db: Db, keys: SecretKeys, batch = 500): Promise<{ persons: number; users: number }> {
  const stale = (value: string | null) => value !== null && !value.startsWith(`${keys.encryptionKeyId}.`);
  let persons = 0;
  let users = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db.selectFrom('person').select(['id', 'bsn_encrypted', 'bsn_hash'])
      .where('bsn_encrypted', 'is not', null).where('id', '>', after).orderBy('id').limit(batch).execute();
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    await db.transaction().execute(async (tx) => {
      for (const row of rows) {
        const bsn = decryptField(keys, row.bsn_encrypted!);
        const hash = bsnLookupHash(keys, bsn);
        if (!stale(row.bsn_encrypted) && row.bsn_hash !== null && Buffer.from(row.bsn_hash).equals(hash)) continue;
        await tx.updateTable('person').set({ bsn_encrypted: stale(row.bsn_encrypted) ? encryptField(keys, bsn) : row.bsn_encrypted!, bsn_hash: hash }).where('id', '=', row.id).execute();
        persons++;
      }
    });
  }
  const secrets = await db.selectFrom('app_user').select(['id', 'totp_secret_encrypted']).where('totp_secret_encrypted', 'is not', null).execute();
  for (const user of secrets.filter((u) => stale(u.totp_secret_encrypted))) {
    await db.updateTable('app_user').set({ totp_secret_encrypted: encryptField(keys, decryptField(keys, user.totp_secret_encrypted!)) }).where('id', '=', user.id).execute();
    users++;
  }
  await db.transaction().execute((tx) => appendToLog(tx, { userId: null, trace: traceFromHeader(undefined) }, [{
    name: 'keys.rekey', processingActivityId: 'administration', outcome: 'allowed',
    attributes: { encryptionKeyId: keys.encryptionKeyId, persons, users, hmacRotated: Boolean(keys.previousBsnHmacKey) },
  }]));
  return { persons, users };
}
