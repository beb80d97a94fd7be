import { families } from '../demo-families.ts';
import { areaTeams, gatesAt, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * BUCH — source 004 (§2.3, §2.5, §3.1, §3.4, §4.2, appendix):
 * - Four municipalities with one civil service organisation, counted as one (note 2); 8 sociale
 *   teams (appendix) with professionals who stay employed by their parent organisations.
 * - §3.1: the social team is "hét loket voor de hele wijk" — the report's "één centrale
 *   toegangspoort", i.e. each team is the one gate of its area (the schema's "several" gates);
 *   "Vanaf de start was het sociale team er ook nadrukkelijk voor inkomensvraagstukken"
 *   (attributed to BUCH by the domain brief §4) — part of W&I in the team.
 * - §3.4 (note 83): a communication tool where "De cliënt bepaalt wie waar toegang tot heeft
 *   (zelfregie)" — in Samenspel that is the resident's own restrictions and consent, not
 *   configuration.
 * - §4.2 (note 84): "Per kwartaal zetten we monitorgegevens klaar voor de vier gemeenteraden".
 * - §2.5: regular theme network meetings with the teams' partners.
 * Work guidance and professional type are not described: central and generalist (002: most
 * teams are broad, with generalists). Postcode blocks are made up. Model check: no warnings.
 */
const teams = areaTeams('neighbourhood', [
  ['duinkant-1', 'Sociaal Team Duinkant 1'], ['duinkant-2', 'Sociaal Team Duinkant 2'], ['polder-1', 'Sociaal Team Polder 1'], ['polder-2', 'Sociaal Team Polder 2'],
  ['kust-1', 'Sociaal Team Kust 1'], ['kust-2', 'Sociaal Team Kust 2'], ['bos-1', 'Sociaal Team Bos 1'], ['bos-2', 'Sociaal Team Bos 2'],
], 1861, 2, { description: 'Sociaal team, ook voor inkomensvragen vanaf het begin' });

export const buch: Preset = {
  key: 'buch',
  label: 'Voorbeeld BUCH',
  description: 'Vier gemeenten, één ambtelijke organisatie: acht sociale teams, elk hét loket van de wijk, ook voor inkomensvragen',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Vier gemeenten met één ambtelijke organisatie en acht sociale teams; elk team is hét loket voor zijn wijk en is er vanaf het begin ook voor inkomensvragen. '
      + 'De inwoner bepaalt in de communicatietool wie wat ziet (in Samenspel: toestemming en eigen beperkingen). Elk kwartaal monitorgegevens voor de vier gemeenteraden.',
    baseModel: 'partieel',
    workGuidance: 'central',
    professionalProfile: 'generalist',
    access: {
      routes: [
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'hospital', 'municipality_department'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'several', points: gatesAt(teams, ['referral', 'self_registration']) },
    },
    teams,
    assignment: { by: ['postcode'] },
    mandates: [
      municipalityDecides('wmo_provision', 'Ambtelijke organisatie, namens het college van de eigen gemeente'),
      municipalityDecides('benefit', 'Ambtelijke organisatie, team Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'ambtelijk', name: 'Ambtelijke organisatie Voorbeeld BUCH', kind: 'municipality' },
      { key: 'welzijn', name: 'Welzijn Duin en Polder', kind: 'welfare' },
    ],
    staff: [
      { username: 'jolanda', name: 'Jolanda Zwart', discipline: 'coördinator sociaal team', profile: 'generalist', employer: 'ambtelijk', teams: [['duinkant-1', 'coordinator']], what: 'coördinator Sociaal Team Duinkant 1' },
      { username: 'rik', name: 'Rik Evers', discipline: 'consulent werk en inkomen', profile: 'generalist', employer: 'ambtelijk', teams: [['duinkant-1', 'member', 'income_consultant']], what: 'consulent inkomen, Sociaal Team Duinkant 1' },
      { username: 'zoe', name: 'Zoë Kramer', discipline: 'maatschappelijk werk', profile: 'generalist', employer: 'welzijn', teams: [['duinkant-1', 'member']], what: 'maatschappelijk werker, Sociaal Team Duinkant 1' },
      { username: 'frank', name: 'Frank de Lange', discipline: 'coördinator sociaal team', profile: 'generalist', employer: 'ambtelijk', teams: [['polder-1', 'coordinator']], what: 'coördinator Sociaal Team Polder 1' },
    ],
    households: [
      { ...families.bakker, team: 'duinkant-1', street: 'Duinweg', postcode: '1861 AB', workers: ['zoe', 'jolanda'], openedDaysAgo: 40, contacts: 2 },
      { ...families.santos, team: 'duinkant-1', street: 'Zeeweg', postcode: '1862 CD', workers: ['rik', 'zoe'], openedDaysAgo: 20, contacts: 1 },
      { ...families.smits, team: 'duinkant-1', street: 'Duinweg', postcode: '1861 AC', waiting: { channel: 'web_form', referrer: 'self', question: 'Ons inkomen is gedaald na ontslag; we redden de vaste lasten niet.', daysAgo: 1 } },
      { ...families.visser, team: 'duinkant-1', street: 'Zeeweg', postcode: '1862 CE', waiting: { channel: 'phone', referrer: 'gp', question: 'De huisarts belt: mevrouw is verward en vergeet rekeningen te betalen.', daysAgo: 2 } },
      { ...families.yildiz, team: 'polder-1', street: 'Polderweg', postcode: '1865 EF', workers: ['frank', 'frank'], openedDaysAgo: 60, contacts: 3 },
      { ...families.meijer, team: 'polder-1', street: 'Polderweg', postcode: '1865 EG', waiting: { channel: 'walk_in', referrer: 'self', question: 'Ik wil graag weten of ik recht heb op huishoudelijke hulp.', daysAgo: 0 } },
    ],
  },
};
