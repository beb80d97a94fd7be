import { families } from '../demo-families.ts';
import { municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset, PresetConfiguration } from '../preset-types.ts';

/*
 * Hilversum — sources 000 (Voorbeeld 3) and 004 (§2.2, §2.3, appendix):
 * - 000: "geen wijkteams maar integrale zorg- en buurtnetwerken"; "Het werk rond de
 *   Participatiewet is bij het Sociaal Plein ondergebracht"; "alle hulpvragen voor de
 *   'transformatiewetten' [komen] op het Sociaal Plein terecht"; the Plein works with contracted
 *   providers, MEE, volunteer organisations and the employer service point; a low-threshold
 *   work-experience company (no forms, no files, 77% outflow, about 200 people a year);
 *   "Het regelen van relatief kleine zaken, zoals geld voor een sleutelkluisje, kost de
 *   medewerkers van het Sociaal Plein veel tijd" — no flexible budget mandate is described.
 * - 004: 8 "buurt- & zorgnetwerken": buurtnetwerken for social cohesion, zorgnetwerken for care
 *   questions; "de netwerken zijn geen organisatorische entiteiten. De professionals blijven
 *   volledig werken vanuit hun eigen organisatie en eigen specialisme"; buurtcoördinatoren and
 *   wijkwethouders since 2017.
 * Model check: no warnings.
 */
const areas: Array<[key: string, name: string, postcodes: string]> = [
  ['noord', 'Noord', '1211-1213'], ['oost', 'Oost', '1214-1216'], ['zuid', 'Zuid', '1217-1219'], ['west', 'West', '1221-1223'],
];
const networks: PresetConfiguration['teams'] = areas.flatMap(([key, name, postcodes]) => [
  { key: `buurt-${key}`, name: `Buurtnetwerk ${name}`, kind: 'network', areas: { postcodes: [postcodes] }, description: 'Bewoners, welzijn en buurtcoördinator: sociale samenhang in de buurt' },
  { key: `zorg-${key}`, name: `Zorgnetwerk ${name}`, kind: 'network', areas: { postcodes: [postcodes] }, description: 'Professionals van zorg en welzijn die elkaar vinden bij zorgvragen; geen organisatie-eenheid' },
]);

