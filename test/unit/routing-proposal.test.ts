import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { known, unknown, type MemberFacts } from '../../src/catalogue/facts.ts';
import { municipalConfiguration, type MunicipalConfiguration } from '../../src/configuration/configuration-schema.ts';
import { ageOn } from '../../src/work-guidance/proposal-access.ts';
import { proposeRoute } from '../../src/work-guidance/propose-route.ts';
import type { AssessmentFacts } from '../../src/work-guidance/proposal-types.ts';
import { validConfiguration } from '../support/configuration-fixture.ts';

function facts(zrm: Record<string, number> = {}): MemberFacts {
  return {
    age: known(40), hoursPerWeek: unknown({ kind: 'not_given' }), ladderStep: unknown({ kind: 'not_recorded' }),
    zrmScores: new Map(Object.entries(zrm)), zrmUnknown: () => ({ kind: 'not_recorded' }),
    incomeSource: known('benefit'), seeksWork: unknown({ kind: 'not_recorded' }), hasDebts: unknown({ kind: 'not_recorded' }),
    zrmDomains: new Map(), targetGroups: new Map(),
  };
}

const assessment = (a: Partial<AssessmentFacts>): AssessmentFacts => ({ distance: 'bridgeable', ladderStep: 3, classification: null, workLimitation: null, expectedMonthsToWork: null, ...a });
const config = (extra: Record<string, unknown>): MunicipalConfiguration => municipalConfiguration.parse({ ...validConfiguration(), ...extra });
const propose = (configuration: MunicipalConfiguration | null, a: Partial<AssessmentFacts>, postcode: string | null = '1015 AB', zrm?: Record<string, number>) =>
  proposeRoute({ assessment: assessment(a), postcode, facts: facts(zrm), configuration, roleName: (key) => ({ nl: `rol ${key}`, en: `role ${key}` }) });

describe('routing proposals (pure)', () => {
  const haarlem = config({ routing: { kind: 'haarlem_dwi', firstContact: 'DWI', bridgeable: { description: 'Participatiebedrijf' }, multipleProblems: { team: 'zuid', reportingCompulsory: true } } });

  it('without a configuration or a model there is no proposal, and the reasons say why', () => {
    assert.deepEqual([propose(null, {}).kind, propose(null, {}).route], ['no_configuration', null]);
    const none = propose(config({ routing: { kind: 'none', jobReadyRoute: { description: 'Werkgeversservicepunt' } } }), { distance: 'job_ready' });
    assert.deepEqual([none.kind, none.route, none.alternatives.map((a) => a.key)], ['none', null, ['short_route']]);
    assert.match(none.reasons[0]!.facts.nl, /er is een korte route: Werkgeversservicepunt/);
  });

  it('Haarlem: the team the model names; multiple problems from the ZRM outweigh a bridgeable distance', () => {
    const referred = propose(haarlem, { distance: 'bridgeable' }, null, { finances: 1, housing: 2, mental_health: 2 });
    assert.deepEqual([referred.route?.key, referred.route?.team, referred.route?.note], ['team_referral', { key: 'zuid', name: 'Wijkteam Zuid' }, null]);
    const bridgeable = propose(haarlem, { distance: 'job_ready' }, null, { finances: 4 });
    assert.equal(bridgeable.route?.key, 'participation_company', 'without a short route, job-ready goes to the participation company too');
    assert.match(bridgeable.reasons.at(-1)!.rule.nl, /Zonder korte route/);
  });

  it('Maastricht: a classification outside the model\'s groups is judged by the criteria; a district model leaves the team open', () => {
    const maastricht = config({
      targetGroups: [{ key: 'snel', name: 'Snel aan het werk', criteria: [{ kind: 'expected_work_within', months: 3 }] }, { key: 'ander', name: 'Ander', criteria: [{ kind: 'self_reliant' }] }],
      routing: { kind: 'maastricht_groups', intakeTeam: 'plein', thenBy: 'district', groups: [{ targetGroup: 'snel', route: 'job_ready' }] },
    });
    const p = propose(maastricht, { classification: 'ander', expectedMonthsToWork: 2 });
    assert.deepEqual([p.route?.key, p.route?.team], ['snel', null]);
    assert.match(p.reasons[0]!.facts.nl, /de indeling "ander" is geen klantgroep van dit model/);
    assert.match(p.reasons[1]!.facts.nl, /de wijk van de inwoner is niet vastgelegd/);
  });

  it('ages on a date', () => {
    assert.equal(ageOn('1980-05-05', '2026-05-04'), 45);
    assert.equal(ageOn('1980-05-05', '2026-05-05'), 46);
    assert.equal(ageOn(null, '2026-05-05'), null);
  });
});
