import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { SecretKeys } from './keys.ts';

/** AES-256-GCM; the stored form is `keyId.iv.tag.ciphertext` (base64url parts). */
export function encryptField(keys: SecretKeys, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [keys.encryptionKeyId, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function decryptField(keys: SecretKeys, stored: string): string {
  const [keyId, iv, tag, body] = stored.split('.');
  const key = keyId === keys.encryptionKeyId ? keys.encryptionKey : keys.previousEncryptionKeys[keyId ?? ''];
  if (!key || !iv || !tag || body === undefined) throw new Error('Encrypted field: unknown key or malformed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export function keyedHash(key: Buffer, value: string): Buffer {
  return createHmac('sha256', key).update(value, 'utf8').digest();
}
