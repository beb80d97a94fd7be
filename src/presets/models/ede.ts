import { families } from '../demo-families.ts';
import { municipalityDecides } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Ede P-team — source 001 (§1.1–1.4, ch. 3):
 * - §3.1: the P-team (since January 2015) works on the Werkplein for "mensen met een
 *   arbeidsbeperking die naar verwachting binnen een jaar naar werk te begeleiden zijn";
 *   four professionals: "twee participatieregisseurs richten zich voornamelijk op de intake en
 *   begeleiding van klanten, en de twee accountmanagers op de toeleiding naar werk en
 *   werkgeversbenadering", with the regional employer service point.
 * - §3.2: access via the Werkplein (benefit application, intake team), other access points of
 *   the social domain (social teams, CJG), the schools' outflow meeting or UWV — no
 *   self-registration is described, so it is off here with where to go instead; intake with a
 *   first check "of de klant tot de doelgroep van het P-team hoort. Anders draagt het de klant
 *   weer over"; diagnosis instruments (assessments, psychological tests), then a trajectplan
 *   (result, route, term); placement: garantiebaan after an indicatie banenafspraak (UWV,
 *   doelgroepenregister), job coaching, beschut werk, trial placement, work-experience place;
 *   after a loonwaardemeting one W&I person pays the wage-cost subsidy to the employer;
 *   "ze moeten ook een integrale intake doen en registreren".
 * - §3.3: "Het domein waar de hoofdproblematiek van de klant speelt bepaalt wie de regisseur is";
 *   a weekly case meeting.
 * No caseload is given, so the model check's integral_intake_heavy_caseload does not fire
 * although §3.2 names the same burden. Model check: no warnings.
 */
