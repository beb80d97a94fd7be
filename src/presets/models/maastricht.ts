import { families } from '../demo-families.ts';
import { gatesAt, selfChannels } from '../preset-parts.ts';
import type { Preset, PresetConfiguration } from '../preset-types.ts';

/*
 * Maastricht Heuvelland — source 001 (§1.1–1.5, ch. 4):
 * - §4.1: a regional service for six municipalities since 2016; "De uitvoering van de
 *   Participatiewet is verdeeld over vijf Participatieteams die gebiedsgericht werken", with
 *   "consulenten zorg & inkomen en werk & inkomen" (T-shaped) and per team "een zogenaamde
 *   special" for a specific group (homeless, non-benefit clients) from all postcode areas.
 * - §4.2: "Maastricht Heuvelland verdeelt klanten in drie groepen: zelfredzaam, makkelijk
 *   bemiddelbaar (binnen 3 maanden) en hulpverlening. De Participatieteams richten zich op de
 *   laatste twee groepen"; for people from 18 to the pension age; "Elk Participatieteam richt
 *   zich op 2 van de 10 postcodegebieden"; "Klantmanagers ontvangen hun klanten op de centrale
 *   locatie Werkplein Maastricht" and say the area approach mostly means being assigned people
 *   by postcode; self-registration at the counter (open walk-in every morning), the website, or
 *   werk.nl for a benefit; referral by the social team, UWV, MEE and others; an intake team asks
 *   about all life domains, sets the group, then refers to a consultant; "Ik heb 130 klanten";
 *   instruments: Werkbedrijf trajectories ("minimaal 16 uur per week"), participation places,
 *   the company doctor, a car loan, a debt buddy, RIBW, mental health care, the employer service
 *   point and a participatiecoach; "Die menukaart is er later ook gekomen".
 * - §1.5: the consultants "werk en inkomen [zijn] verantwoordelijk voor beide onderwerpen".
 * Model check: warns integral_intake_heavy_caseload (intake on all domains, caseload 130) and
 * postcode_only_central (area teams received centrally, assigned by postcode) — both are the
 * very experiences 001 reports from Maastricht.
 */
const age = { kind: 'age', from: 18, until: 67 } as const;
const areas: Array<[key: string, name: string, postcodes: string[]]> = [
  ['noord', 'Noord', ['6211-6213', '6214-6216']], ['oost', 'Oost', ['6217-6219', '6221-6223']], ['zuid', 'Zuid', ['6224-6226', '6227-6229']],
  ['west', 'West', ['6231-6233', '6234-6236']], ['heuvelland', 'Heuvelland', ['6237-6239', '6241-6243']],
];
const teams: PresetConfiguration['teams'] = areas.map(([key, name, postcodes]) => ({
  key, name: `Participatieteam ${name}`, kind: 'work_participation', workplace: 'central', areas: { postcodes },
  description: 'Consulenten zorg & inkomen en werk & inkomen voor twee postcodegebieden, en een special (bijvoorbeeld dak- en thuislozen) voor alle gebieden',
}));

