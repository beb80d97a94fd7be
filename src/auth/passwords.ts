import { hash, verify } from '@node-rs/argon2';
import { readFileSync } from 'node:fs';
import type { Message } from '../server/errors.ts';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let commonPasswords: Set<string> | undefined;
function breachedList(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#')),
  );
  return commonPasswords;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): Message | null {
  if (password.length < 8) return { nl: 'Het wachtwoord moet minstens 8 tekens lang zijn.', en: 'The password must be at least 8 characters long.' };
  if (password.length > 256) return { nl: 'Het wachtwoord mag hoogstens 256 tekens lang zijn.', en: 'The password may be at most 256 characters long.' };
  const lower = password.toLowerCase();
  if (breachedList().has(lower)) {
    return { nl: 'Dit wachtwoord staat op een lijst van veelgebruikte, gelekte wachtwoorden. Kies een ander.', en: 'This password is on a list of common breached passwords. Choose another.' };
  }
  if (username && lower.includes(username.toLowerCase())) {
    return { nl: 'Het wachtwoord mag de gebruikersnaam niet bevatten.', en: 'The password must not contain the username.' };
  }
  if (/^(.)\1+$/.test(password)) return { nl: 'Kies een wachtwoord dat niet uit één herhaald teken bestaat.', en: 'Choose a password that is not one repeated character.' };
  return null;
}

export const hashPassword = (password: string) => hash(password, argon2Options);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the username is unknown keeps the timing the same. */
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = () => (dummyHash ??= hashPassword('samenspel-timing-dummy-value'));
