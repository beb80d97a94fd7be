import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Amsterdam Samen DOEN — source 003 (§2.1 and the klantmanager's quote in §2.1, §3.2):
 * - "Amsterdam heeft 26 buurtteams. Deze Samen DOEN-teams zetten zich in voor Amsterdammers met
 *   meerdere problemen"; home visits, listening at the kitchen table, "het principe van één
 *   huishouden, één plan, één regisseur"; a recognisable base in the neighbourhood but mostly
 *   "op de straat of aan de keukentafel".
 * - "In Amsterdam maken we gebruik van de Zelfredzaamheidsmatrix. Daarmee brengen we de situatie
 *   van de klant op alle leefgebieden in kaart"; the klantmanager consults the casemanager on
 *   the right moment for re-integration ("Eerst nog hulpverlening?").
 * - "In Amsterdam-Noord zijn de klantmanagers als specialist bij het sociaal wijkteam betrokken.
 *   Ze schuiven aan bij het casusoverleg" — W&I is called in, not a member.
 * Access, mandates and norms are not described; the postcode blocks are made up.
 * Model check: no warnings (no caseload is given).
 */
const districts = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West', 'Nieuw-West', 'Zuidoost'];
const buurtteams = areaTeams('neighbourhood', Array.from({ length: 26 }, (_, i) => {
  const district = districts[i % districts.length]!;
  const number = Math.floor(i / districts.length) + 1;
  return [`${district.toLowerCase()}-${number}`, `Buurtteam ${district} ${number}`] as [string, string];
}), 1011, 3, { targetGroup: 'meerdere-problemen', description: 'Samen DOEN-buurtteam: huisbezoek, keukentafelgesprek, één huishouden één plan één regisseur' });

export const amsterdam: Preset = {
  key: 'amsterdam',
  aliases: ['samen-doen', 'amsterdam-samen-doen'],
  label: 'Voorbeeld Amsterdam Samen DOEN',
  description: '26 buurtteams voor huishoudens met meerdere problemen: keukentafel, ZRM op alle leefgebieden, één plan, één regisseur',
  sources: ['003'],
  configuration: {
    schemaVersion: 1,
    summary: '26 buurtteams (Samen DOEN) voor huishoudens met meerdere problemen: huisbezoek, luisteren aan de keukentafel, één huishouden, één plan, één regisseur, '
      + 'de Zelfredzaamheidsmatrix over alle leefgebieden. De klantmanager schuift als specialist aan bij het casusoverleg en overlegt met de casemanager over het moment van re-integratie.',
    baseModel: 'apart',
    workGuidance: 'combined',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'school', 'police', 'municipality_department', 'other'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: gatesAt(buurtteams, ['referral', 'self_registration']) },
    },
    teams: buurtteams,
    assignment: { by: ['postcode'] },
    targetGroups: [{ key: 'meerdere-problemen', name: 'Huishoudens met meerdere problemen', criteria: [{ kind: 'multiple_problems', minimumDomains: 2 }] }],
    mandates: [municipalityDecides('benefit', 'Afdeling Werk en Inkomen')],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'everyone', instrument: 'zrm-13', participationLadder: false },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Amsterdam', kind: 'municipality' },
      { key: 'buurtwerk', name: 'Stichting Buurtwerk Samen (hoofdaannemer)', kind: 'main_contractor' },
    ],
    staff: [
      { username: 'ingeborg', name: 'Ingeborg Blom', discipline: 'teamleider', profile: 'generalist', employer: 'buurtwerk', teams: [['noord-1', 'coordinator']], what: 'coördinator Buurtteam Noord 1' },
      { username: 'mohamed', name: 'Mohamed Ziani', discipline: 'casemanager', profile: 'generalist', employer: 'buurtwerk', teams: [['noord-1', 'member']], what: 'casemanager Buurtteam Noord 1' },
      { username: 'anouk', name: 'Anouk Prins', discipline: 'casemanager', profile: 'generalist', employer: 'buurtwerk', teams: [['noord-1', 'member']], what: 'casemanager Buurtteam Noord 1' },
      { username: 'vincent', name: 'Vincent Huisman', discipline: 'teamleider', profile: 'generalist', employer: 'buurtwerk', teams: [['oost-1', 'coordinator']], what: 'coördinator Buurtteam Oost 1' },
    ],
    households: [
      { ...families.osei, team: 'noord-1', street: 'Waterlandpad', postcode: '1014 AB', workers: ['mohamed', 'ingeborg'], openedDaysAgo: 80, contacts: 4 },
      { ...families.rachidi, team: 'noord-1', street: 'IJdijk', postcode: '1015 CD', workers: ['anouk', 'anouk'], openedDaysAgo: 45, contacts: 3 },
      { ...families.dekker, team: 'noord-1', street: 'Waterlandpad', postcode: '1014 AC', workers: ['mohamed', 'mohamed'], openedDaysAgo: 20, contacts: 1 },
      { ...families.yildiz, team: 'noord-1', street: 'IJdijk', postcode: '1016 EF', waiting: { channel: 'referral', referrer: 'school', question: 'De school maakt zich zorgen: de oudste zoon verzuimt, thuis geldzorgen.', daysAgo: 1 } },
      { ...families.brink, team: 'noord-1', street: 'Waterlandpad', postcode: '1014 AD', waiting: { channel: 'phone', referrer: 'district_nurse', question: 'De wijkverpleging belt: vereenzaamd, de post wordt niet meer geopend.', daysAgo: 2 } },
      { ...families.nowak, team: 'oost-1', street: 'Dapperkade', postcode: '1018 GH', workers: ['vincent', 'vincent'], openedDaysAgo: 35, contacts: 2 },
    ],
  },
};