export const maastricht: Preset = {
  key: 'maastricht',
  aliases: ['maastricht-heuvelland'],
  label: 'Voorbeeld Maastricht Heuvelland',
  description: 'Een intaketeam deelt in drie klantgroepen in; vijf participatieteams voor elk twee postcodegebieden, centraal op het Werkplein',
  sources: ['001'],
  configuration: {
    schemaVersion: 1,
    summary: 'Regionale sociale dienst voor zes gemeenten. Een intaketeam bepaalt hoe zelfredzaam iemand is en deelt in: zelfredzaam, makkelijk bemiddelbaar (binnen drie maanden) '
      + 'of moeilijk bemiddelbaar/hulpverlening. Vijf participatieteams, elk voor twee van de tien postcodegebieden, ontvangen hun klanten centraal op het Werkplein. '
      + 'Een menukaart van trajecten en projecten.',
    baseModel: 'apart',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application', 'web_form'], description: 'Via werk.nl bij een uitkeringsaanvraag' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['other_team', 'uwv', 'other'], description: 'Door het sociaal team, UWV of partners als cliëntondersteuning, maatschappelijk werk en het veiligheidshuis' },
        { kind: 'self_registration', channels: [...selfChannels], description: 'Aan de balie (elke ochtend open inloop) of via de website' },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: gatesAt([{ key: 'intake' }], ['benefit_application', 'referral', 'self_registration']) },
    },
    teams: [
      { key: 'intake', name: 'Intaketeam', kind: 'intake', workplace: 'central', description: 'Vraagt naar alle leefgebieden, bepaalt de zelfredzaamheid en de klantgroep' },
      ...teams,
    ],
    assignment: { by: ['postcode'] },
    targetGroups: [
      { key: 'zelfredzaam', name: 'Zelfredzaam', criteria: [{ kind: 'self_reliant' }, age] },
      { key: 'makkelijk-bemiddelbaar', name: 'Makkelijk bemiddelbaar (binnen drie maanden)', criteria: [{ kind: 'expected_work_within', months: 3 }, age] },
      { key: 'hulpverlening', name: 'Moeilijk bemiddelbaar / hulpverlening', description: 'Vaak meervoudige problemen die eerst opgelost moeten worden', criteria: [{ kind: 'multiple_problems' }, age] },
    ],
    roles: [
      { role: 'work_professional', localName: 'consulent werk & inkomen', categories: [
        ...(['work_participation', 'income_benefit', 'health_work_capability', 'debt'] as const).map((category) => ({ category, processingActivityId: 'work-income' })),
        { category: 'social', processingActivityId: 'consent-sharing' },
      ] },
      { role: 'generalist', localName: 'consulent zorg & inkomen', categories: (['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety'] as const)
        .map((category) => ({ category, processingActivityId: 'social-support' })) },
    ],
    mandates: [
      { decision: 'benefit', holder: { kind: 'regional_service', name: 'Regionale dienst Sociale Zaken (voorbeeld)' } },
      { decision: 'participation_instrument', holder: { kind: 'regional_service', name: 'Regionale dienst Sociale Zaken (voorbeeld)' }, note: 'De consulent zet projecten en trajecten in van de menukaart' },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: 130, contactEveryDays: null },
    intake: { integralIntake: 'everyone', instrument: 'zrm-13' },
    routing: {
      kind: 'maastricht_groups',
      intakeTeam: 'intake',
      groups: [
        { targetGroup: 'zelfredzaam', route: 'self_reliant' },
        { targetGroup: 'makkelijk-bemiddelbaar', route: 'job_ready', consultantRole: 'work_professional' },
        { targetGroup: 'hulpverlening', route: 'care_first', consultantRole: 'generalist' },
      ],
      thenBy: 'postcode',
    },
  },
  demo: {
    organisations: [
      { key: 'dienst', name: 'Regionale dienst Sociale Zaken (voorbeeld)', kind: 'regional_service' },
    ],
    staff: [
      { username: 'maud', name: 'Maud Hendriks', discipline: 'consulent intake', profile: 't_shaped', employer: 'dienst', teams: [['intake', 'coordinator']], what: 'coördinator Intaketeam' },
      { username: 'luc', name: 'Luc Janssen', discipline: 'teamleider', profile: 't_shaped', employer: 'dienst', teams: [['noord', 'coordinator', 'work_professional']], what: 'coördinator Participatieteam Noord' },
      { username: 'roos', name: 'Roos Claessens', discipline: 'consulent werk & inkomen', profile: 't_shaped', employer: 'dienst', teams: [['noord', 'member', 'work_professional']], what: 'consulent werk & inkomen, Participatieteam Noord' },
      { username: 'bas', name: 'Bas Lemmens', discipline: 'consulent zorg & inkomen', profile: 't_shaped', employer: 'dienst', teams: [['noord', 'member']], what: 'consulent zorg & inkomen, Participatieteam Noord' },
      { username: 'fleur', name: 'Fleur Peeters', discipline: 'special dak- en thuislozen', profile: 'specialist', employer: 'dienst', teams: [['oost', 'member']], what: 'special (dak- en thuislozen), Participatieteam Oost' },
    ],
    households: [
      { ...families.santos, team: 'intake', street: 'Markt', postcode: '6211 AB', waiting: { channel: 'walk_in', referrer: 'self', question: 'Open inloop: wil graag werk, heeft een vraag over bijzondere bijstand.', daysAgo: 0 } },
      { ...families.vos, team: 'intake', street: 'Wijkerweg', postcode: '6218 CD', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag via werk.nl; net afgestudeerd, nog geen werk.', daysAgo: 1 } },
      { ...families.haddou, team: 'noord', street: 'Brusselsestraat', postcode: '6213 EF', workers: ['bas', 'luc'], openedDaysAgo: 120, contacts: 2 },
      { ...families.yildiz, team: 'noord', street: 'Markt', postcode: '6212 GH', workers: ['roos', 'roos'], openedDaysAgo: 40, contacts: 2 },
      { ...families.nowak, team: 'noord', street: 'Wijkerweg', postcode: '6215 JK', workers: ['roos', 'luc'], openedDaysAgo: 15 },
      { ...families.brink, team: 'oost', street: 'Heerderweg', postcode: '6218 LM', workers: ['fleur', 'fleur'], openedDaysAgo: 60, contacts: 3 },
      { ...families.dekker, team: 'noord', street: 'Brusselsestraat', postcode: '6213 EG', waiting: { channel: 'referral', referrer: 'other_team', question: 'Het sociaal team verwijst: wil graag werken naast de zorg voor haar kind, psychische klachten.', daysAgo: 2 } },
    ],
    catalogue: [
      {
        key: 'werkbedrijf', name: 'Traject Werkbedrijf', kind: 'work_trajectory', law: 'participatiewet',
        description: 'Werken in een echt bedrijf met begeleiding; minimaal 16 uur per week.', provider: { name: 'Werkbedrijf (voorbeeld)' },
        cost: { unit: 'per_trajectory', amountEuros: 4000 }, durationWeeks: 26,
        request: { how: 'De consulent nodigt collega\'s van het Werkbedrijf uit voor een gesprek met de klant.', decidedBy: 'Werkbedrijf' },
        targetGroup: 'Wie minstens 16 uur per week kan werken', criteria: [{ minHoursPerWeek: 16 }, { ladderStepAtLeast: 3 }],
      },
      {
        key: 'participatieplaats', name: 'Participatieplaats', kind: 'participation_place', law: 'participatiewet',
        description: 'Werknemersvaardigheden opdoen met behoud van uitkering.', provider: { name: 'Regionale dienst Sociale Zaken (voorbeeld)' },
        cost: { unit: 'free' }, durationWeeks: 26, request: { how: 'Via collega\'s die werkplekken hebben.', decidedBy: 'Consulent' },
        targetGroup: 'Wie (nog) te ver van werk staat voor een traject', criteria: [{ ladderStepAtMost: 4 }],
      },
      {
        key: 'bedrijfsarts', name: 'Consult bedrijfsarts', kind: 'care_health', law: 'participatiewet',
        description: 'Een bedrijfsarts beoordeelt wat iemand aankan bij lichamelijke klachten.', provider: { name: 'Arbodienst (voorbeeld)' },
        cost: { unit: 'per_trajectory', amountEuros: 350 }, request: { how: 'De consulent schakelt de bedrijfsarts in.', decidedBy: 'Consulent' },
        targetGroup: 'Bij onduidelijke lichamelijke klachten', criteria: [{ seeksWork: true }],
      },
      {
        key: 'autolening', name: 'Autolening woon-werkverkeer', kind: 'mobility', law: 'participatiewet',
        description: 'Een lening om een auto aan te schaffen als het werk anders niet bereikbaar is.', provider: { name: 'Kredietbank (voorbeeld)' },
        cost: { unit: 'free' }, request: { how: 'Aanvragen via de consulent met de arbeidsovereenkomst.', decidedBy: 'Consulent' },
        targetGroup: 'Wie werk krijgt dat zonder auto niet bereikbaar is', criteria: [{ ladderStepAtLeast: 5 }],
      },
      {
        key: 'schuldhulpmaatje', name: 'Schuldhulpmaatje', kind: 'debt_help', law: 'wgs',
        description: 'Een vrijwilliger helpt de administratie op orde te krijgen.', provider: { name: 'Maatjesproject (voorbeeld)' },
        cost: { unit: 'free' }, request: { how: 'De consulent zorg & inkomen meldt aan.', decidedBy: 'Coördinator maatjesproject' },
        targetGroup: 'Inwoners met schulden', criteria: [{ hasDebts: true }],
      },
      {
        key: 'beschermd-wonen', name: 'Begeleiding beschermd wonen (RIBW)', kind: 'care_health', law: 'wmo',
        description: 'Doorverwijzing naar beschermd wonen of ambulante begeleiding.', provider: { name: 'RIBW (voorbeeld)' },
        cost: { unit: 'per_month', amountEuros: 2100 }, request: { how: 'Doorverwijzen via de consulent zorg & inkomen.', decidedBy: 'Wmo' },
        targetGroup: 'Wie eerst een stabiele woonsituatie nodig heeft', criteria: [{ zrmDomainAtMost: { domain: 'housing', score: 2 } }],
      },
      {
        key: 'ggz', name: 'Behandeling GGZ', kind: 'care_health', law: 'other',
        description: 'Doorverwijzen naar de GGZ voordat werk aan de orde is.', provider: { name: 'GGZ-instelling (voorbeeld)' },
        cost: { unit: 'free' }, request: { how: 'Via de huisarts, met de consulent zorg & inkomen.', decidedBy: 'Huisarts' },
        targetGroup: 'Bij psychische problemen', criteria: [{ zrmDomainAtMost: { domain: 'mental_health', score: 2 } }],
      },
      {
        key: 'participatiecoach', name: 'Participatiecoach', kind: 'coaching', law: 'participatiewet',
        description: 'Een coach die helpt werkfit te worden: werknemersvaardigheden, vakkennis, de weg naar werkgevers.', provider: { name: 'Regionale dienst Sociale Zaken (voorbeeld)' },
        cost: { unit: 'free' }, request: { how: 'De consulent werk & inkomen zet de coach in.', decidedBy: 'Consulent werk & inkomen' },
        targetGroup: 'Makkelijk bemiddelbaar', criteria: [{ targetGroup: 'makkelijk-bemiddelbaar' }],
      },
    ],
  },
};
