import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * RSD Kromme Rijn Heuvelrug — source 001 (§1.1–1.4, ch. 5), and 000 (conclusion):
 * - §5: a regional social service for five municipalities, area-based since 1 January 2016,
 *   "Klanten kunnen ook nog terecht bij het centrale Werkplein in Zeist"; in some
 *   municipalities a professional works in the wijkteam (part of the W&I tasks in the team).
 * - §5.1: "Twee professionals voeren samen de regie": the procesregisseur for the income part
 *   (rechtmatigheid), the klantregisseur for the participation part (doelmatigheid); "De
 *   participatiecoach ... kan als instrument worden ingezet bij het plan van aanpak"; an MDT
 *   per municipality of klant- and procesregisseurs, coaches, debt help and the employer
 *   service point.
 * - §1.1, §5.2: all three forms of access, including outreach: "Ze nodigen alle mensen uit die
 *   een uitkering ontvangen, maar buiten beeld zijn geraakt"; people may also report at the
 *   Werkplein themselves or apply digitally.
 * - §5.2: phone screening by the procesregisseur (reason, entitlement, work options; CV in a
 *   digital form) → a plan van aanpak with the current situation, goals, services and
 *   obligations: "De klant en de klantregisseur ondertekenen het plan" → execution (CV check,
 *   application training, employer contacts, work-experience projects, (supported) volunteer
 *   work, the participatiecoach) → "Een traject wordt afgerond als het doel is behaald, of de
 *   uitkering stopt. Dan is er een exitgesprek. Als de klant erom vraagt wordt er nazorg
 *   geboden"; diagnosis with the participatieladder (a target step after the intake) and
 *   CompetenSys; coach criteria found along the way: "ouderen en mensen met een burn-out".
 * - §1.4: the target group is everyone applying for a benefit; §5.2: the professionals now serve
 *   the whole client base, "Deze trajecten duren allemaal heel lang".
 * The source names no ZRM: the ZRM 13 is set because the schema asks for one.
 * Model check: warns everyone_without_short_route — everyone is the target group and no short
 * route for job-ready residents is described.
 */
const mdts = areaTeams('work_participation', [
  ['mdt-rivierstad', 'MDT Rivierstad'], ['mdt-heuvelrand', 'MDT Heuvelrand'], ['mdt-kromme-rijn', 'MDT Kromme Rijn'],
  ['mdt-bosdorp', 'MDT Bosdorp'], ['mdt-weidegem', 'MDT Weidegem'],
], 3700, 10, { workplace: 'both', description: 'Klant- en procesregisseurs, participatiecoaches, schuldhulpverlening en het werkgeversservicepunt van één gemeente' });