export const ede: Preset = {
  key: 'ede',
  aliases: ['ede-p-team', 'p-team'],
  label: 'Voorbeeld Ede',
  description: 'Het P-team op het Werkplein: specialisten voor mensen met een arbeidsbeperking die binnen een jaar aan het werk kunnen',
  sources: ['001'],
  configuration: {
    schemaVersion: 1,
    summary: 'Het P-team werkt centraal op het Werkplein: twee participatieregisseurs (intake en begeleiding) en twee accountmanagers (werkgevers en plaatsing). '
      + 'Het team is er voor mensen met een arbeidsbeperking van wie verwacht wordt dat ze binnen een jaar aan het werk kunnen; wie niet tot die doelgroep hoort, wordt teruggegeven. '
      + 'Eerst diagnose, dan een trajectplan met resultaat, route en termijn.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'specialist',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'], description: 'Via het intaketeam van het Werkplein bij een uitkeringsaanvraag' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['municipality_department', 'other_team', 'school', 'uwv'], description: 'Via het Werkplein, de sociale teams, het CJG, het uitstroomoverleg van de scholen of UWV' },
      ],
      selfRegistration: {
        allowed: false,
        explanation: 'Bij het P-team meldt u zich niet zelf aan. U komt binnen via een uitkeringsaanvraag bij het Werkplein, of via een verwijzing van het sociaal team, het CJG, uw school of UWV. Heeft u vragen over werk? Ga naar het Werkplein.',
      },
      gates: { model: 'several', points: [{ team: 'intake', routes: ['benefit_application'] }, { team: 'p-team', routes: ['referral'] }] },
    },
    teams: [
      { key: 'intake', name: 'Intaketeam Werkplein', kind: 'intake', workplace: 'central' },
      { key: 'p-team', name: 'P-team', kind: 'work_participation', workplace: 'central', targetGroup: 'arbeidsbeperking-binnen-jaar', description: 'Twee participatieregisseurs en twee accountmanagers; wekelijks casusoverleg' },
    ],
    assignment: { by: ['target_group'] },
    targetGroups: [
      { key: 'arbeidsbeperking-binnen-jaar', name: 'Arbeidsbeperking, binnen een jaar aan het werk', description: 'Autisme, een psychische, verstandelijke of lichamelijke beperking of chronische ziekte; in de praktijk vooral jongeren',
        criteria: [{ kind: 'work_limitation' }, { kind: 'expected_work_within', months: 12 }] },
    ],
    roles: [
      { role: 'work_professional', localName: 'participatieregisseur', categories: [
        ...(['work_participation', 'income_benefit', 'health_work_capability', 'debt'] as const).map((category) => ({ category, processingActivityId: 'work-income' })),
        { category: 'social', processingActivityId: 'consent-sharing' },
      ] },
      { role: 'employer_services', localName: 'accountmanager', categories: [{ category: 'work_participation', processingActivityId: 'work-income' }] },
    ],
    mandates: [
      municipalityDecides('benefit', 'Afdeling Werk, Participatie en Inkomen'),
      { decision: 'participation_instrument', holder: { kind: 'team', team: 'p-team' }, note: 'Binnen de kaders: passend in de regionale afspraken over werkgeversdienstverlening en de banenafspraak' },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'everyone', instrument: 'zrm-13' },
    routing: { kind: 'ede_target_group', targetGroup: 'arbeidsbeperking-binnen-jaar', team: 'p-team', otherwise: 'hand_back', diagnosisBeforePlan: true },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Ede', kind: 'municipality' },
      { key: 'swbedrijf', name: 'Werkbedrijf Veluwezoom (sw-bedrijf)', kind: 'other' },
    ],
    staff: [
      { username: 'wendy', name: 'Wendy Schouten', discipline: 'participatieregisseur', profile: 'specialist', employer: 'gemeente', teams: [['p-team', 'coordinator', 'work_professional']], what: 'participatieregisseur, coördinator P-team' },
      { username: 'koen', name: 'Koen Willems', discipline: 'participatieregisseur', profile: 'specialist', employer: 'swbedrijf', teams: [['p-team', 'member', 'work_professional']], what: 'participatieregisseur P-team' },
      { username: 'jasmijn', name: 'Jasmijn Aydın', discipline: 'accountmanager', profile: 'specialist', employer: 'gemeente', teams: [['p-team', 'member', 'employer_services']], what: 'accountmanager werkgevers P-team' },
      { username: 'gerard', name: 'Gerard Pols', discipline: 'accountmanager', profile: 'specialist', employer: 'swbedrijf', teams: [['p-team', 'member', 'employer_services']], what: 'accountmanager werkgevers P-team' },
      { username: 'nina', name: 'Nina Vermeer', discipline: 'consulent intake', profile: 'generalist', employer: 'gemeente', teams: [['intake', 'coordinator', 'work_professional']], what: 'consulent Intaketeam Werkplein' },
    ],
    households: [
      { ...families.vos, team: 'p-team', street: 'Bosrand', postcode: '6711 AB', waiting: { channel: 'referral', referrer: 'school', question: 'Aangemeld via het uitstroomoverleg van het praktijkonderwijs: wil graag in het groen werken.', daysAgo: 2 } },
      { ...families.santos, team: 'intake', street: 'Stationsweg', postcode: '6712 CD', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag uitkering na het einde van een dienstverband in de sociale werkvoorziening.', daysAgo: 1 } },
      { ...families.bakker, team: 'p-team', street: 'Heideveld', postcode: '6713 EF', workers: ['koen', 'wendy'], openedDaysAgo: 90, contacts: 5 },
      { ...families.hoekstra, team: 'p-team', street: 'Bosrand', postcode: '6711 AC', workers: ['wendy', 'wendy'], openedDaysAgo: 45, contacts: 3 },
      { ...families.haddou, team: 'p-team', street: 'Molenveld', postcode: '6714 GH', workers: ['koen', 'koen'], openedDaysAgo: 20, contacts: 1 },
      { ...families.dekker, team: 'p-team', street: 'Heideveld', postcode: '6713 EG', waiting: { channel: 'referral', referrer: 'uwv', question: 'UWV meldt aan: indicatie banenafspraak afgegeven, zoekt begeleiding naar een garantiebaan.', daysAgo: 3 } },
    ],
    catalogue: [
      {
        key: 'diagnose', name: 'Aanvullende diagnose (assessment, psychologisch onderzoek)', kind: 'other', law: 'participatiewet',
        description: 'Als er te weinig bekend is: een assessment of psychologische test vóór het trajectplan.',
        provider: { name: 'Bureau Werkvermogen' }, cost: { unit: 'per_trajectory', amountEuros: 950 }, durationWeeks: 4,
        request: { how: 'De participatieregisseur vraagt het aan na de intake.', decidedBy: 'Participatieregisseur' },
        targetGroup: 'Doelgroep P-team', criteria: [{ targetGroup: 'arbeidsbeperking-binnen-jaar' }],
      },
      {
        key: 'garantiebaan', name: 'Garantiebaan (banenafspraak)', kind: 'work_trajectory', law: 'participatiewet',
        description: 'Na een indicatie banenafspraak van UWV en opname in het doelgroepenregister bemiddelen de accountmanagers naar een garantiebaan.',
        provider: { name: 'Werkgeversservicepunt (regio)' }, cost: { unit: 'free' },
        request: { how: 'De gemeente vraagt bij UWV de indicatie banenafspraak aan; daarna bemiddelt de accountmanager.', decidedBy: 'UWV (indicatie), accountmanager (bemiddeling)' },
        targetGroup: 'Mensen met een arbeidsbeperking in het doelgroepenregister', criteria: [{ targetGroup: 'arbeidsbeperking-binnen-jaar' }, { seeksWork: true }],
      },
      {
        key: 'jobcoaching', name: 'Jobcoaching', kind: 'coaching', law: 'participatiewet',
        description: 'Begeleiding op de werkplek na plaatsing, door het P-team of een jobcoach van de werkgever.',
        provider: { name: 'P-team / jobcoachorganisatie' }, cost: { unit: 'per_hour', amountEuros: 70 }, durationWeeks: 52,
        request: { how: 'Afspreken bij plaatsing, met werkgever en werknemer.', decidedBy: 'Accountmanager' },
        targetGroup: 'Wie geplaatst is en begeleiding nodig heeft', criteria: [{ ladderStepAtLeast: 5 }],
      },
      {
        key: 'proefplaatsing', name: 'Proefplaatsing', kind: 'work_trajectory', law: 'participatiewet',
        description: 'Met behoud van uitkering een paar maanden proefdraaien bij een werkgever.',
        provider: { name: 'Werkgevers in de regio' }, cost: { unit: 'free' }, durationWeeks: 12,
        request: { how: 'De accountmanager regelt het met de werkgever.', decidedBy: 'Accountmanager' },
        targetGroup: 'Wie bijna aan het werk kan', criteria: [{ targetGroup: 'arbeidsbeperking-binnen-jaar' }, { ladderStepAtLeast: 4 }],
      },
      {
        key: 'beschut-werk', name: 'Beschut werk', kind: 'work_trajectory', law: 'participatiewet',
        description: 'Een dienstverband in een beschutte omgeving, na advies van UWV.',
        provider: { name: 'Werkbedrijf Veluwezoom (sw-bedrijf)' }, cost: { unit: 'per_month', amountEuros: 1650 },
        request: { how: 'Advies beschut werk aanvragen bij UWV; daarna besluit de gemeente.', decidedBy: 'Gemeente, na advies van UWV' },
        targetGroup: 'Wie alleen met veel begeleiding kan werken', criteria: [{ ladderStepAtLeast: 2 }, { ladderStepAtMost: 4 }],
      },
      {
        key: 'werkervaringsplek', name: 'Werkervaringsplek', kind: 'participation_place', law: 'participatiewet',
        description: 'Werkritme opbouwen op een werkplek, ook binnen de gemeente.', provider: { name: 'Werkbedrijf Veluwezoom (sw-bedrijf)' },
        cost: { unit: 'per_month', amountEuros: 400 }, durationWeeks: 26,
        request: { how: 'De participatieregisseur neemt het op in het trajectplan.', decidedBy: 'Participatieregisseur' },
        targetGroup: 'Wie werkritme moet opbouwen', criteria: [{ ladderStepAtLeast: 3 }],
      },
      {
        key: 'loonkostensubsidie', name: 'Loonkostensubsidie na loonwaardemeting', kind: 'subsidy', law: 'participatiewet',
        description: 'Een loonwaardemeting op de werkplek stelt de loonwaarde vast; één medewerker Werk en Inkomen betaalt de subsidie meteen uit aan de werkgever.',
        provider: { name: 'Gemeente Voorbeeld Ede, Werk en Inkomen' }, cost: { unit: 'per_month', amountEuros: 1100 },
        request: { how: 'De accountmanager laat de loonwaardemeting doen.', decidedBy: 'Gemeente' },
        targetGroup: 'Werknemers met een loonwaarde onder het minimumloon', criteria: [{ targetGroup: 'arbeidsbeperking-binnen-jaar' }, { ladderStepAtLeast: 5 }],
      },
    ],
  },
};
