import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { municipalConfiguration } from '../../src/configuration/configuration-schema.ts';
import { demoConfiguration } from '../../src/configuration/demo-configuration.ts';
import { modelCheck } from '../../src/configuration/model-check.ts';
import { validConfiguration } from '../support/configuration-fixture.ts';

const parse = (patch: Record<string, unknown>) => municipalConfiguration.safeParse({ ...validConfiguration(), ...patch });
const codes = (patch: Record<string, unknown>) => {
  const result = parse(patch);
  assert.ok(result.success, JSON.stringify(result.error?.issues));
  return modelCheck(result.data).map((w) => w.code);
};

describe('the configuration schema expresses the models of the sources', () => {
  it('Apeldoorn: referral only, with the explanation residents see', () => {
    const access = {
      routes: [{ kind: 'referral', channels: ['referral'], referrers: ['municipality_department', 'other_team', 'other'] }],
      selfRegistration: { allowed: false, explanation: 'Aanmelden gaat via het Wmo-loket, de Stadsbank, het Werkplein of de woningcorporatie.' },
      gates: { model: 'several', points: [{ team: 'noord', routes: ['referral'] }, { team: 'zuid', routes: ['referral'] }] },
    };
    assert.ok(parse({ access }).success);
    const withoutExplanation = parse({ access: { ...access, selfRegistration: { allowed: false } } });
    assert.deepEqual(withoutExplanation.error?.issues.map((i) => i.path.join('.')), ['access.selfRegistration.explanation']);
  });

  it('Ede: a target group with a work limitation and work within 12 months, checked at intake', () => {
    assert.deepEqual(codes({
      targetGroups: [{ key: 'p-team', name: 'Arbeidsbeperkt, binnen een jaar aan het werk', criteria: [{ kind: 'work_limitation' }, { kind: 'expected_work_within', months: 12 }] }],
      routing: { kind: 'ede_target_group', targetGroup: 'p-team', team: 'plein', otherwise: 'hand_back', diagnosisBeforePlan: true },
      intake: { integralIntake: 'everyone', instrument: 'zrm-13' },
    }), []);
  });

  it('Maastricht: three client groups, area teams at the Werkplein assigned by postcode, caseload 130', () => {
    const teams = validConfiguration().teams.map((t) => (t.kind === 'neighbourhood' ? { ...t, kind: 'work_participation', workplace: 'central' } : t));
    assert.deepEqual(codes({
      teams,
      assignment: { by: ['postcode'] },
      norms: { caseloadPerProfessional: 130, contactEveryDays: null },
      intake: { integralIntake: 'everyone', instrument: 'zrm-13' },
      targetGroups: [
        { key: 'zelfredzaam', name: 'Zelfredzaam', criteria: [{ kind: 'self_reliant' }] },
        { key: 'makkelijk', name: 'Makkelijk bemiddelbaar', criteria: [{ kind: 'expected_work_within', months: 3 }] },
        { key: 'moeilijk', name: 'Moeilijk bemiddelbaar / hulpverlening', criteria: [{ kind: 'described', text: 'Moeilijk bemiddelbaar of eerst hulpverlening nodig' }] },
      ],
      routing: { kind: 'maastricht_groups', intakeTeam: 'plein', thenBy: 'postcode', groups: [
        { targetGroup: 'zelfredzaam', route: 'self_reliant' }, { targetGroup: 'makkelijk', route: 'job_ready', consultantRole: 'work_professional' },
        { targetGroup: 'moeilijk', route: 'guidance', consultantRole: 'income_consultant' },
      ] },
    }), ['integral_intake_heavy_caseload', 'postcode_only_central']);
  });

  it('Zaanstad: everyone applying for a benefit, three routes, Wmo mandated to the team, benefits at the town hall', () => {
    assert.deepEqual(codes({
      targetGroups: [{ key: 'aanvragers', name: 'Iedere aanvrager van een uitkering', criteria: [{ kind: 'everyone', scope: 'benefit_applicants' }] }],
      intake: { integralIntake: 'everyone', duoIntake: true, instrument: 'zrm-11' },
      routing: {
        kind: 'zaanstad_three_routes',
        jobReady: { description: 'Zelf solliciteren bij aangewezen uitzendbureaus', provider: 'Uitzendbureaus' },
        bridgeable: { description: 'Werkervaringsplek', provider: 'Participatiebedrijf' },
        hardToBridge: { description: 'Plek in een wijkbedrijf met coaching', staysWithTeam: true },
      },
    }), []);
  });

  it('the demo municipality parses and shows one warning', () => {
    assert.deepEqual(modelCheck(demoConfiguration([])).map((w) => w.code), ['discretion_without_mandate']);
  });

  it('a range whose first postcode is not lower, and a loose network taking cases over, are refused at their paths', () => {
    const teams = [...validConfiguration().teams, { key: 'netwerk', name: 'Buurtnetwerk', kind: 'network', caseResponsibility: 'takes_over', areas: { postcodes: ['1099-1090'] } }];
    const result = parse({ teams });
    assert.deepEqual(result.error?.issues.map((i) => i.path.join('.')).sort(), ['teams.4.areas.postcodes.0', 'teams.4.caseResponsibility']);
  });
});
