import { families } from '../demo-families.ts';
import { municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Koggenland — source 004 (§2.1, §2.3, §2.4, §2.6, §2.7, §3.1, §3.5, appendix):
 * - §2.3: "Koggenland en Langedijk … beschikken over één groot gemeentebreed team (tevens
 *   indicatieorgaan)"; "Koggenland en Schagen hebben (vrijwel) alle professionals in
 *   gemeentelijke dienst genomen".
 * - §2.4: "het zogeheten gemeentebrede Zorgteam in de gemeente Koggenland, dat bestaat uit
 *   ongeveer 25 professionals … alle disciplines 'in eigen huis'", so that "er minder vaak [hoeft]
 *   te worden opgeschaald"; §2.6: behavioural scientists and mental-health expertise in the team.
 * - §2.7: "Het gemeentehuis kan de standplaats vormen, zoals in Koggenland".
 * - §3.1 (note 17): the GP "weet het zorgteam steeds beter te vinden".
 * - §3.5 (note 63): "een vrijwilligersbestand van circa 130 personen … Het zorgteam doet de
 *   matching".
 * The W&I base model is not described: apart (the team calls in W&I knowledge as needed).
 * Model check: no warnings.
 */
export const koggenland: Preset = {
  key: 'koggenland',
  label: 'Voorbeeld Koggenland',
  description: 'Eén gemeentebreed Zorgteam van zo\'n 25 professionals in gemeentedienst, tevens indicatieorgaan, met een vrijwilligersbestand',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Eén gemeentebreed Zorgteam van ongeveer 25 professionals, in dienst van de gemeente en gevestigd in het gemeentehuis, met alle disciplines in eigen huis. '
      + 'Het team is ook het indicatieorgaan en koppelt inwoners aan een vrijwilligersbestand van ongeveer 130 mensen.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'specialist',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'school', 'informal_carer'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'zorgteam', routes: ['referral', 'self_registration'] }] },
    },
    teams: [
      { key: 'zorgteam', name: 'Zorgteam', kind: 'neighbourhood', workplace: 'central', description: 'Gemeentebreed team van ongeveer 25 professionals, met gedragswetenschapper en GGZ-deskundige; in het gemeentehuis' },
    ],
    assignment: { by: ['triage'] },
    mandates: [
      { decision: 'wmo_provision', holder: { kind: 'team', team: 'zorgteam' }, note: 'Het Zorgteam is het indicatieorgaan' },
      { decision: 'youth_provision', holder: { kind: 'team', team: 'zorgteam' } },
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [{ key: 'gemeente', name: 'Gemeente Voorbeeld Koggenland', kind: 'municipality' }],
    staff: [
      { username: 'annelies', name: 'Annelies Kroon', discipline: 'teamleider Zorgteam', profile: 'specialist', employer: 'gemeente', teams: [['zorgteam', 'coordinator']], what: 'coördinator Zorgteam' },
      { username: 'dirkjan', name: 'Dirk-Jan Appel', discipline: 'gedragswetenschapper', profile: 'specialist', employer: 'gemeente', teams: [['zorgteam', 'member', 'youth_professional']], what: 'gedragswetenschapper Zorgteam' },
      { username: 'saskia', name: 'Saskia Laan', discipline: 'Wmo-consulent', profile: 'specialist', employer: 'gemeente', teams: [['zorgteam', 'member', 'wmo_consultant']], what: 'Wmo-consulent Zorgteam' },
      { username: 'ilona', name: 'Ilona Verbeek', discipline: 'vrijwilligerscoördinator', profile: 'generalist', employer: 'gemeente', teams: [['zorgteam', 'member']], what: 'vrijwilligerscoördinator Zorgteam' },
      { username: 'rob', name: 'Rob Tuinman', discipline: 'GGZ-deskundige', profile: 'specialist', employer: 'gemeente', teams: [['zorgteam', 'member']], what: 'GGZ-deskundige Zorgteam' },
    ],
    households: [
      { ...families.visser, team: 'zorgteam', street: 'Dorpsweg', postcode: '1641 AB', workers: ['ilona', 'annelies'], openedDaysAgo: 45, contacts: 2 },
      { ...families.smits, team: 'zorgteam', street: 'Kerkbuurt', postcode: '1642 CD', workers: ['dirkjan', 'annelies'], openedDaysAgo: 70, contacts: 4 },
      { ...families.brink, team: 'zorgteam', street: 'Dorpsweg', postcode: '1641 AC', workers: ['saskia', 'saskia'], openedDaysAgo: 25, contacts: 1 },
      { ...families.hoekstra, team: 'zorgteam', street: 'Westeinde', postcode: '1643 EF', workers: ['rob', 'annelies'], openedDaysAgo: 35, contacts: 3 },
      { ...families.dekker, team: 'zorgteam', street: 'Kerkbuurt', postcode: '1642 CE', waiting: { channel: 'referral', referrer: 'gp', question: 'De huisarts verwijst: zorgen om de opvoeding, moeder is uitgeput.', daysAgo: 1 } },
      { ...families.meijer, team: 'zorgteam', street: 'Westeinde', postcode: '1643 EG', waiting: { channel: 'walk_in', referrer: 'self', question: 'Ik zoek iemand die me helpt met boodschappen en de tuin.', daysAgo: 2 } },
    ],
    catalogue: [
      {
        key: 'vrijwillige-inzet', name: 'Vrijwillige inzet uit het vrijwilligersbestand', kind: 'other', law: 'wmo',
        description: 'Een vrijwilliger voor de tuin, de administratie, klussen, vervoer of gezelschap. Het Zorgteam doet de matching.',
        provider: { name: 'Zorgteam, vrijwilligerscoördinator' }, cost: { unit: 'free' }, capacity: { places: 130 },
        request: { how: 'Bespreken met de vrijwilligerscoördinator van het Zorgteam.', decidedBy: 'Vrijwilligerscoördinator' },
        targetGroup: 'Inwoners die met een vrijwilliger verder kunnen', criteria: [],
      },
    ],
  },
};
