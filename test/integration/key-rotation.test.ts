/**
 * Rotating the keys (decision 0003): during a rotation a BSN is found by the new and the old
 * lookup hash; `rekey` rewrites every encrypted BSN and TOTP secret with the new encryption key
 * and every lookup hash with the new HMAC key, after which the old keys are not needed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rotatedTestKeys, type SecretKeys } from '../../src/crypto/keys.ts';
import { decryptField } from '../../src/crypto/field-encryption.ts';
import { rekey } from '../../src/crypto/rekey.ts';
import { bsnLookupHash, bsnLookupHashes } from '../../src/persons/bsn.ts';
import { lastSeq, logEntriesSince } from '../support/log-entries.ts';
import { createTestApp, fixtures, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

for (const engine of testEngines()) {
  describe(`key rotation (${engine})`, () => {
    let t: TestApp;
    let persons: Array<{ id: string; bsn: string }>;
    let user: { id: string; totpSecret: string | null };
    const newKeys = rotatedTestKeys();
    const withoutPrevious: SecretKeys = { ...newKeys, previousEncryptionKeys: {}, previousBsnHmacKey: undefined };
    const findByBsn = async (keys: SecretKeys, bsn: string) =>
      t.database.db.selectFrom('person').select('id').where('bsn_hash', 'in', bsnLookupHashes(keys, bsn)).executeTakeFirst();

    before(async () => {
      t = await createTestApp(engine);
      const f = fixtures(t);
      const m = await f.municipality();
      persons = (await f.household(m, { members: [{}, {}, {}] })).persons;
      user = await f.user();
    });
    after(() => t.close());

    it('finds a BSN by the old hash during a rotation, and by the new one alone after rekey', async () => {
      const bsn = persons[0]!.bsn;
      assert.equal((await findByBsn(newKeys, bsn))?.id, persons[0]!.id, 'during the rotation the old hash still finds the person');
      assert.equal(await findByBsn(withoutPrevious, bsn), undefined, 'the new key alone does not, yet');

      const from = await lastSeq(t.database.db);
      const done = await rekey(t.database.db, newKeys, 2);
      assert.ok(done.persons >= 3 && done.users >= 1, JSON.stringify(done));
      for (const p of persons) {
        assert.equal((await findByBsn(withoutPrevious, p.bsn))?.id, p.id, 'found by the new hash alone');
        const row = await t.database.db.selectFrom('person').select(['bsn_encrypted', 'bsn_hash']).where('id', '=', p.id).executeTakeFirstOrThrow();
        assert.ok(row.bsn_encrypted!.startsWith('test2.'), 'encrypted with the new key');
        assert.equal(decryptField(withoutPrevious, row.bsn_encrypted!), p.bsn);
        assert.ok(Buffer.from(row.bsn_hash!).equals(bsnLookupHash(withoutPrevious, p.bsn)));
      }
      const secret = await t.database.db.selectFrom('app_user').select('totp_secret_encrypted').where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.equal(decryptField(withoutPrevious, secret.totp_secret_encrypted!), user.totpSecret, 'second factors survive the rotation');
      const logged = (await logEntriesSince(t.database.db, from)).filter((e) => e.name === 'keys.rekey');
      assert.equal(logged.length, 1);
      assert.equal((await rekey(t.database.db, newKeys)).persons, 0, 'a second run has nothing left to do');
    });
  });
}
