import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The installation's secret keys. Production sets SAMENSPEL_SECRET_KEYS (JSON, see
 * docs/decisions/0003-keys.md); otherwise they are generated once into a file beside
 * the embedded database, readable by the owner only.
 */
export interface SecretKeys {
  /** HMAC key for BSN lookups (keyed hash). */
  bsnHmacKey: Buffer;
  /** AES-256-GCM key for fields kept encrypted at rest (BSN, TOTP secrets). */
  encryptionKey: Buffer;
  /** Identifies the encryption key, stored with each ciphertext so keys can be rotated. */
  encryptionKeyId: string;
  /** Older encryption keys still accepted for decryption during a rotation. */
  previousEncryptionKeys: Record<string, Buffer>;
  /** The HMAC key before a rotation, until `rekey` has recomputed every lookup hash. */
  previousBsnHmacKey?: Buffer;
}

interface KeyFile {
  bsnHmacKey: string;
  encryptionKey: string;
  encryptionKeyId: string;
  previousEncryptionKeys?: Record<string, string>;
  previousBsnHmacKey?: string;
}

function fromFile(file: KeyFile): SecretKeys {
  const key = (b64: string, what: string) => {
    const buf = Buffer.from(b64, 'base64');
    if (buf.length !== 32) throw new Error(`Secret key ${what} must be 32 bytes (base64)`);
    return buf;
  };
  return {
    bsnHmacKey: key(file.bsnHmacKey, 'bsnHmacKey'),
    encryptionKey: key(file.encryptionKey, 'encryptionKey'),
    encryptionKeyId: file.encryptionKeyId,
    previousEncryptionKeys: Object.fromEntries(
      Object.entries(file.previousEncryptionKeys ?? {}).map(([id, k]) => [id, key(k, id)]),
    ),
    ...(file.previousBsnHmacKey ? { previousBsnHmacKey: key(file.previousBsnHmacKey, 'previousBsnHmacKey') } : {}),
  };
}

export function newKeyFile(): KeyFile {
  return {
    bsnHmacKey: randomBytes(32).toString('base64'),
    encryptionKey: randomBytes(32).toString('base64'),
    encryptionKeyId: `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`,
  };
}

export function loadSecretKeys(env: NodeJS.ProcessEnv, keyFilePath: string): SecretKeys {
  if (env.SAMENSPEL_SECRET_KEYS) return fromFile(JSON.parse(env.SAMENSPEL_SECRET_KEYS) as KeyFile);
  if (!existsSync(keyFilePath)) {
    mkdirSync(dirname(keyFilePath), { recursive: true });
    writeFileSync(keyFilePath, JSON.stringify(newKeyFile(), null, 2), { mode: 0o600, flag: 'wx' });
  }
  return fromFile(JSON.parse(readFileSync(keyFilePath, 'utf8')) as KeyFile);
}

/** Keys for tests of a rotation: a new encryption key id and HMAC key, the old ones as previous. */
export function rotatedTestKeys(): SecretKeys {
  return fromFile({
    bsnHmacKey: Buffer.alloc(32, 3).toString('base64'),
    encryptionKey: Buffer.alloc(32, 4).toString('base64'),
    encryptionKeyId: 'test2',
    previousEncryptionKeys: { test: Buffer.alloc(32, 2).toString('base64') },
    previousBsnHmacKey: Buffer.alloc(32, 1).toString('base64'),
  });
}

/** Fixed keys for tests and benchmarks only. */
export function testKeys(): SecretKeys {
  return fromFile({
    bsnHmacKey: Buffer.alloc(32, 1).toString('base64'),
    encryptionKey: Buffer.alloc(32, 2).toString('base64'),
    encryptionKeyId: 'test',
  });
}
