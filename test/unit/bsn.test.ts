import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeBsn, isValidBsn, maskBsn, normaliseBsn } from '../../src/persons/bsn.ts';

describe('BSN 11-test', () => {
  it('accepts valid numbers and refuses invalid ones', () => {
    assert.equal(isValidBsn('111222333'), true); // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−3 = 66
    assert.equal(isValidBsn('123456782'), true);
    assert.equal(isValidBsn('123456789'), false);
    assert.equal(isValidBsn('000000000'), false);
    assert.equal(isValidBsn('12345678'), false);
    assert.equal(isValidBsn('12345678a'), false);
  });
  it('normalises separators and 8-digit numbers', () => {
    assert.equal(normaliseBsn('1234.56.782'), '123456782');
    assert.equal(normaliseBsn(' 123 456 782 '), '123456782');
    assert.equal(normaliseBsn('123456789'), null);
  });
  it('completes 8 digits to a valid BSN, or says it cannot', () => {
    let made = 0;
    for (let n = 99990000; n < 99990200; n++) {
      const bsn = completeBsn(String(n));
      if (bsn === null) continue;
      made++;
      assert.equal(isValidBsn(bsn), true, bsn);
    }
    assert.ok(made > 150);
  });
  it('masks all but the last three digits', () => assert.equal(maskBsn('123456782'), '******782'));
});
