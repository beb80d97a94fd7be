import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fold } from '../../src/persons/person-names.ts';
import { ageBand, textPseudonymiser, type KnownIdentifiers } from '../../src/case-view/pseudonymise.ts';

const today = '2026-11-23';

const household = (over: Partial<KnownIdentifiers> = {}): KnownIdentifiers => ({
  persons: [
    { givenNames: 'Ayşe Nur', familyNamePrefix: null, familyName: 'Öztürk-de Boer', birthDate: '1978-12-24', bsn: '999900018', street: 'Spoorsingel', postcode: '7402 GH', label: { kind: 'adult', number: 1 } },
    { givenNames: 'Elif', familyNamePrefix: null, familyName: 'Öztürk', birthDate: '2008-03-03', bsn: null, street: null, postcode: null, label: { kind: 'child', number: 1 } },
    { givenNames: 'Kees', familyNamePrefix: 'van', familyName: 'Dam', birthDate: '1950-01-01', bsn: null, street: null, postcode: null, label: null },
  ],
  network: [{ kind: 'person', name: 'Riet Hoogeveen', contact: '06 55 44 33 22' }],
  staffNames: ['Bram Yilmaz'],
  contactDetails: [{ kind: 'email', value: 'ayse@voorbeeld.nl' }],
  householdName: 'Huishouden Öztürk',
  ...over,
});

describe('pseudonymising a case for discussion', () => {
  it('gives age bands, never ages', () => {
    assert.deepEqual(ageBand('2018-04-22', today), { from: 5, to: 9 });
    assert.deepEqual(ageBand('2009-11-24', today), { from: 15, to: 17 });
    assert.deepEqual(ageBand('2008-11-23', today), { from: 18, to: 29 });
    assert.deepEqual(ageBand('1983-07-19', today), { from: 40, to: 49 });
    assert.deepEqual(ageBand('1940-01-01', today), { from: 80, to: null });
    assert.equal(ageBand(null, today), null);
  });

  it('replaces the household’s names, with or without diacritics, in full, in part and in the genitive', () => {
    const clean = textPseudonymiser(household(), 'nl', today);
    assert.equal(clean('Ayse Nur Öztürk-de Boer belde; Elifs school en mevrouw Öztürk ook.'), '[Volwassene 1] belde; [Kind 1] school en mevrouw [naam] ook.');
    assert.equal(clean('Kees van Dam (oud-bewoner) en buurvrouw Riet helpen. Bram belt.'), '[naam] (oud-bewoner) en buurvrouw [naam] helpen. [medewerker] belt.');
    assert.equal(clean('Elif\'s moeder'), '[Kind 1]\'s moeder');
  });

  it('replaces numbers, addresses and dates of birth, known or only looking like one', () => {
    const clean = textPseudonymiser(household(), 'nl', today);
    assert.equal(clean('Bel 06 55 44 33 22 of 0201234567 of +31 6 12345678.'), 'Bel [telefoon] of [telefoon] of [telefoon].');
    assert.equal(clean('BSN 9999.00.018 en 123456782; IBAN NL91 ABNA 0417 1643 00.'), 'BSN [nummer] en [nummer]; IBAN [rekeningnummer].');
    assert.equal(clean('Spoorsingel 7, 7402gh en Dorpsstraat 12a, 1234 AB.'), '[adres], [postcode] en [adres], [postcode].');
    assert.equal(clean('Geboren 24-12-1978; op 3 maart 2008; geb. 1-2-1990.'), 'Geboren [geboortedatum]; op [geboortedatum]; geb. [geboortedatum].');
    assert.equal(clean('Afspraak op 12-12-2026 om 10.00 uur, € 1.250 schuld.'), 'Afspraak op 12-12-2026 om 10.00 uur, € 1.250 schuld.');
    assert.equal(clean('Mail ayse@voorbeeld.nl of iemand@elders.example.'), 'Mail [e-mail] of [e-mail].');
  });

  it('never lets a known name, phone number or e-mail address through', () => {
    const syllable = fc.constantFrom('qua', 'xi', 'zor', 'kex', 'pyx', 'jaq', 'vux', 'quo');
    const name = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((parts) => parts.join('').replace(/^./, (c) => c.toUpperCase()));
    const phone = fc.tuple(fc.integer({ min: 10_000_000, max: 99_999_999 }), fc.constantFrom('', ' ', '-')).map(([n, sep]) => `06${sep}${String(n)}`);
    fc.assert(fc.property(name, name, name, phone, fc.emailAddress(), (given, family, neighbour, number, email) => {
      const known = household({
        persons: [{ givenNames: given, familyNamePrefix: null, familyName: family, birthDate: null, bsn: null, street: null, postcode: null, label: { kind: 'adult', number: 1 } }],
        network: [{ kind: 'person', name: `${neighbour} ${family}`, contact: null }],
        contactDetails: [{ kind: 'phone', value: number }, { kind: 'email', value: email }],
      });
      const text = `${given} ${family} (${given.toUpperCase()}) sprak ${neighbour}; bel ${number.replace(/\D/g, '')} of mail ${email}. ${family}s buurman.`;
      const out = fold(textPseudonymiser(known, 'nl', today)(text));
      for (const secret of [given, family, neighbour, number.replace(/\D/g, '').slice(2), email]) assert.ok(!out.includes(fold(secret)), `${secret} in ${out}`);
    }), { numRuns: 200 });
  });
});
