import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Breda — source 003 (§1.3, §2.1, §2.2, §3.3):
 * - "Breda heeft een speciaal fonds om in schrijnende situaties achter de voordeur snel hulp te
 *   kunnen bieden. Het Wmo-team kan dat fonds ook aanspreken."
 * - "Het Wmo-team in Breda vraagt de klant om zelf of met de hulp van familie of vrienden de
 *   eigen situatie te beschrijven aan de hand van een formulier dat is afgeleid van de
 *   Zelfredzaamheidsmatrix … Samen formuleren ze de hulpvraag en stellen ze een persoonlijk plan
 *   met doelen op … De professionals evalueren regelmatig met de klant de voortgang."
 * - The participatiecoaches (§3.3, "De rol van de T-shaped professional"): "Nu werken we nog
 *   steeds in bepaalde wijken mee in het Wmo-team, maar zijn we ook als specialist participatie
 *   een vraagbaak voor de alle Wmo-teammedewerkers in de stad"; coaches outside the Wmo-team
 *   point clients to activities in a social business building.
 * - A manager backs well-argued custom decisions ("Ik steun hun beslissingen als die goed
 *   gemotiveerd zijn genomen").
 * The number of Wmo-teams and the access routes are not described; four teams and made-up
 * postcode blocks are used. Model check: no warnings (the fund is in the teams' mandates).
 */
const wmoTeams = areaTeams('neighbourhood', [
  ['noord', 'Wmo-team Noord'], ['oost', 'Wmo-team Oost'], ['zuid', 'Wmo-team Zuid'], ['west', 'Wmo-team West'],
], 4811, 5, { description: 'Wmo-team; in sommige wijken werkt een participatiecoach mee' });

export const breda: Preset = {
  key: 'breda',
  label: 'Voorbeeld Breda',
  description: 'Wmo-teams met participatiecoaches (T-shaped), zelfbeschrijving op een ZRM-formulier, een persoonlijk plan en een fonds voor schrijnende situaties',
  sources: ['003'],
  configuration: {
    schemaVersion: 1,
    summary: 'Wmo-teams per wijk. De inwoner beschrijft de eigen situatie op een formulier afgeleid van de ZRM; samen volgt een persoonlijk plan met doelen dat regelmatig wordt geëvalueerd. '
      + 'Participatiecoaches werken in sommige wijken mee in het Wmo-team en zijn voor alle teams specialist participatie. Een fonds voor snelle hulp in schrijnende situaties.',
    baseModel: 'partieel',
    workGuidance: 'combined',
    professionalProfile: 't_shaped',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'municipality_department', 'other'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: gatesAt(wmoTeams, ['referral', 'self_registration']) },
    },
    teams: [
      ...wmoTeams,
      { key: 'participatiecoaches', name: 'Participatiecoaches', kind: 'work_participation', workplace: 'both', caseResponsibility: 'advises_only', description: 'Specialist participatie en vraagbaak voor alle Wmo-teams in de stad' },
    ],
    assignment: { by: ['postcode', 'triage'] },
    mandates: [
      ...wmoTeams.map((t) => ({ decision: 'custom_budget' as const, holder: { kind: 'team' as const, team: t.key }, discretionaryRoom: ['schrijnend'] })),
      municipalityDecides('wmo_provision', 'Het college; het Wmo-team bereidt voor'),
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    discretionaryRoom: [
      { key: 'schrijnend', description: 'Snelle hulp uit een speciaal fonds in schrijnende situaties achter de voordeur', policy: 'Armoedebeleid: fonds voor schrijnende situaties' },
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Breda', kind: 'municipality' },
      { key: 'werkbedrijf', name: 'Werkbedrijf Markdal', kind: 'other' },
    ],
    staff: [
      { username: 'hester', name: 'Hester Wagenaar', discipline: 'teamleider Wmo', profile: 't_shaped', employer: 'gemeente', teams: [['noord', 'coordinator', 'wmo_consultant']], what: 'coördinator Wmo-team Noord' },
      { username: 'bart', name: 'Bart Michiels', discipline: 'Wmo-consulent', profile: 't_shaped', employer: 'gemeente', teams: [['noord', 'member', 'wmo_consultant']], what: 'Wmo-consulent Wmo-team Noord' },
      { username: 'naima', name: 'Naima Chaouki', discipline: 'participatiecoach', profile: 't_shaped', employer: 'werkbedrijf', teams: [['noord', 'member', 'work_professional'], ['participatiecoaches', 'member', 'work_professional']], what: 'participatiecoach in Wmo-team Noord en voor de hele stad' },
      { username: 'wouter', name: 'Wouter Segers', discipline: 'participatiecoach', profile: 't_shaped', employer: 'werkbedrijf', teams: [['participatiecoaches', 'coordinator', 'work_professional']], what: 'coördinator participatiecoaches' },
    ],
    households: [
      { ...families.pauw, team: 'noord', street: 'Markstraat', postcode: '4812 AB', workers: ['bart', 'hester'], openedDaysAgo: 50, contacts: 3 },
      { ...families.smits, team: 'noord', street: 'Haagweg', postcode: '4813 CD', workers: ['naima', 'bart'], openedDaysAgo: 35, contacts: 2 },
      { ...families.visser, team: 'noord', street: 'Markstraat', postcode: '4812 AC', workers: ['bart', 'bart'], openedDaysAgo: 15 },
      { ...families.haddou, team: 'noord', street: 'Haagweg', postcode: '4813 CE', waiting: { channel: 'web_form', referrer: 'self', question: 'Zelf beschreven op het formulier: geen geld meer voor eten deze week, de kinderen moeten naar school.', urgent: ['acute_debt'], daysAgo: 0 } },
      { ...families.meijer, team: 'noord', street: 'Markstraat', postcode: '4812 AD', waiting: { channel: 'phone', referrer: 'informal_carer', question: 'De buurvrouw belt: mevrouw redt het niet meer alleen in huis.', daysAgo: 2 } },
      { ...families.kuipers, team: 'noord', street: 'Haagweg', postcode: '4814 EF', workers: ['naima', 'hester'], openedDaysAgo: 70, contacts: 4 },
    ],
  },
};
