import { families } from '../demo-families.ts';
import { municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Langedijk — source 004 (§2.3, §2.7, §3.1, appendix):
 * - §2.3: "Langedijk heeft één kernteam (Integrale Toegang) die verbinding maakt met bestaande
 *   netwerken in de wijk"; one municipality-wide team that is also the indication body
 *   ("tevens indicatieorgaan"); "een smal kernteam met professionals die in dienst zijn van de
 *   gemeente, dat wordt aangevuld met enkele professionals van veldorganisaties die een deel van
 *   hun tijd aansluiten. Langedijk geldt als voorbeeld" — "the best of both worlds".
 * - §2.7: since 2017 the kernteam and the network professionals share a location outside the
 *   town hall.
 * - §3.1: one of the municipalities with a separate youth/CJG team.
 * The W&I base model and professional type are not described: apart and generalist.
 * Model check: no warnings.
 */
export const langedijk: Preset = {
  key: 'langedijk',
  label: 'Voorbeeld Langedijk',
  description: 'Eén smal kernteam Integrale Toegang, tevens indicatieorgaan, aangevuld met netwerkprofessionals; jeugd via het CJG',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Eén smal kernteam Integrale Toegang met professionals in dienst van de gemeente, aangevuld met professionals van veldorganisaties voor een deel van hun tijd. '
      + 'Het kernteam is ook het indicatieorgaan en werkt met de netwerkprofessionals vanuit een gezamenlijke locatie buiten het gemeentehuis. Jeugd heeft een eigen CJG-toegang.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'school', 'informal_carer', 'other'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: [{ team: 'kernteam', routes: ['referral', 'self_registration'] }, { team: 'cjg', routes: ['referral', 'self_registration'] }] },
    },
    teams: [
      { key: 'kernteam', name: 'Kernteam Integrale Toegang', kind: 'neighbourhood', description: 'Smal kernteam in gemeentedienst, tevens indicatieorgaan; gezamenlijke locatie met de netwerkprofessionals' },
      { key: 'netwerk', name: 'Netwerkprofessionals', kind: 'network', description: 'Professionals van veldorganisaties die een deel van hun tijd aansluiten' },
      { key: 'cjg', name: 'CJG-team', kind: 'youth_family', description: 'Aparte toegang voor jeugd en gezin' },
    ],
    assignment: { by: ['triage'] },
    mandates: [
      { decision: 'wmo_provision', holder: { kind: 'team', team: 'kernteam' }, note: 'Het kernteam is het indicatieorgaan' },
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Langedijk', kind: 'municipality' },
      { key: 'welzijn', name: 'Stichting Welzijn Akkerland', kind: 'welfare' },
    ],
    staff: [
      { username: 'greetje', name: 'Greetje Schipper', discipline: 'coördinator kernteam', profile: 'generalist', employer: 'gemeente', teams: [['kernteam', 'coordinator', 'wmo_consultant']], what: 'coördinator Kernteam Integrale Toegang' },
      { username: 'marco', name: 'Marco Dijkstra', discipline: 'consulent integrale toegang', profile: 'generalist', employer: 'gemeente', teams: [['kernteam', 'member']], what: 'consulent Kernteam' },
      { username: 'yvonne', name: 'Yvonne Kalf', discipline: 'maatschappelijk werk', profile: 'generalist', employer: 'welzijn', teams: [['kernteam', 'member']], what: 'maatschappelijk werker (deel van de week) in het Kernteam' },
      { username: 'niels', name: 'Niels Boon', discipline: 'jeugdconsulent', profile: 'specialist', employer: 'gemeente', teams: [['cjg', 'coordinator', 'youth_professional']], what: 'jeugdconsulent CJG-team' },
    ],
    households: [
      { ...families.kuipers, team: 'kernteam', street: 'Dorpsstraat', postcode: '1721 AB', workers: ['marco', 'greetje'], openedDaysAgo: 50, contacts: 3 },
      { ...families.visser, team: 'kernteam', street: 'Molenweg', postcode: '1722 CD', workers: ['yvonne', 'marco'], openedDaysAgo: 30, contacts: 2 },
      { ...families.pauw, team: 'kernteam', street: 'Dorpsstraat', postcode: '1721 AC', workers: ['greetje', 'greetje'], openedDaysAgo: 15 },
      { ...families.santos, team: 'kernteam', street: 'Molenweg', postcode: '1722 CE', waiting: { channel: 'email', referrer: 'self', question: 'Ik heb hulp nodig bij mijn administratie, er komen steeds meer aanmaningen.', daysAgo: 1 } },
      { ...families.rachidi, team: 'cjg', street: 'Havenweg', postcode: '1723 EF', waiting: { channel: 'referral', referrer: 'gp', question: 'De huisarts verwijst: de oudste zoon zit thuis, somber en geen school.', daysAgo: 2 } },
      { ...families.osei, team: 'cjg', street: 'Havenweg', postcode: '1723 EG', workers: ['niels', 'niels'], openedDaysAgo: 40, contacts: 2 },
    ],
  },
};
