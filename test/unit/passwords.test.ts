import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/auth/passwords.ts';

describe('passwords', () => {
  it('refuses short, common, username-containing and repeated passwords', () => {
    assert.match(passwordProblem('kort')!.nl, /minstens 8/);
    assert.match(passwordProblem('password1')!.nl, /veelgebruikte/);
    assert.match(passwordProblem('Wachtwoord123')!.nl, /veelgebruikte/);
    assert.match(passwordProblem('anna-is-de-beste', 'anna')!.nl, /gebruikersnaam/);
    assert.match(passwordProblem('xxxxxxxxxx')!.nl, /herhaald|veelgebruikte/);
    assert.equal(passwordProblem('Correct-Paard-Batterij-7', 'anna'), null);
  });
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('Correct-Paard-Batterij-7');
    assert.match(hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(await verifyPassword(hash, 'Correct-Paard-Batterij-7'), true);
    assert.equal(await verifyPassword(hash, 'correct-paard-batterij-7'), false);
    assert.equal(await verifyPassword('not a hash', 'x'), false);
  });
});
