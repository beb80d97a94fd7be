import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Apeldoorn pilot — source 001 (§1.1–1.4, ch. 7):
 * - §7: four wijkteams "voor de ondersteuning van mensen met meervoudige problematiek en
 *   beperkte zelfredzaamheid"; since September 2015 work and income were added to the two
 *   northern teams: one klantmanager per pilot team (12 hours a week in the team) and one
 *   accountmanager werkgeversdiensten for both; the team also has a municipal klantmanager schuld
 *   and a Wmo consultant.
 * - §7.1: "De klantmanagers voeren alleen het deel van het traject uit dat toeleidt naar werk …
 *   Ze stemmen de voortgang af met de casemanager die de regie heeft over de casus … de
 *   casemanager houdt de regie".
 * - §7.2: "Klanten worden bij het wijkteam aangemeld via een verwijzer zoals het Wmo-loket, de
 *   Stadsbank, het Werkplein, een zorginstelling of een woningcorporatie. Een klant kan zichzelf
 *   niet direct aanmelden bij het wijkteam"; the casemanager can flag a client "op een overzicht
 *   van de participatiesituatie van alle klanten"; a trajectory "wordt daarom tijdelijk
 *   stopgezet" during a hospital treatment, addiction care first and work after; the klantmanager
 *   "heeft echter de bevoegdheid om bij voldoende argumenten toch een traject in te zetten" for
 *   someone outside the Participatiewet.
 * - §7.3: "de klantmanager heeft toegang tot het klantvolgsysteem van de gemeente voor werk en
 *   inkomen, maar de casemanagers van de wijkteams niet"; weekly meetings alternating case
 *   discussion and policy themes; "twee petten".
 * Model check: no warnings (the discretionary room has its mandate).
 */
const wijkteams = areaTeams('neighbourhood', [
  ['noordwest', 'Wijkteam Noordwest'], ['noordoost', 'Wijkteam Noordoost'], ['zuidwest', 'Wijkteam Zuidwest'], ['zuidoost', 'Wijkteam Zuidoost'],
], 7311, 6, { targetGroup: 'meervoudig' });
for (const t of wijkteams.slice(0, 2)) t.description = 'Pilotteam Participatie: met een klantmanager werk (12 uur per week) en de accountmanager werkgeversdiensten';

