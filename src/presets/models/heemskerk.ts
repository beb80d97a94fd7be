import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Medemblik / Heemskerk — source 004 (§2.3, §2.4, §2.6, §3.1, appendix):
 * - §2.3: "Zo hebben Medemblik en Heemskerk, achter de laagdrempelige wijkteams die snelle,
 *   lichte of eenvoudige hulp bieden, aparte zorg- of noodteams voor meer gespecialiseerde en
 *   zwaardere hulp en ondersteuning" (appendix: Medemblik 3 wijkteams, Heemskerk 3 teams).
 * - §2.4: "Gemeente Heemskerk geeft aan de sociale teams met het oog op de slagvaardigheid bewust
 *   klein te houden. De teams hier bestaan uit circa 5 personen."
 * - §3.1: "In veel gemeenten (zoals in Heemskerk) wordt een drie maanden grens in acht genomen.
 *   In andere gemeenten gaat het vooral om de inschatting in vijf tot max acht gesprekken de
 *   vraag te hebben afgehandeld. Indien men verwacht dat een 'behandeling' langer gaat duren
 *   wordt opgeschaald"; the heavy, multiple cases go to a specific team (note 24: Medemblik,
 *   Heemskerk), "Dat team kan ook consultatie aan het sociaal team geven" — it advises; the case
 *   stays with the team (escalation advice itself is issue 6).
 * - §2.6: five to eight contacts as a rule of thumb for referral to the second line.
 * - §3.1: each social team is the one gate of its area (the report's "centrale toegangspoort").
 * The upper end of "five to at most eight" talks is the contact threshold. W&I base model and
 * professional type are not described: apart and generalist. Model check: no warnings.
 */
const teams = areaTeams('neighbourhood', [['dorp', 'Sociaal Team Dorp'], ['duin', 'Sociaal Team Duin'], ['broek', 'Sociaal Team Broek']], 1961, 3,
  { description: 'Klein, laagdrempelig team van ongeveer vijf mensen voor snelle, lichte hulp' });

export const heemskerk: Preset = {
  key: 'heemskerk',
  aliases: ['medemblik', 'medemblik-heemskerk'],
  label: 'Voorbeeld Medemblik/Heemskerk',
  description: 'Drie kleine wijkteams met een zorg- en noodteam erachter; opschalen na drie maanden of acht gesprekken',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Drie kleine, laagdrempelige sociale teams van ongeveer vijf mensen voor snelle, lichte hulp, met daarachter een zorg- en noodteam voor zwaardere hulp '
      + 'dat consultatie geeft zonder de casus over te nemen. Wie langer dan drie maanden of meer dan acht gesprekken nodig heeft, wordt opgeschaald.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'hospital', 'school'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: gatesAt(teams, ['referral', 'self_registration']) },
    },
    teams: [
      ...teams,
      { key: 'noodteam', name: 'Zorg- en Noodteam', kind: 'escalation', caseResponsibility: 'advises_only', description: 'Gespecialiseerde, zwaardere hulp; geeft consultatie aan het sociaal team zonder de casus over te nemen' },
    ],
    assignment: { by: ['postcode'] },
    mandates: [
      municipalityDecides('wmo_provision', 'Het college; het sociaal team bereidt voor'),
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: 3, upscaleAfterContacts: 8, upscaleTo: 'noodteam' },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Medemblik/Heemskerk', kind: 'municipality' },
      { key: 'welzijn', name: 'Welzijn Kustzoom', kind: 'welfare' },
      { key: 'ggz', name: 'GGZ Kustzoom', kind: 'care' },
    ],
    staff: [
      { username: 'marjolein', name: 'Marjolein Vis', discipline: 'coördinator sociaal team', profile: 'generalist', employer: 'gemeente', teams: [['dorp', 'coordinator']], what: 'coördinator Sociaal Team Dorp' },
      { username: 'jesse', name: 'Jesse Wijnands', discipline: 'maatschappelijk werk', profile: 'generalist', employer: 'welzijn', teams: [['dorp', 'member']], what: 'lid Sociaal Team Dorp' },
      { username: 'hatice', name: 'Hatice Güler', discipline: 'Wmo-consulent', profile: 'generalist', employer: 'gemeente', teams: [['dorp', 'member', 'wmo_consultant']], what: 'Wmo-consulent Sociaal Team Dorp' },
      { username: 'rianne', name: 'Rianne Bosman', discipline: 'wijkverpleging', profile: 'generalist', employer: 'welzijn', teams: [['duin', 'coordinator']], what: 'coördinator Sociaal Team Duin' },
      { username: 'victor', name: 'Victor Lambrecht', discipline: 'psychiater', profile: 'specialist', employer: 'ggz', teams: [['noodteam', 'coordinator']], what: 'Zorg- en Noodteam (advies bij zware casussen)' },
    ],
    households: [
      { ...families.osei, team: 'dorp', street: 'Kerkplein', postcode: '1961 AB', workers: ['jesse', 'marjolein'], openedDaysAgo: 110, contacts: 4 },
      { ...families.yildiz, team: 'dorp', street: 'Kasteellaan', postcode: '1962 CD', workers: ['jesse', 'jesse'], openedDaysAgo: 40, contacts: 9 },
      { ...families.visser, team: 'dorp', street: 'Kerkplein', postcode: '1961 AC', workers: ['hatice', 'marjolein'], openedDaysAgo: 20, contacts: 2 },
      { ...families.bakker, team: 'dorp', street: 'Kasteellaan', postcode: '1962 CE', waiting: { channel: 'phone', referrer: 'self', question: 'Ik heb een vraag over opvoeden; mijn zoontje slaapt slecht en ik ook.', daysAgo: 1 } },
      { ...families.smits, team: 'dorp', street: 'Kerkplein', postcode: '1961 AD', waiting: { channel: 'referral', referrer: 'district_nurse', question: 'De wijkverpleging meldt: vader is overbelast door mantelzorg.', daysAgo: 2 } },
      { ...families.pauw, team: 'duin', street: 'Duinlaan', postcode: '1964 EF', workers: ['rianne', 'rianne'], openedDaysAgo: 30, contacts: 2 },
    ],
  },
};
