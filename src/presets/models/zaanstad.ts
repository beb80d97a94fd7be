import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Zaanstad — sources 000 (Voorbeeld 1), 001 (§1.1–1.4, ch. 6) and 004 (§2.2, §3.1, appendix):
 * - 000: 11 wijkteams of about 8 to 20 generalists, procured per team from a main contractor
 *   ("hoofdaannemers"); a Work & Income representative in each team; the front office of the
 *   Participatiewet in the teams since 2016 ("3D-proof"); "de toekenning van uitkering vindt
 *   plaats buiten het wijkteam"; job-ready people go to designated temp agencies, a bridgeable
 *   distance to a werkervaringsplek at the participatiebedrijf, a hard-to-bridge one to a
 *   wijkbedrijf where people "blijven 'in het bestand' van sociale wijkteams".
 * - 001 §6.2: "Het wijkteam spreekt iedereen die een uitkering aanvraagt"; the intake is held by
 *   a team professional and a municipal klantmanager together, with motivational interviewing,
 *   the ABC method and the ZRM "op elf leefdomeinen"; self-registration at the team's
 *   spreekuren, by phone or e-mail; referral by GPs; caseload "van 150 klanten".
 * - 001 §6.3: split access — the team sees the social part, the klantmanager the income part.
 * - 004 §3.1 (note 27): the Zaanstad wijkteams are mandated by the college to grant or refuse
 *   maatwerkvoorzieningen.
 * Model check: warns integral_intake_heavy_caseload (an integral intake for every applicant at a
 * caseload of 150) — 001 §6.4 itself asks whether the broad intake adds value for everyone.
 */
const teams = areaTeams('neighbourhood', [
  ['molenbuurt', 'Wijkteam Molenbuurt'], ['havenkwartier', 'Wijkteam Havenkwartier'], ['rietland', 'Wijkteam Rietland'],
  ['dijkzicht', 'Wijkteam Dijkzicht'], ['kogerpark', 'Wijkteam Kogerpark'], ['weidebuurt', 'Wijkteam Weidebuurt'],
  ['sluispolder', 'Wijkteam Sluispolder'], ['oeverland', 'Wijkteam Oeverland'], ['zaagmolen', 'Wijkteam Zaagmolen'],
  ['lindenhof', 'Wijkteam Lindenhof'], ['stationsbuurt', 'Wijkteam Stationsbuurt'],
], 1500, 6, { description: 'Sociaal wijkteam van generalisten, aanbesteed bij een hoofdaannemer; met een klantmanager Werk & Inkomen' });

