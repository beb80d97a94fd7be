import { families } from '../demo-families.ts';
import { areaTeams, municipalityDecides, selfChannels } from '../preset-parts.ts';
import type { Preset } from '../preset-types.ts';

/*
 * Heerhugowaard — source 004 (§2.3, §2.7, §3.1, appendix):
 * - §2.3: "Heerhugowaard maakt onderscheid tussen een centraal Sociaal Plein, drie
 *   buurtnetwerken en zogeheten MET-teams die de maatschappelijke ondersteuningspoot in de
 *   buurtnetwerken vertegenwoordigen"; one of three municipalities with loose networks, not
 *   organisational units, where professionals keep working from their own organisation and
 *   specialism; "een centraal Sociaal Plein, waar alle aanvragen voor de Wmo, Jeugdwet en
 *   Participatiewet binnenkomen, waar vandaan de indicaties worden geregeld en waar coördinatoren
 *   de verbindingen tussen en binnen de netwerken leggen".
 * - §2.7: the MET-teams "zoeken de mensen zoveel mogelijk in hun eigen omgeving (en thuis) op";
 *   no shared office.
 * - §3.1 (note 23): "In Heerhugowaard worden alle aanmelding besproken bij de dagstart (om de dag
 *   3 kwartier)".
 * Postcode blocks are made up. Model check: no warnings.
 */
const networks = areaTeams('network', [['netwerk-noord', 'Buurtnetwerk Noord'], ['netwerk-midden', 'Buurtnetwerk Midden'], ['netwerk-zuid', 'Buurtnetwerk Zuid']], 1701, 3,
  { description: 'Los netwerk van professionals en bewoners; geen organisatie-eenheid' });
const metTeams = areaTeams('other', [['met-noord', 'MET-team Noord'], ['met-midden', 'MET-team Midden'], ['met-zuid', 'MET-team Zuid']], 1701, 3,
  { caseResponsibility: 'takes_over', description: 'De welzijnspoot in het buurtnetwerk: zoekt mensen thuis en in de buurt op' });

export const heerhugowaard: Preset = {
  key: 'heerhugowaard',
  label: 'Voorbeeld Heerhugowaard',
  description: 'Een centraal Sociaal Plein voor alle aanvragen en indicaties, drie buurtnetwerken met MET-teams, elke aanmelding langs de dagstart',
  sources: ['004'],
  configuration: {
    schemaVersion: 1,
    summary: 'Een centraal Sociaal Plein waar alle aanvragen voor Wmo, Jeugdwet en Participatiewet binnenkomen en vandaan de indicaties worden geregeld; '
      + 'drie buurtnetwerken, met MET-teams als welzijnspoot die mensen thuis opzoeken. Alle nieuwe aanmeldingen worden besproken in de dagstart.',
    baseModel: 'apart',
    workGuidance: 'central',
    professionalProfile: 'specialist',
    access: {
      routes: [
        { kind: 'benefit_application', channels: ['benefit_application'] },
        { kind: 'referral', channels: ['referral', 'phone', 'email'], referrers: ['gp', 'district_nurse', 'informal_carer', 'hospital', 'other_team'] },
        { kind: 'self_registration', channels: [...selfChannels] },
      ],
      selfRegistration: { allowed: true },
      gates: { model: 'central', points: [{ team: 'plein', routes: ['benefit_application', 'referral', 'self_registration'] }] },
    },
    teams: [
      { key: 'plein', name: 'Sociaal Plein', kind: 'central_hub', workplace: 'central', description: 'Alle aanvragen komen hier binnen; regelt de indicaties; coördinatoren verbinden de netwerken' },
      ...networks,
      ...metTeams,
    ],
    assignment: { by: ['triage'] },
    mandates: [
      { decision: 'wmo_provision', holder: { kind: 'team', team: 'plein' } },
      { decision: 'youth_provision', holder: { kind: 'team', team: 'plein' } },
      municipalityDecides('benefit', 'Afdeling Inkomen'),
    ],
    thresholds: { upscaleAfterMonths: null, upscaleAfterContacts: null },
    norms: { caseloadPerProfessional: null, contactEveryDays: null },
    intake: { integralIntake: 'when_needed', instrument: 'zrm-13' },
    routing: { kind: 'none' },
  },
  demo: {
    organisations: [
      { key: 'gemeente', name: 'Gemeente Voorbeeld Heerhugowaard', kind: 'municipality' },
      { key: 'welzijn', name: 'Welzijn Waardland', kind: 'welfare' },
    ],
    staff: [
      { username: 'monique', name: 'Monique Hartog', discipline: 'coördinator Sociaal Plein', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'coordinator']], what: 'coördinator Sociaal Plein (dagstart)' },
      { username: 'arjen', name: 'Arjen Stam', discipline: 'Wmo-consulent', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'member', 'wmo_consultant']], what: 'Wmo-consulent, Sociaal Plein' },
      { username: 'kirsten', name: 'Kirsten Oosting', discipline: 'jeugdconsulent', profile: 'specialist', employer: 'gemeente', teams: [['plein', 'member', 'youth_professional']], what: 'jeugdconsulent, Sociaal Plein' },
      { username: 'stefan', name: 'Stefan Roos', discipline: 'opbouwwerk', profile: 'specialist', employer: 'welzijn', teams: [['met-noord', 'coordinator']], what: 'MET-team Noord' },
      { username: 'leila', name: 'Leila Amrani', discipline: 'maatschappelijk werk', profile: 'specialist', employer: 'welzijn', teams: [['met-noord', 'member']], what: 'MET-team Noord' },
    ],
    households: [
      { ...families.nowak, team: 'plein', street: 'Middenweg', postcode: '1704 AB', waiting: { channel: 'phone', referrer: 'self', question: 'Vraag over huishoudelijke hulp na een operatie.', daysAgo: 1 } },
      { ...families.rachidi, team: 'plein', street: 'Westtangent', postcode: '1707 CD', waiting: { channel: 'referral', referrer: 'school', question: 'School meldt: zorgen over de jongste, moeder vraagt om opvoedondersteuning.', daysAgo: 1 } },
      { ...families.kuipers, team: 'plein', street: 'Middenweg', postcode: '1704 AC', waiting: { channel: 'benefit_application', referrer: 'self', question: 'Aanvraag bijstand na faillissement van de eigen zaak.', daysAgo: 2 } },
      { ...families.meijer, team: 'plein', street: 'Westtangent', postcode: '1707 CE', workers: ['arjen', 'monique'], openedDaysAgo: 30, contacts: 2 },
      { ...families.brink, team: 'met-noord', street: 'Noordervaart', postcode: '1701 EF', workers: ['leila', 'stefan'], openedDaysAgo: 55, contacts: 4 },
      { ...families.haddou, team: 'met-noord', street: 'Noordervaart', postcode: '1702 GH', workers: ['leila', 'leila'], openedDaysAgo: 20, contacts: 2 },
    ],
  },
};
