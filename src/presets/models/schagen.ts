import { families } from '../demo-families.ts';
import { areaTeams, municipalityDecides } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Schagen — source 004 (§2.1, §2.3, §2.7, §3.1, appendix):
 * - §2.1: "Schagen, waar is gekozen voor een structuur met vier sociale teams, die zich
 *   gemiddeld elk op 11.572 inwoners richten … (bijvoorbeeld: Teams Noord, Oost, Zuid en West in
 *   Schagen)".
 * - §2.3: "Koggenland en Schagen hebben (vrijwel) alle professionals in gemeentelijke dienst".
 * - §2.7: "In Schagen bijvoorbeeld is er een kwaliteitsteam ingericht met drie gemeentelijke
 *   medewerkers, die de linking pin tussen de wijkteams, het loket en de buitenwereld vormen.
 *   Zij fungeren als vraagbaak voor wijkteamconsulenten".
 * - §3.1 (note 18/20): "Wij hanteren de 'click-call-face' benadering: mensen klikken op de site
 *   voor informatie, bellen naar het sociaal telefoonteam om zich aan te melden. Daarna kan een
 *   huisbezoek door een wijkteamconsulent voor een brede uitvraag volgen."
 * The W&I base model and professional type are not described: apart and generalist. Postcode
 * blocks are made up. Model check: no warnings.
 */
const wijkteams = areaTeams('neighbourhood', [['noord', 'Wijkteam Noord'], ['oost', 'Wijkteam Oost'], ['zuid', 'Wijkteam Zuid'], ['west', 'Wijkteam West']], 1741, 4,
  { description: 'Wijkteam van gemeentelijke consulenten; huisbezoek voor een brede uitvraag' });

export const schagen: Preset = {
  key: 'schagen',
  label: 'Voorbeeld Schagen',
  description: 'Vier wijkteams Noord, Oost, Zuid en West in gemeentedienst, aanmelden via click-call-face en een kwaliteitsteam als vraagbaak',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Vier wijkteams (Noord, Oost, Zuid, West) met (vrijwel) alle professionals in gemeentelijke dienst. Aanmelden via click-call-face: informatie op de website, '
      + 'aanmelden bij het sociaal telefoonteam, daarna een huisbezoek door een wijkteamconsulent. Een kwaliteitsteam van drie gemeentelijke medewerkers is vraagbaak en schakel.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'self_registration', channels: ['phone', 'web_form', 'email', 'walk_in'], description: 'Click-call-face: informatie op de website, aanmelden bij het sociaal telefoonteam, daarna een huisbezoek' },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'hospital', 'municipality_department'] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'telefoonteam', routes: ['self_registration', 'referral'] }] },
    },
    teams: [
      { key: 'telefoonteam', name: 'Sociaal telefoonteam', kind: 'intake', workplace: 'central', description: 'Neemt aanmeldingen aan en plant het huisbezoek' },
      ...wijkteams,
      { key: 'kwaliteitsteam', name: 'Kwaliteitsteam', kind: 'other', workplace: 'central', caseResponsibility: 'none', description: 'Drie gemeentelijke medewerkers: vraagbaak voor de wijkteamconsulenten, schakel naar loket en buitenwereld' },
    ],
    assignment: { by: ['postcode', 'triage'] },
    mandates: [
      municipalityDecides('wmo_provision', 'Het college; het wijkteam bereidt voor'),
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [{ key: 'gemeente', name: 'Gemeente Voorbeeld Schagen', kind: 'municipality' }],
    staff: [
      { username: 'tineke', name: 'Tineke Bakx', discipline: 'medewerker telefoonteam', profile: 'generalist', employer: 'gemeente', teams: [['telefoonteam', 'coordinator']], what: 'sociaal telefoonteam (dagstart van de aanmeldingen)' },
      { username: 'harm', name: 'Harm Kooiman', discipline: 'wijkteamconsulent', profile: 'generalist', employer: 'gemeente', teams: [['noord', 'coordinator']], what: 'coördinator Wijkteam Noord' },
      { username: 'sofie', name: 'Sofie Biemans', discipline: 'wijkteamconsulent', profile: 'generalist', employer: 'gemeente', teams: [['noord', 'member']], what: 'consulent Wijkteam Noord' },
      { username: 'wim', name: 'Wim Zeeman', discipline: 'wijkteamconsulent', profile: 'generalist', employer: 'gemeente', teams: [['west', 'coordinator']], what: 'coördinator Wijkteam West' },
      { username: 'carolien', name: 'Carolien Duin', discipline: 'kwaliteitsteam', profile: 'generalist', employer: 'gemeente', teams: [['kwaliteitsteam', 'member']], what: 'kwaliteitsteam (vraagbaak, geen casussen)' },
    ],
    households: [
      { ...families.nowak, team: 'telefoonteam', street: 'Noordstraat', postcode: '1742 AB', waiting: { channel: 'phone', referrer: 'self', question: 'Gebeld na het lezen van de website: hulp nodig bij de opvoeding en geldzorgen.', daysAgo: 1 } },
      { ...families.brink, team: 'telefoonteam', street: 'Westerweg', postcode: '1754 CD', waiting: { channel: 'phone', referrer: 'informal_carer', question: 'De zoon belt: vader redt het niet meer alleen thuis.', daysAgo: 0 } },
      { ...families.haddou, team: 'noord', street: 'Noordstraat', postcode: '1742 AC', workers: ['sofie', 'harm'], openedDaysAgo: 35, contacts: 2 },
      { ...families.kuipers, team: 'noord', street: 'Laan', postcode: '1743 EF', workers: ['harm', 'harm'], openedDaysAgo: 60, contacts: 3 },
      { ...families.santos, team: 'noord', street: 'Noordstraat', postcode: '1742 AD', workers: ['sofie', 'sofie'], openedDaysAgo: 12 },
      { ...families.meijer, team: 'west', street: 'Westerweg', postcode: '1754 CE', workers: ['wim', 'wim'], openedDaysAgo: 45, contacts: 2 },
    ],
  },
};