export const zaanstad: Preset = {
  key: 'zaanstad',
  label: 'Voorbeeld Zaanstad',
  description: 'Elf wijkteams met de Participatiewet erin: duo-intake voor iedere uitkeringsaanvrager, drie routes naar werk, gescheiden inzage',
  sources: ['000', '001', '004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Elf sociale wijkteams, per team aanbesteed bij een hoofdaannemer; de frontoffice van de Participatiewet zit in de teams. '
      + 'Iedere aanvrager van een uitkering krijgt een duo-intake (wijkteamprofessional en klantmanager) en daarna een van drie routes naar werk. '
      + 'Het team ziet het sociale deel, de klantmanager het inkomensdeel. Over uitkeringen beslist het stadhuis.',
    baseModel: 'breed',
    workGuidance: 'in_neighbourhood',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'], description: 'De gemeente verwijst iedere uitkeringsaanvrager naar het eigen wijkteam voor een gesprek' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'hospital', 'municipality_department', 'other_team'] },
        { kind: 'self_registration', channels: [...selfChannels], description: 'Op het spreekuur van het wijkteam, per telefoon of e-mail' },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: gatesAt(teams, ['benefit_application', 'referral', 'self_registration']) },
    },
    teams,
    assignment: { by: ['postcode'] },
    targetGroups: [
      { key: 'uitkeringsaanvragers', name: 'Iedereen die een uitkering aanvraagt', criteria: [{ kind: 'everyone', scope: 'benefit_applicants' }] },
    ],
    roles: [
      {
        role: 'generalist', localName: 'wijkteamprofessional',
        categories: (['social', 'work_participation', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety'] as const)
          .map((category) => ({ category, processingActivityId: 'social-support' })),
      },
      {
        role: 'work_professional', localName: 'klantmanager Werk & Inkomen',
        categories: (['work_participation', 'income_benefit', 'health_work_capability'] as const).map((category) => ({ category, processingActivityId: 'work-income' })),
      },
    ],
    mandates: [
      ...teams.map((t) => ({ decision: 'wmo_provision' as const, holder: { kind: 'team' as const, team: t.key }, note: 'Gemandateerd door het college tot toekennen of afwijzen' })),
      municipalityDecides('benefit', 'Stadhuis, afdeling Uitkeringen (beschikkingentraject)'),
      municipalityDecides('participation_instrument', 'Afdeling Werk: de klantmanager vult het maatwerktraject naar eigen inzicht in'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: 150, contactEveryDays: null },
    intake: { integralIntake: 'everyone', duoIntake: true, instrument: 'zrm-11', participationLadder: false },
    routing: {
      kind: 'zaanstad_three_routes',
      jobReady: { description: 'Wie zelfstandig aan een baan kan komen, schrijft zich in bij een van de aangewezen uitzendbureaus en solliciteert zelf', provider: 'Aangewezen uitzendbureaus' },
      bridgeable: { description: 'Een werkervaringsplek bij het participatiebedrijf', provider: 'Participatiebedrijf' },
      hardToBridge: { description: 'Een plek in een wijkbedrijf, in de eigen wijk of daarbuiten, met coaching', provider: 'Wijkbedrijf', staysWithTeam: true },
    },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Zaanstad', kind: 'municipality' },
      { key: 'wijkkracht', name: 'Stichting Wijkkracht (hoofdaannemer)', kind: 'main_contractor' },
      { key: 'zorggroep', name: 'Zorggroep Oeverland', kind: 'care' },
    ],
    staff: [
      { username: 'sanne', name: 'Sanne Koster', discipline: 'maatschappelijk werk', profile: 'generalist', employer: 'wijkkracht', teams: [['molenbuurt', 'coordinator']], what: 'coördinator Wijkteam Molenbuurt' },
      { username: 'yusuf', name: 'Yusuf Demir', discipline: 'sociaal werk', profile: 'generalist', employer: 'wijkkracht', teams: [['molenbuurt', 'member']], what: 'wijkteamprofessional Molenbuurt' },
      { username: 'linda', name: 'Linda Verhoef', discipline: 'klantmanager W&I', profile: 'specialist', employer: 'gemeente', teams: [['molenbuurt', 'member', 'work_professional'], ['havenkwartier', 'member', 'work_professional']], what: 'klantmanager W&I in Molenbuurt en Havenkwartier' },
      { username: 'ruben', name: 'Ruben Smeets', discipline: 'wijkverpleging', profile: 'generalist', employer: 'zorggroep', teams: [['havenkwartier', 'coordinator']], what: 'coördinator Wijkteam Havenkwartier' },
      { username: 'esther', name: 'Esther Groen', discipline: 'schuldhulpverlening', profile: 'generalist', employer: 'wijkkracht', teams: [['havenkwartier', 'member']], what: 'wijkteamprofessional Havenkwartier' },
    ],
    households: [
      { ...families.dekker, team: 'molenbuurt', street: 'Molenstraat', postcode: '1501 AB', workers: ['linda', 'yusuf'], openedDaysAgo: 35, contacts: 2 },
      { ...families.yildiz, team: 'molenbuurt', street: 'Zaagstraat', postcode: '1502 CD', workers: ['yusuf', 'yusuf'], openedDaysAgo: 70, contacts: 4 },
      { ...families.brink, team: 'molenbuurt', street: 'Molenstraat', postcode: '1501 AB', workers: ['yusuf', 'sanne'] },
      { ...families.haddou, team: 'molenbuurt', street: 'Kaaipad', postcode: '1503 EF', waiting: { channel: 'benefit_application', referrer: 'municipality_department', question: 'Aanvraag bijstand: uitnodiging voor het gesprek met wijkteam en klantmanager.', daysAgo: 2 } },
      { ...families.santos, team: 'molenbuurt', street: 'Zaagstraat', postcode: '1502 CE', waiting: { channel: 'referral', referrer: 'gp', question: 'De huisarts verwijst: somber, geen werk, loopt vast met de administratie.', daysAgo: 1 } },
      { ...families.kuipers, team: 'havenkwartier', street: 'Havenweg', postcode: '1507 GH', workers: ['esther', 'ruben'], openedDaysAgo: 50, contacts: 3 },
      { ...families.osei, team: 'havenkwartier', street: 'Kadewal', postcode: '1508 JK', workers: ['linda', 'esther'], openedDaysAgo: 20, contacts: 1 },
      { ...families.vos, team: 'havenkwartier', street: 'Havenweg', postcode: '1507 GJ', waiting: { channel: 'walk_in', referrer: 'self', question: 'Ik ben net 23 en heb geen werk en geen inkomen meer.', urgent: ['acute_debt'], daysAgo: 0 } },
    ],
  },
};
