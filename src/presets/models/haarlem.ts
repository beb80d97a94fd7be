import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Haarlem — sources 000 (Voorbeeld 2) and 004 (§2.1, §3.1, appendix):
 * - 000: "gedeeltelijke integratie van de Dienst Werk en Inkomen en het sociaal wijkteam";
 *   8 multidisciplinary wijkteams (Wmo consultant, W&I/debt help, information & advice, MEE,
 *   community work, social work, district nursing, mental health) working by the
 *   "twee-benen principe"; "de Dienst Werk en Inkomen (DWI) heeft het eerste contact": a
 *   benefit application in person and a talk with the DWI klantmanager, who judges a bridgeable
 *   distance (→ participatiebedrijf) or multiple problems/unbridgeable distance (→ referral to the
 *   wijkteam for activation); "het is geen verplichting dat iemand zich bij een wijkteam meldt".
 * - 004: separate youth/CJG teams besides the social teams; teams serve 7,000 to 31,000 people.
 * Not in 001's continuum: the work place and professional type are read from 000 (DWI central,
 * activation in the team; specialists who work integrally = T-shaped). No caseload or thresholds
 * in the sources. Model check: no warnings.
 */
const wijkteams = areaTeams('neighbourhood', [
  ['centrum', 'Wijkteam Centrum'], ['noord', 'Wijkteam Noord'], ['oost', 'Wijkteam Oost'], ['zuid', 'Wijkteam Zuid'],
  ['west', 'Wijkteam West'], ['schalkwijk', 'Wijkteam Schalkbuurt'], ['duinwijk', 'Wijkteam Duinwijk'], ['spaarne', 'Wijkteam Spaarneoever'],
], 2011, 4, { description: 'Multidisciplinair wijkteam (tweebenenprincipe) met Wmo-consulent, W&I/schuldhulp, MEE, opbouwwerk, maatschappelijk werk, wijkverpleging en GGZ' });

export const haarlem: Preset = {
  key: 'haarlem',
  label: 'Voorbeeld Haarlem',
  description: 'De Dienst Werk en Inkomen heeft het eerste contact en verwijst bij meervoudige problemen naar een van acht wijkteams',
  sources: ['000', '004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Acht multidisciplinaire wijkteams. Bij een bijstandsaanvraag heeft de klantmanager van de Dienst Werk en Inkomen (DWI) het eerste contact: '
      + 'een overbrugbare afstand gaat via het participatiebedrijf, meervoudige problemen of een onoverbrugbare afstand worden doorverwezen naar het wijkteam voor activering. '
      + 'Melden bij het wijkteam is niet verplicht. Jeugd heeft een eigen CJG-toegang.',
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'], description: 'Eerst (fysiek) een bijstandsaanvraag en een gesprek met de klantmanager van de DWI' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['municipality_department', 'gp', 'school', 'other_team'], description: 'De klantmanager van de DWI verwijst naar het wijkteam voor activering' },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: {
        model: 'several',
        points: [
          { team: 'dwi', routes: ['benefit_application'] },
          ...gatesAt(wijkteams, ['referral', 'self_registration']),
          { team: 'cjg', routes: ['referral', 'self_registration'] },
        ],
      },
    },
    teams: [
      ...wijkteams,
      { key: 'dwi', name: 'Dienst Werk en Inkomen, klantmanagers', kind: 'intake', workplace: 'central', description: 'Eerste contact bij een bijstandsaanvraag' },
      { key: 'cjg', name: 'CJG-team', kind: 'youth_family', description: 'Aparte toegang voor jeugd en gezin' },
    ],
    assignment: { by: ['postcode', 'triage'] },
    mandates: [
      municipalityDecides('benefit', 'Dienst Werk en Inkomen'),
      municipalityDecides('wmo_provision', 'Het college; de Wmo-consulent in het wijkteam bereidt voor'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: {
      kind: 'haarlem_dwi',
      firstContact: 'De klantmanager van de DWI, bij de aanvraag van bijstand',
      bridgeable: { description: 'Overbrugbare afstand: via het participatiebedrijf richting de arbeidsmarkt', provider: 'Participatiebedrijf' },
      multipleProblems: { team: null, reportingCompulsory: false },
    },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Haarlem', kind: 'municipality' },
      { key: 'welzijn', name: 'Stichting Buurtwerk Spaarneoever', kind: 'welfare' },
      { key: 'zorg', name: 'Wijkzorg Duinrand', kind: 'care' },
    ],
    staff: [
      { username: 'joost', name: 'Joost Veenstra', discipline: 'klantmanager DWI', profile: 'specialist', employer: 'gemeente', teams: [['dwi', 'coordinator', 'work_professional']], what: 'klantmanager en coördinator Dienst Werk en Inkomen' },
      { username: 'mila', name: 'Mila Boer', discipline: 'klantmanager DWI', profile: 'specialist', employer: 'gemeente', teams: [['dwi', 'member', 'work_professional']], what: 'klantmanager Dienst Werk en Inkomen' },
      { username: 'karin', name: 'Karin Lammers', discipline: 'opbouwwerk', profile: 't_shaped', employer: 'welzijn', teams: [['noord', 'coordinator']], what: 'coördinator Wijkteam Noord' },
      { username: 'tom', name: 'Tom Wouters', discipline: 'Wmo-consulent', profile: 't_shaped', employer: 'gemeente', teams: [['noord', 'member', 'wmo_consultant']], what: 'Wmo-consulent Wijkteam Noord' },
      { username: 'fenna', name: 'Fenna Bos', discipline: 'schuldhulpverlening', profile: 't_shaped', employer: 'gemeente', teams: [['noord', 'member', 'debt_counsellor']], what: 'schuldhulpverlener Wijkteam Noord' },
      { username: 'lotte', name: 'Lotte Hermans', discipline: 'maatschappelijk werk', profile: 't_shaped', employer: 'zorg', teams: [['noord', 'member']], what: 'maatschappelijk werker Wijkteam Noord' },
    ],
    households: [
      { ...families.nowak, team: 'dwi', street: 'Stationsplein', postcode: '2012 AB', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag bijstand na het einde van de WW.', daysAgo: 1 } },
      { ...families.vos, team: 'dwi', street: 'Kruisweg', postcode: '2013 CD', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag bijstand; woont sinds kort zelfstandig.', daysAgo: 3 } },
      { ...families.rachidi, team: 'noord', street: 'Pijlstraat', postcode: '2015 EF', waiting: { channel: 'referral', referrer: 'municipality_department', question: 'Verwezen door de klantmanager DWI: schulden, opvoedvragen en geen dagritme. Activering via het wijkteam.', daysAgo: 2 } },
      { ...families.dekker, team: 'noord', street: 'Noorderweg', postcode: '2016 GH', workers: ['lotte', 'karin'], openedDaysAgo: 55, contacts: 3 },
      { ...families.meijer, team: 'noord', street: 'Pijlstraat', postcode: '2015 EG', workers: ['tom', 'tom'], openedDaysAgo: 25, contacts: 2 },
      { ...families.kuipers, team: 'noord', street: 'Noorderweg', postcode: '2016 GJ', workers: ['fenna', 'karin'], openedDaysAgo: 45, contacts: 2, also: { team: 'dwi', workers: ['mila', 'joost'] } },
      { ...families.hoekstra, team: 'dwi', street: 'Kruisweg', postcode: '2013 CE', workers: ['mila', 'joost'], openedDaysAgo: 30 },
    ],
  },
};
