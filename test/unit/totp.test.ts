import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base32Decode, base32Encode, hotp, matchingStep, newTotpSecret, otpauthUri, timeStep, totpCode } from '../../src/auth/totp.ts';

// RFC 6238 appendix B uses the ASCII secret "12345678901234567890" (SHA-1); its 8-digit
// values end in the 6-digit codes below.
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors', () => {
    assert.equal(totpCode(rfcSecret, new Date(59_000)), '287082');
    assert.equal(totpCode(rfcSecret, new Date(1111111109_000)), '081804');
    assert.equal(totpCode(rfcSecret, new Date(1234567890_000)), '005924');
    assert.equal(totpCode(rfcSecret, new Date(2000000000_000)), '279037');
  });
  it('matches RFC 4226 HOTP values', () => {
    assert.deepEqual([0, 1, 2, 9].map((c) => hotp(rfcSecret, c)), ['755224', '287082', '359152', '520489']);
  });
  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 255, 17]);
    assert.deepEqual(base32Decode(base32Encode(bytes)), bytes);
    assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
  });
  it('accepts one step of drift, not two, and tells the step', () => {
    const secret = newTotpSecret();
    const now = new Date();
    const step = timeStep(now);
    assert.equal(matchingStep(secret, totpCode(secret, now), now), step);
    assert.equal(matchingStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now), step - 1);
    assert.equal(matchingStep(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now), null);
    assert.equal(matchingStep(secret, 'abcdef', now), null);
  });
  it('makes 160-bit secrets and an otpauth URI', () => {
    const secret = newTotpSecret();
    assert.equal(base32Decode(secret).length, 20);
    assert.match(otpauthUri(secret, 'anna'), /^otpauth:\/\/totp\/Samenspel%3Aanna\?secret=[A-Z2-7]+&issuer=Samenspel/);
  });
});