export const rsdKrh: Preset = {
  key: 'rsd-krh',
  aliases: ['rsd', 'kromme-rijn-heuvelrug'],
  label: 'Voorbeeld RSD Kromme Rijn Heuvelrug',
  description: 'Regionale dienst met outreach, twee regisseurs per klant, een getekend plan van aanpak, de participatiecoach als instrument en een exitgesprek',
  sources: ['001', '000'],
  configuration: {
    schemaVersion: 1,
    summary: 'Regionale sociale dienst voor vijf gemeenten, gebiedsgericht sinds 2016, met een centraal Werkplein. Per klant twee regisseurs: de procesregisseur (inkomen, rechtmatigheid) '
      + 'en de klantregisseur (participatie, het plan van aanpak dat klant en klantregisseur ondertekenen). De participatiecoach is een instrument in het plan. '
      + 'Per gemeente een multidisciplinair team; outreach naar mensen die lang een uitkering hebben zonder begeleiding. Afsluiten met een exitgesprek, nazorg op verzoek.',
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application', 'web_form'], description: 'Digitaal aanvragen; de procesregisseur belt voor een eerste screening' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['other_team', 'gp', 'other'], description: 'Via een buurt- of wijkteam of een andere instelling' },
        { kind: 'outreach', channels: ['outreach'], description: 'De gebiedsteams nodigen iedereen uit die al lang een uitkering heeft maar buiten beeld is geraakt' },
        { kind: 'self_registration', channels: [...selfChannels], description: 'Zelf melden bij het Werkplein' },
      ],
      selfRegistration: { allowed: true },
      gates: {
        model: 'several',
        points: [{ team: 'werkplein', routes: ['benefit_application', 'self_registration', 'referral'] }, ...gatesAt(mdts, ['outreach', 'referral'])],
      },
    },
    teams: [{ key: 'werkplein', name: 'Werkplein', kind: 'central_hub', workplace: 'central' }, ...mdts],
    assignment: { by: ['postcode', 'triage'] },
    targetGroups: [
      { key: 'uitkeringsaanvragers', name: 'Iedereen die een uitkering aanvraagt', criteria: [{ kind: 'everyone', scope: 'benefit_applicants' }] },
      { key: 'buiten-beeld', name: 'Lang een uitkering, zonder begeleiding', criteria: [{ kind: 'receives_benefit' }, { kind: 'described', text: 'Al langere tijd een bijstandsuitkering, maar geen begeleiding (buiten beeld geraakt)' }] },
    ],
    roles: [
      { role: 'income_consultant', localName: 'procesregisseur', categories: (['income_benefit', 'work_participation'] as const).map((category) => ({ category, processingActivityId: 'work-income' })) },
      { role: 'work_professional', localName: 'klantregisseur', categories: [
        ...(['work_participation', 'income_benefit', 'health_work_capability', 'debt'] as const).map((category) => ({ category, processingActivityId: 'work-income' })),
        { category: 'social', processingActivityId: 'consent-sharing' },
      ] },
    ],
    mandates: [
      { decision: 'benefit', holder: { kind: 'regional_service', name: 'Regionale sociale dienst (voorbeeld)' }, note: 'De procesregisseur bewaakt de rechtmatigheid' },
      { decision: 'participation_instrument', holder: { kind: 'regional_service', name: 'Regionale sociale dienst (voorbeeld)' }, note: 'De klantregisseur neemt instrumenten op in het plan van aanpak' },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13', participationLadder: true },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'rsd', name: 'Regionale sociale dienst (voorbeeld)', kind: 'regional_service' },
      { key: 'welzijn', name: 'Welzijn Heuvelrand', kind: 'welfare' },
    ],
    staff: [
      { username: 'hanneke', name: 'Hanneke Mol', discipline: 'teamleider', profile: 't_shaped', employer: 'rsd', teams: [['mdt-rivierstad', 'coordinator', 'work_professional']], what: 'coördinator MDT Rivierstad' },
      { username: 'daan', name: 'Daan Kok', discipline: 'klantregisseur', profile: 't_shaped', employer: 'rsd', teams: [['mdt-rivierstad', 'member', 'work_professional']], what: 'klantregisseur MDT Rivierstad' },
      { username: 'priya', name: 'Priya Ramdin', discipline: 'procesregisseur', profile: 'specialist', employer: 'rsd', teams: [['mdt-rivierstad', 'member', 'income_consultant'], ['werkplein', 'member', 'income_consultant']], what: 'procesregisseur MDT Rivierstad en Werkplein' },
      { username: 'olaf', name: 'Olaf Timmer', discipline: 'participatiecoach', profile: 't_shaped', employer: 'rsd', teams: [['mdt-rivierstad', 'member', 'work_professional']], what: 'participatiecoach MDT Rivierstad' },
      { username: 'carla', name: 'Carla Jonker', discipline: 'coördinator Werkplein', profile: 't_shaped', employer: 'rsd', teams: [['werkplein', 'coordinator', 'income_consultant']], what: 'coördinator Werkplein' },
    ],
    households: [
      { ...families.kuipers, team: 'mdt-rivierstad', street: 'Dorpsstraat', postcode: '3701 AB', waiting: { channel: 'outreach', referrer: 'other', question: 'Uitgenodigd: vier jaar een uitkering, geen begeleiding. Wil graag werken, maar het is thuis onrustig.', daysAgo: 2 } },
      { ...families.pauw, team: 'mdt-rivierstad', street: 'Lindelaan', postcode: '3702 CD', workers: ['daan', 'daan'], openedDaysAgo: 75, contacts: 3 },
      { ...families.nowak, team: 'mdt-rivierstad', street: 'Dorpsstraat', postcode: '3701 AC', workers: ['priya', 'daan'], openedDaysAgo: 40, contacts: 2 },
      { ...families.santos, team: 'werkplein', street: 'Slotlaan', postcode: '3705 EF', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Digitale aanvraag bijstand; cv nog niet ingevuld.', daysAgo: 1 } },
      { ...families.meijer, team: 'mdt-rivierstad', street: 'Lindelaan', postcode: '3702 CE', workers: ['olaf', 'daan'], openedDaysAgo: 150, contacts: 6 },
      { ...families.haddou, team: 'mdt-rivierstad', street: 'Kerkweg', postcode: '3703 GH', waiting: { channel: 'outreach', referrer: 'other', question: 'Uitgenodigd: twee jaar een uitkering, geen traject. Alleenstaande moeder.', daysAgo: 3 } },
    ],
    catalogue: [
      {
        key: 'participatiecoach', name: 'Participatiecoach', kind: 'coaching', law: 'participatiewet',
        description: 'Intensievere begeleiding als instrument in het plan van aanpak: mogelijkheden, cv en motivatie, contact met het werkgeversservicepunt, sollicitatietraining.',
        provider: { name: 'Regionale sociale dienst (voorbeeld)' }, cost: { unit: 'free' }, durationWeeks: 26,
        request: { how: 'De klantregisseur neemt de coach op in het plan van aanpak.', decidedBy: 'Klantregisseur' },
        targetGroup: 'Klanten die met intensievere begeleiding naar werk kunnen, bijvoorbeeld ouderen of mensen na een burn-out', criteria: [{ ladderStepAtLeast: 2 }],
      },
      {
        key: 'cv-check', name: 'Cv-check en sollicitatietraining (jobcentre)', kind: 'education', law: 'participatiewet',
        description: 'Het cv nalopen en oefenen met solliciteren.', provider: { name: 'Jobcentre (voorbeeld)' }, cost: { unit: 'free' }, durationWeeks: 6,
        request: { how: 'Aanmelden door de klantregisseur.', decidedBy: 'Klantregisseur' }, targetGroup: 'Werkzoekenden', criteria: [{ seeksWork: true }],
      },
      {
        key: 'werkervaringsproject', name: 'Werkervaringsproject', kind: 'participation_place', law: 'participatiewet',
        description: 'Werkervaring opdoen in een project in de eigen gemeente.', provider: { name: 'Welzijn Heuvelrand' }, cost: { unit: 'per_month', amountEuros: 350 }, durationWeeks: 26,
        request: { how: 'Opnemen in het plan van aanpak.', decidedBy: 'Klantregisseur' }, targetGroup: 'Wie werkervaring nodig heeft', criteria: [{ ladderStepAtLeast: 3 }],
      },
      {
        key: 'vrijwilligerswerk', name: '(Begeleid) vrijwilligerswerk', kind: 'participation_place', law: 'participatiewet',
        description: 'Met de vrijwilligerscentrale een plek zoeken, zo nodig met begeleiding.', provider: { name: 'Vrijwilligerscentrale (voorbeeld)' }, cost: { unit: 'free' },
        request: { how: 'Samen met de vrijwilligerscentrale.', decidedBy: 'Klantregisseur' }, targetGroup: 'Wie nog niet klaar is voor betaald werk', criteria: [{ ladderStepAtMost: 4 }],
      },
    ],
  },
};
