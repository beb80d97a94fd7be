import { keyedHash } from '../crypto/field-encryption.ts';
import type { SecretKeys } from '../crypto/keys.ts';

/**
 * The BSN 11-test (elfproef): 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Accepts "123456782", "1234.56.782", "123 456 782"; returns the 9 digits or null. */
export function normaliseBsn(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, '');
  if (/^\d{8}$/.test(digits)) return isValidBsn(`0${digits}`) ? `0${digits}` : null;
  return isValidBsn(digits) ? digits : null;
}

export function bsnLookupHash(keys: SecretKeys, bsn: string): Buffer {
  return keyedHash(keys.bsnHmacKey, `bsn:${bsn}`);
}

/** The hashes to look a BSN up by: the current key's, and during a rotation the previous key's too. */
export function bsnLookupHashes(keys: SecretKeys, bsn: string): Buffer[] {
  return keys.previousBsnHmacKey ? [bsnLookupHash(keys, bsn), keyedHash(keys.previousBsnHmacKey, `bsn:${bsn}`)] : [bsnLookupHash(keys, bsn)];
}

/** Shows only the last three digits, as on letters: ******782 */
export function maskBsn(bsn: string): string {
  return `******${bsn.slice(-3)}`;
}

/** Makes a valid BSN from 8 chosen digits (for demo and generated data). */
export function completeBsn(first8: string): string | null {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * (9 - i);
  const check = sum % 11;
  if (check === 10) return null;
  return `${first8}${check}`;
}