export const hilversum: Preset = {
  key: 'hilversum',
  label: 'Voorbeeld Hilversum',
  description: 'Geen wijkteams: acht buurt- en zorgnetwerken, en alle hulpvragen en de Participatiewet bij het Sociaal Plein',
  sources: ['000', '004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Geen wijkteams maar acht buurt- en zorgnetwerken van professionals en bewoners. Alle hulpvragen voor Wmo, Jeugdwet en Participatiewet komen binnen bij het Sociaal Plein, '
      + 'dat werkt met gecontracteerde aanbieders, MEE, vrijwilligersorganisaties en het werkgeversservicepunt. Een laagdrempelig werkervaringsbedrijf zonder formulieren.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'specialist',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'] },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'other'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'plein', routes: ['benefit_application', 'referral', 'self_registration'] }] },
    },
    teams: [
      { key: 'plein', name: 'Sociaal Plein', kind: 'central_hub', workplace: 'central', description: 'Alle hulpvragen van de drie wetten komen hier binnen, ook de Participatiewet' },
      ...networks,
    ],
    assignment: { by: ['triage'] },
    mandates: [
      municipalityDecides('wmo_provision', 'Het college; het Sociaal Plein bereidt voor'),
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Hilversum', kind: 'municipality' },
      { key: 'welzijn', name: 'Welzijnsorganisatie Heidezoom', kind: 'welfare' },
    ],
    staff: [
      { username: 'ingrid', name: 'Ingrid Baas', discipline: 'coördinator Sociaal Plein', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'coordinator']], what: 'coördinator Sociaal Plein' },
      { username: 'said', name: 'Said Bouzid', discipline: 'consulent werk en inkomen', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'member', 'work_professional']], what: 'consulent werk en inkomen, Sociaal Plein' },
      { username: 'marieke', name: 'Marieke Dijkman', discipline: 'Wmo-consulent', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'member', 'wmo_consultant']], what: 'Wmo-consulent, Sociaal Plein' },
      { username: 'henk', name: 'Henk Brouwer', discipline: 'maatschappelijk werk', profile: 'specialist', employer: 'welzijn', teams: [['plein', 'member']], what: 'maatschappelijk werker, Sociaal Plein' },
    ],
    households: [
      { ...families.visser, team: 'plein', street: 'Heideweg', postcode: '1212 AB', waiting: { channel: 'phone', referrer: 'informal_carer', question: 'Haar dochter belt: moeder kan niet meer veilig alleen de deur open doen, een sleutelkluisje is nodig.', daysAgo: 1 } },
      { ...families.santos, team: 'plein', street: 'Laanstraat', postcode: '1218 CD', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag bijstand; zoekt werk in de bouw.', daysAgo: 2 } },
      { ...families.osei, team: 'plein', street: 'Vaartweg', postcode: '1215 EF', workers: ['henk', 'ingrid'], openedDaysAgo: 60, contacts: 3 },
      { ...families.hoekstra, team: 'plein', street: 'Heideweg', postcode: '1212 AC', workers: ['said', 'said'], openedDaysAgo: 35, contacts: 2 },
      { ...families.meijer, team: 'plein', street: 'Oosterengweg', postcode: '1214 GH', workers: ['marieke', 'marieke'], openedDaysAgo: 20 },
      { ...families.pauw, team: 'plein', street: 'Laanstraat', postcode: '1218 CE', workers: ['henk', 'ingrid'], openedDaysAgo: 80, contacts: 4 },
    ],
    catalogue: [
      {
        key: 'werkervaringsbedrijf', name: 'Werkervaringsbedrijf De Fabriekshal', kind: 'participation_place', law: 'participatiewet',
        description: 'Laagdrempelig meedoen en werkervaring opdoen: geen formulieren, geen dossiers, geen verplichtingen; met of zonder uitkering. Taalles, houtbewerking, naaiatelier, hulp bij cv en schulden.',
        provider: { name: 'Stichting De Fabriekshal' }, cost: { unit: 'free' }, capacity: { places: 200 },
        request: { how: 'Binnenlopen; het Sociaal Plein kan ook doorsturen.', decidedBy: 'Niemand: vrije inloop' },
        targetGroup: 'Iedereen, ook zorg- en overheidsmijders', criteria: [],
      },
      {
        key: 'werkgeversservicepunt', name: 'Bemiddeling werkgeversservicepunt', kind: 'work_trajectory', law: 'participatiewet',
        description: 'Het werkgeversservicepunt zoekt met de consulent werk en inkomen een passende werkgever.',
        provider: { name: 'Werkgeversservicepunt Heidezoom' }, cost: { unit: 'free' },
        request: { how: 'Aanmelden door de consulent werk en inkomen van het Sociaal Plein.', decidedBy: 'Consulent werk en inkomen' },
        targetGroup: 'Werkzoekenden die (bijna) aan het werk kunnen', criteria: [{ ladderStepAtLeast: 4 }, { seeksWork: true }],
      },
      {
        key: 'clientondersteuning', name: 'Onafhankelijke cliëntondersteuning', kind: 'coaching', law: 'wmo',
        description: 'Onafhankelijke cliëntondersteuning bij vragen over zorg, geld en werk.',
        provider: { name: 'Stichting Cliëntsteun' }, cost: { unit: 'free' },
        request: { how: 'Vrij toegankelijk; het Sociaal Plein kan aanmelden.', decidedBy: 'Stichting Cliëntsteun' }, targetGroup: 'Inwoners die hulp nodig hebben bij het regelen van ondersteuning',
      },
    ],
  },
};