export const apeldoorn: Preset = {
  key: 'apeldoorn',
  label: 'Voorbeeld Apeldoorn',
  description: 'Pilot met een klantmanager werk in twee van vier wijkteams; alleen via verwijzing, de casemanager houdt de regie',
  sources: ['001'],
  configuration: {
    schemaVersion: 1,
    summary: 'Vier wijkteams voor mensen met meervoudige problemen en beperkte zelfredzaamheid. In de twee noordelijke pilotteams zit een klantmanager werk (12 uur per week) '
      + 'en zoekt een accountmanager werkgeversdiensten participatieplekken. Alleen via een verwijzer; zelf aanmelden kan niet. De casemanager houdt de regie, '
      + 'de klantmanager doet alleen het werkdeel en is de enige die het systeem van Werk en Inkomen inziet. Een traject kan gepauzeerd worden, bijvoorbeeld tijdens een ziekenhuisopname.',
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['municipality_department', 'hospital', 'other'], description: 'Via een verwijzer: het Wmo-loket, de kredietbank, het Werkplein, een zorginstelling of een woningcorporatie' },
      ],
      selfRegistration: {
        allowed: false,
        explanation: 'U kunt zich niet zelf aanmelden bij het wijkteam. Het wijkteam start na een verwijzing, bijvoorbeeld door het Wmo-loket, de kredietbank, het Werkplein, een zorginstelling of uw woningcorporatie. Neem contact op met een van hen; zij melden u aan.',
      },
      gates: { model: 'several', points: gatesAt(wijkteams, ['referral']) },
    },
    teams: wijkteams,
    assignment: { by: ['postcode', 'triage'] },
    targetGroups: [
      { key: 'meervoudig', name: 'Meervoudige problemen en beperkte zelfredzaamheid', criteria: [{ kind: 'multiple_problems' }, { kind: 'limited_self_reliance' }] },
    ],
    roles: [
      { role: 'generalist', localName: 'casemanager', categories: (['social', 'work_participation', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety'] as const)
        .map((category) => ({ category, processingActivityId: 'social-support' })) },
      { role: 'work_professional', localName: 'klantmanager werk', categories: (['work_participation', 'income_benefit', 'health_work_capability'] as const)
        .map((category) => ({ category, processingActivityId: 'work-income' })) },
      { role: 'employer_services', localName: 'accountmanager werkgeversdiensten', categories: [{ category: 'work_participation', processingActivityId: 'work-income' }] },
    ],
    mandates: [
      { ...municipalityDecides('participation_instrument', 'Werkplein: de klantmanager werk'), discretionaryRoom: ['traject-buiten-participatiewet'] },
      municipalityDecides('benefit', 'Werkplein, afdeling Inkomen'),
      municipalityDecides('wmo_provision', 'Het college; de Wmo-consulent in het wijkteam bereidt voor'),
    ],
    discretionaryRoom: [
      { key: 'traject-buiten-participatiewet', description: 'Bij voldoende argumenten een traject inzetten voor iemand die niet onder de Participatiewet valt (bijvoorbeeld een taalcursus)', policy: 'Pilot Participatie in sociale wijkteams' },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Apeldoorn', kind: 'municipality' },
      { key: 'zorg', name: 'Stichting Zorg en Perspectief', kind: 'care' },
    ],
    staff: [
      { username: 'gijs', name: 'Gijs Mulders', discipline: 'teammanager', profile: 't_shaped', employer: 'gemeente', teams: [['noordwest', 'coordinator']], what: 'teammanager Wijkteam Noordwest' },
      { username: 'marit', name: 'Marit Postma', discipline: 'casemanager (cliëntondersteuning)', profile: 't_shaped', employer: 'zorg', teams: [['noordwest', 'member']], what: 'casemanager Wijkteam Noordwest' },
      { username: 'sevda', name: 'Sevda Arslan', discipline: 'casemanager (GGZ)', profile: 't_shaped', employer: 'zorg', teams: [['noordwest', 'member']], what: 'casemanager Wijkteam Noordwest' },
      { username: 'jeroen', name: 'Jeroen van Dam', discipline: 'klantmanager werk', profile: 'specialist', employer: 'gemeente', teams: [['noordwest', 'member', 'work_professional']], what: 'klantmanager werk (12 uur) in Wijkteam Noordwest' },
      { username: 'ayla', name: 'Ayla Kaya', discipline: 'accountmanager werkgeversdiensten', profile: 'specialist', employer: 'gemeente', teams: [['noordwest', 'member', 'employer_services'], ['noordoost', 'member', 'employer_services']], what: 'accountmanager werkgeversdiensten, beide pilotteams' },
      { username: 'pieter', name: 'Pieter Vink', discipline: 'teammanager', profile: 't_shaped', employer: 'gemeente', teams: [['zuidwest', 'coordinator']], what: 'teammanager Wijkteam Zuidwest (geen pilotteam)' },
    ],
    households: [
      { ...families.smits, team: 'noordwest', street: 'Kanaalstraat', postcode: '7312 AB', workers: ['jeroen', 'marit'], openedDaysAgo: 60, contacts: 3 },
      { ...families.hoekstra, team: 'noordwest', street: 'Beekweg', postcode: '7313 CD', workers: ['sevda', 'sevda'], openedDaysAgo: 90, contacts: 5 },
      { ...families.osei, team: 'noordwest', street: 'Kanaalstraat', postcode: '7312 AC', workers: ['marit', 'marit'], openedDaysAgo: 30, contacts: 2 },
      { ...families.rachidi, team: 'noordwest', street: 'Beekweg', postcode: '7313 CE', waiting: { channel: 'referral', referrer: 'other', question: 'De woningcorporatie verwijst: huurachterstand, de kinderen gaan niet naar school, moeder is overbelast.', urgent: ['eviction'], daysAgo: 1 } },
      { ...families.bakker, team: 'noordwest', street: 'Parklaan', postcode: '7314 EF', waiting: { channel: 'referral', referrer: 'municipality_department', question: 'Het Wmo-loket verwijst: jonge moeder met schulden en weinig steun, wil graag aan het werk.', daysAgo: 2 } },
      { ...families.kuipers, team: 'zuidwest', street: 'Zuiderlaan', postcode: '7323 GH', waiting: { channel: 'phone', referrer: 'hospital', question: 'Het ziekenhuis belt: na ontslag is thuis hulp nodig, er spelen ook geldzorgen.', daysAgo: 1 } },
      { ...families.vos, team: 'zuidwest', street: 'Zuiderlaan', postcode: '7323 GJ', workers: ['pieter', 'pieter'], openedDaysAgo: 25 },
    ],
    catalogue: [
      {
        key: 'jobcoaching', name: 'Jobcoaching', kind: 'coaching', law: 'participatiewet', description: 'Begeleiding op de werkplek na plaatsing.',
        provider: { name: 'Werkplein (voorbeeld)' }, cost: { unit: 'per_hour', amountEuros: 65 }, durationWeeks: 26,
        request: { how: 'De klantmanager werk vraagt het aan.', decidedBy: 'Klantmanager werk' }, targetGroup: 'Wie aan het werk gaat en begeleiding nodig heeft', criteria: [{ ladderStepAtLeast: 5 }],
      },
      {
        key: 'proefplaatsing', name: 'Proefplaatsing', kind: 'work_trajectory', law: 'participatiewet', description: 'Met behoud van uitkering proefdraaien bij een werkgever.',
        provider: { name: 'Werkplein (voorbeeld)' }, cost: { unit: 'free' }, durationWeeks: 8,
        request: { how: 'Via de accountmanager werkgeversdiensten.', decidedBy: 'Klantmanager werk' }, targetGroup: 'Wie bijna aan het werk kan', criteria: [{ ladderStepAtLeast: 4 }],
      },
      {
        key: 'loonkostensubsidie', name: 'Loonkostensubsidie', kind: 'subsidy', law: 'participatiewet', description: 'Subsidie aan de werkgever voor het verschil tussen loonwaarde en loon.',
        provider: { name: 'Werkplein (voorbeeld)' }, cost: { unit: 'per_month', amountEuros: 1000 },
        request: { how: 'Na een loonwaardemeting.', decidedBy: 'Werkplein' }, targetGroup: 'Werknemers met een loonwaarde onder het minimumloon', criteria: [{ ladderStepAtLeast: 5 }],
      },
      {
        key: 'participatieplek', name: 'Participatieplek (talentproject)', kind: 'participation_place', law: 'participatiewet', description: 'Meedoen en talenten ontdekken op een participatieplek.',
        provider: { name: 'Talentproject (voorbeeld)' }, cost: { unit: 'free' }, durationWeeks: 26,
        request: { how: 'De accountmanager werkgeversdiensten zoekt een plek.', decidedBy: 'Klantmanager werk' }, targetGroup: 'Wie nog niet aan betaald werk toe is', criteria: [{ ladderStepAtMost: 4 }],
      },
      {
        key: 'taalcursus', name: 'Taalcursus Nederlands', kind: 'education', law: 'other', description: 'Nederlands leren, ook voor wie niet onder de Participatiewet valt (met argumenten van de klantmanager).',
        provider: { name: 'Taalschool (voorbeeld)' }, cost: { unit: 'per_trajectory', amountEuros: 900 }, durationWeeks: 20,
        request: { how: 'De klantmanager meldt aan en gaat zo nodig mee naar de aanbieder.', decidedBy: 'Klantmanager werk' }, targetGroup: 'Wie beter Nederlands nodig heeft voor werk', criteria: [{ ageBetween: [18, 67] }],
      },
    ],
  },
};
