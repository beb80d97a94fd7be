import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { asks, criterion, criterionKinds, evaluate, zrmDomains, type Criterion } from '../../src/catalogue/criteria.ts';
import { known, unknown, type MemberFacts, type TargetGroup } from '../../src/catalogue/facts.ts';

const names = { targetGroup: (key: string) => ({ werkzoekenden: 'Werkzoekenden', g: 'G' })[key] ?? key };
const jobSeekers: TargetGroup = { key: 'werkzoekenden', name: 'Werkzoekenden', criteria: [{ kind: 'receives_benefit' }, { kind: 'age', from: 18, until: 67 }] };

function facts(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    age: known(35), hoursPerWeek: known(12), ladderStep: known(2),
    zrmScores: new Map([['finances', 2], ['mental_health', 4]]), zrmUnknown: () => ({ kind: 'not_recorded' }),
    incomeSource: known('benefit'), seeksWork: known(true), hasDebts: known(false),
    zrmDomains: zrmDomains(), targetGroups: new Map([['werkzoekenden', jobSeekers]]), ...overrides,
  };
}

const judged = (c: Criterion, f = facts()) => {
  const e = evaluate(c, f, names);
  return [e.outcome, e.explanation.nl];
};

describe('the criteria language', () => {
  it('says what each kind asks, in Dutch and English', () => {
    const samples: Criterion[] = [
      { minHoursPerWeek: 16 }, { ladderStepAtLeast: 3 }, { ladderStepAtMost: 4 }, { ageBetween: [18, 27] }, { incomeSource: ['benefit', 'none'] },
      { zrmDomainAtMost: { domain: 'finances', score: 2 } }, { zrmDomainAtLeast: { domain: 'mental_health', score: 3 } }, { seeksWork: true }, { hasDebts: false }, { targetGroup: 'werkzoekenden' },
    ];
    assert.deepEqual(samples.map((c) => Object.keys(c)[0]), criterionKinds, 'one sample of every kind');
    assert.deepEqual(samples.map((c) => asks(c, names).nl), [
      'Minstens 16 uur per week', 'Minimaal trede 3 op de participatieladder', 'Hoogstens trede 4 op de participatieladder', 'Leeftijd 18 tot en met 27 jaar',
      'Inkomensbron: uitkering of geen inkomen', 'ZRM Financiën hoogstens 2', 'ZRM Geestelijke gezondheid minstens 3', 'Zoekt werk', 'Heeft geen schulden',
      'Hoort bij de doelgroep "Werkzoekenden"',
    ]);
    assert.equal(asks({ minHoursPerWeek: 16 }, names).en, 'At least 16 hours a week');
  });

  it('judges each kind against the facts, with the reason', () => {
    assert.deepEqual(judged({ minHoursPerWeek: 16 }), ['not_met', 'Minstens 16 uur per week; opgegeven: 12']);
    assert.deepEqual(judged({ ladderStepAtLeast: 3 }), ['not_met', 'Minimaal trede 3 op de participatieladder; nu trede 2']);
    assert.deepEqual(judged({ ladderStepAtMost: 4 }), ['met', 'Hoogstens trede 4 op de participatieladder; nu trede 2']);
    assert.deepEqual(judged({ ageBetween: [18, 27] }), ['not_met', 'Leeftijd 18 tot en met 27 jaar; leeftijd 35']);
    assert.deepEqual(judged({ incomeSource: ['wages'] }), ['not_met', 'Inkomensbron: loon; nu: uitkering']);
    assert.deepEqual(judged({ zrmDomainAtMost: { domain: 'finances', score: 2 } }), ['met', 'ZRM Financiën hoogstens 2; score 2']);
    assert.deepEqual(judged({ zrmDomainAtMost: { domain: 'housing', score: 2 } }), ['unknown', 'ZRM Huisvesting hoogstens 2; geen ZRM-score voor Huisvesting bekend']);
    assert.deepEqual(judged({ seeksWork: true }), ['met', 'Zoekt werk; bij de intake: zoekt werk']);
    assert.deepEqual(judged({ hasDebts: true }), ['not_met', 'Heeft schulden; bij de intake: geen schulden']);
    assert.deepEqual(judged({ targetGroup: 'werkzoekenden' }), ['met', 'Hoort bij de doelgroep "Werkzoekenden"; heeft een uitkering; leeftijd 35']);
    assert.deepEqual(judged({ targetGroup: 'jongeren' }), ['unknown', 'Hoort bij de doelgroep "jongeren"; de doelgroep "jongeren" staat niet in de gemeentelijke configuratie']);
    assert.deepEqual(judged({ minHoursPerWeek: 16 }, facts({ hoursPerWeek: unknown({ kind: 'not_given' }) })), ['unknown', 'Minstens 16 uur per week; aantal uren per week niet opgegeven']);
    assert.deepEqual(judged({ hasDebts: true }, facts({ hasDebts: unknown({ kind: 'answered_unknown' }) })),
      ['unknown', 'Heeft schulden; niet bekend of er schulden zijn (bij het keukentafelgesprek: weet niet)']);
  });

  it('a target group tells only the criteria that decide; judgement criteria stay unknown', () => {
    const f = facts({ incomeSource: known('wages'), targetGroups: new Map([['g', { key: 'g', name: 'G', criteria: [{ kind: 'receives_benefit' }, { kind: 'work_limitation' }, { kind: 'multiple_problems', minimumDomains: 2 }] }]]) });
    assert.deepEqual(judged({ targetGroup: 'g' }, f), ['not_met', 'Hoort bij de doelgroep "G"; heeft geen uitkering; 1 leefgebied(en) met score 1 of 2, nodig: 2']);
    const g = facts({ targetGroups: new Map([['g', { key: 'g', name: 'G', criteria: [{ kind: 'receives_benefit' }, { kind: 'work_limitation' }] }]]) });
    assert.deepEqual(judged({ targetGroup: 'g' }, g), ['unknown', 'Hoort bij de doelgroep "G"; arbeidsbeperking: ter beoordeling van de professional']);
  });

  it('a withheld fact never gives met or not met, whatever the criterion', () => {
    const withheld = unknown<never>({ kind: 'withheld', reason: 'not_for_role' });
    const hidden = facts({
      ladderStep: withheld, incomeSource: withheld, seeksWork: withheld, hasDebts: withheld, zrmScores: new Map(),
      zrmUnknown: () => ({ kind: 'withheld', reason: 'needs_consent' }),
    });
    const personal = fc.oneof(
      fc.record({ ladderStepAtLeast: fc.integer({ min: 1, max: 6 }) }), fc.record({ ladderStepAtMost: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ incomeSource: fc.uniqueArray(fc.constantFrom('wages', 'benefit', 'pension', 'none'), { minLength: 1 }) }),
      fc.record({ zrmDomainAtMost: fc.record({ domain: fc.constantFrom(...zrmDomains().keys()), score: fc.integer({ min: 1, max: 5 }) }) }),
      fc.record({ zrmDomainAtLeast: fc.record({ domain: fc.constantFrom(...zrmDomains().keys()), score: fc.integer({ min: 1, max: 5 }) }) }),
      fc.record({ seeksWork: fc.boolean() }), fc.record({ hasDebts: fc.boolean() }),
    );
    fc.assert(fc.property(personal, (c) => {
      const parsed = criterion.parse(c);
      const e = evaluate(parsed, hidden, names);
      assert.equal(e.outcome, 'unknown');
      assert.match(e.explanation.nl, /niet zichtbaar voor uw rol|alleen zichtbaar met toestemming/);
    }));
  });
});
