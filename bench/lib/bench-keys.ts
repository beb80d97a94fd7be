import { base32Encode } from '../../src/auth/totp.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSecretKeys, testKeys, type SecretKeys } from '../../src/crypto/keys.ts';

export interface ResolvedKeys {
  keys: SecretKeys;
  /** Where they came from, for the summary. */
  source: 'SAMENSPEL_SECRET_KEYS' | 'key file' | 'test keys';
}

/** The key file the server uses beside an embedded database. */
export function keyFilePath(dataDir: string): string {
  return join(dataDir, 'secret-keys.json');
}

/**
 * The keys the generated data is encrypted and hashed with, resolved the way the bench
 * scripts agree on: SAMENSPEL_SECRET_KEYS if set (as the server reads it), else the key
 * file beside the embedded database if one exists, else the fixed test keys.
 */
export function resolveBenchKeys(dataDir: string | undefined): ResolvedKeys {
  if (process.env.SAMENSPEL_SECRET_KEYS) {
    return { keys: loadSecretKeys(process.env, '/nonexistent/unused'), source: 'SAMENSPEL_SECRET_KEYS' };
  }
  if (dataDir && existsSync(keyFilePath(dataDir))) {
    return { keys: loadSecretKeys(process.env, keyFilePath(dataDir)), source: 'key file' };
  }
  return { keys: testKeys(), source: 'test keys' };
}

/**
 * Writes the test keys as the data directory's key file, so that a server started on the
 * generated embedded database reads the same keys instead of generating new ones (with
 * new keys no BSN could be found or decrypted). Bench data is fictitious; never do this
 * for a real installation.
 */
export function writeTestKeyFile(dataDir: string, keys: SecretKeys): void {
  mkdirSync(dataDir, { recursive: true });
  const file = {
    bsnHmacKey: keys.bsnHmacKey.toString('base64'),
    encryptionKey: keys.encryptionKey.toString('base64'),
    encryptionKeyId: keys.encryptionKeyId,
  };
  writeFileSync(keyFilePath(dataDir), JSON.stringify(file, null, 2), { mode: 0o600, flag: 'wx' });
}

/** The known TOTP secret of a generated user (160 bits, base32), derived from the username. */
export function benchTotpSecret(username: string): string {
  return base32Encode(createHash('sha256').update(`samenspel-bench-totp:${username}`).digest().subarray(0, 20));
}

/** The password of every generated user. */
export const benchPassword = 'bench-wachtwoord-2026';
