/** A small, valid municipal configuration for tests: two area teams, a hub and a noodteam; no warnings. */
export function validConfiguration(): Record<string, unknown> & { teams: Array<Record<string, unknown>> } {
  return {
    schemaVersion: 1,
    baseModel: 'breed',
    workGuidance: 'in_neighbourhood',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'] },
        { kind: 'referral', channels: ['referral', 'phone'] },
        { kind: 'self_registration', channels: ['walk_in', 'phone', 'web_form'] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'plein', routes: ['benefit_application', 'referral', 'self_registration'] }] },
    },
    teams: [
      { key: 'noord', name: 'Wijkteam Noord', kind: 'neighbourhood', areas: { postcodes: ['1011-1019'], districts: ['Noord'] } },
      { key: 'zuid', name: 'Wijkteam Zuid', kind: 'neighbourhood', areas: { postcodes: ['1021-1029', '1031'], districts: ['Zuid'] } },
      { key: 'plein', name: 'Sociaal Plein', kind: 'central_hub', workplace: 'central' },
      { key: 'nood', name: 'Noodteam', kind: 'escalation' },
    ],
    assignment: { by: ['postcode', 'triage'] },
    targetGroups: [],
    mandates: [
      { decision: 'wmo_provision', holder: { kind: 'team', team: 'noord' } },
      { decision: 'benefit', holder: { kind: 'municipality', body: 'Afdeling Inkomen' } },
    ],
    discretionaryRoom: [],
    thresholds: { upscaleAfterMonths: 3, upscaleAfterContacts: 8, upscaleTo: 'nood' },
    norms: { caseloadPerProfessional: 60, contactEveryDays: 14 },
    intake: { integralIntake: 'when_needed', duoIntake: false, instrument: 'zrm-13', participationLadder: true },
    routing: { kind: 'none' },
  };
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
