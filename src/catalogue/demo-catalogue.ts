/**
 * The instrument catalogue (*menukaart*) of the demo municipality Samenhoven: the instruments
 * of the sources (Maastricht's Werkbedrijf with its 16 hours, participation places, company
 * doctor, car loan, debt buddy; RSD's participatiecoach; Zaanstad's temp agencies and
 * wijkbedrijf; Ede's job coaching, beschut werk, garantiebaan and loonkostensubsidie) with
 * made-up providers and figures.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { instrumentInput, type InstrumentInput } from './catalogue-schemas.ts';
import { toRow } from './catalogue-store.ts';
import { withCatalogueTables } from './catalogue-tables.ts';

type Entry = Omit<z.input<typeof instrumentInput>, 'validFrom'> & { validFrom?: string };

const klantmanager = 'Klantmanager Werk & Inkomen';
const viaKlantmanager = 'Bespreek het met de klantmanager W&I; die meldt aan met het aanmeldformulier in het plan van aanpak.';

const entries: Entry[] = [
  {
    key: 'werkbedrijf-traject', name: 'Traject Werkbedrijf', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Werken in een echt bedrijf met begeleiding: ritme, vakvaardigheden en een sollicitatietraject. Minimaal 16 uur per week.',
    provider: { name: 'Werkbedrijf Samenhoven' }, cost: { unit: 'per_trajectory', amountEuros: 4250 }, durationWeeks: 26,
    capacity: { places: 60, waitingCount: 4, waitingWeeks: 3 }, request: { how: viaKlantmanager, decidedBy: klantmanager },
    targetGroup: 'Werkzoekenden met een uitkering die minstens 16 uur per week kunnen werken',
    criteria: [{ minHoursPerWeek: 16 }, { ladderStepAtLeast: 3 }, { targetGroup: 'werkzoekenden' }],
  },
  {
    key: 'werkervaringsplek', name: 'Werkervaringsplek participatiebedrijf', kind: 'participation_place', law: 'participatiewet',
    description: 'Drie maanden werkervaring opdoen bij Participatiebedrijf De Schakel (groen, schoonmaak, logistiek), met een werkmeester.',
    provider: { name: 'Participatiebedrijf De Schakel' }, cost: { unit: 'per_month', amountEuros: 450 }, durationWeeks: 13,
    capacity: { places: 30, waitingCount: 14, waitingWeeks: 6 }, request: { how: viaKlantmanager, decidedBy: klantmanager },
    targetGroup: 'Werkzoekenden met een overbrugbare afstand tot werk', criteria: [{ ladderStepAtLeast: 3 }, { minHoursPerWeek: 12 }, { seeksWork: true }],
  },
  {
    key: 'participatieplaats', name: 'Participatieplaats', kind: 'participation_place', law: 'participatiewet',
    description: 'Onbetaald werk met behoud van uitkering, om mee te doen en te wennen aan werk; met een premie na zes maanden.',
    provider: { name: 'Stichting Meedoen Samenhoven' }, cost: { unit: 'per_month', amountEuros: 150 }, durationWeeks: 26,
    request: { how: viaKlantmanager, decidedBy: klantmanager }, targetGroup: 'Inwoners met een uitkering op trede 2 tot en met 4',
    criteria: [{ incomeSource: ['benefit'] }, { ladderStepAtLeast: 2 }, { ladderStepAtMost: 4 }],
  },
  {
    key: 'wijkbedrijf', name: 'Wijkbedrijf Havenkwartier', kind: 'participation_place', law: 'participatiewet',
    description: 'Klussen in de wijk met coaching dichtbij huis, voor wie de afstand tot werk nog groot is. De casus blijft bij het wijkteam.',
    provider: { name: 'Stichting Welzijn Samenhoven' }, cost: { unit: 'per_month', amountEuros: 300 }, durationWeeks: 52,
    capacity: { places: 20, waitingCount: 0 }, request: { how: 'Aanmelden door de professional van het wijkteam bij de coördinator van het wijkbedrijf.', decidedBy: 'Coördinator wijkbedrijf' },
    targetGroup: 'Inwoners met een grote afstand tot werk', criteria: [{ ladderStepAtMost: 3 }],
  },
  {
    key: 'participatiecoach', name: 'Participatiecoach', kind: 'coaching', law: 'participatiewet',
    description: 'Een coach die een half jaar meeloopt: doelen stellen, netwerk versterken, stap voor stap meer meedoen.',
    provider: { name: 'Gemeente Samenhoven, team Participatie' }, cost: { unit: 'free' }, durationWeeks: 26,
    capacity: { places: 40, waitingCount: 0 }, request: { how: 'Opnemen in het plan; de klantregisseur vraagt de coach aan bij het team Participatie.', decidedBy: 'Teamleider Participatie' },
    targetGroup: 'Inwoners op trede 1 tot en met 4, bijvoorbeeld ouderen of na een burn-out', criteria: [{ ladderStepAtMost: 4 }],
  },
  {
    key: 'jobcoaching', name: 'Jobcoaching bij plaatsing', kind: 'coaching', law: 'participatiewet',
    description: 'Begeleiding op de werkplek in het eerste jaar van een baan, ook voor de werkgever.',
    provider: { name: 'Jobcoach Samenhoven' }, cost: { unit: 'per_hour', amountEuros: 68 }, durationWeeks: 52,
    request: { how: 'Aanvragen door de accountmanager werkgeversdienstverlening bij plaatsing.', decidedBy: 'Accountmanager werkgeversdienstverlening' },
    targetGroup: 'Wie (bijna) aan het werk is en begeleiding nodig heeft', criteria: [{ ladderStepAtLeast: 5 }],
  },
  {
    key: 'uitzendbureau', name: 'Bemiddeling via uitzendbureau', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Wie zelf aan werk kan komen, schrijft zich in bij een van de aangewezen uitzendbureaus en solliciteert zelf.',
    provider: { name: 'Flexwerk Samenhoven (uitzendbureau)', url: 'https://flexwerk.example' }, cost: { unit: 'free' },
    request: { how: 'De inwoner schrijft zich zelf in; de klantmanager geeft de verwijzing mee.', decidedBy: 'Niemand: vrije inschrijving' },
    targetGroup: 'Werkzoekenden die zelf aan werk kunnen komen', criteria: [{ ladderStepAtLeast: 4 }, { minHoursPerWeek: 24 }, { seeksWork: true }],
  },
  {
    key: 'startblok-jongeren', name: 'Jongerentraject Startblok', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Voor jongeren tot 27: in vier weken naar werk of school, met een vaste jongerencoach.',
    provider: { name: 'Jongerenloket Samenhoven' }, cost: { unit: 'per_trajectory', amountEuros: 2800 }, durationWeeks: 12,
    capacity: { places: 25, waitingCount: 2, waitingWeeks: 1 }, request: { how: 'Aanmelden bij het Jongerenloket, ook zonder uitkering.', decidedBy: 'Jongerenloket' },
    targetGroup: 'Jongeren van 18 tot en met 27 jaar die werk zoeken', criteria: [{ ageBetween: [18, 27] }, { seeksWork: true }],
  },
  {
    key: 'beschut-werk', name: 'Beschut werk', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Een dienstverband in een beschutte omgeving voor wie alleen met veel begeleiding kan werken.',
    provider: { name: 'De Linde Werkt (sw-bedrijf)' }, cost: { unit: 'per_month', amountEuros: 1650 },
    capacity: { places: 45, waitingCount: 9, waitingWeeks: 12 }, request: { how: 'De klantmanager vraagt advies beschut werk aan bij UWV; daarna besluit de gemeente.', decidedBy: 'Gemeente Samenhoven, na advies van UWV' },
    targetGroup: 'Inwoners die alleen in een beschutte omgeving kunnen werken', criteria: [{ ladderStepAtLeast: 2 }, { ladderStepAtMost: 4 }],
  },
  {
    key: 'garantiebaan', name: 'Garantiebaan (banenafspraak)', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Een baan bij een werkgever die meedoet aan de banenafspraak, met loonkostensubsidie of loondispensatie.',
    provider: { name: 'Werkgeversservicepunt Samenhoven' }, cost: { unit: 'free' },
    request: { how: 'Indicatie banenafspraak bij UWV aanvragen; na opname in het doelgroepregister bemiddelt het werkgeversservicepunt.', decidedBy: 'UWV (indicatie), werkgeversservicepunt (bemiddeling)' },
    targetGroup: 'Mensen met een arbeidsbeperking die niet zelf het minimumloon kunnen verdienen', criteria: [{ ladderStepAtLeast: 4 }, { seeksWork: true }],
  },
  {
    key: 'loonkostensubsidie', name: 'Loonkostensubsidie na loonwaardemeting', kind: 'subsidy', law: 'participatiewet',
    description: 'De werkgever krijgt het verschil tussen loonwaarde en loon vergoed; een loonwaardemeting op de werkplek stelt de loonwaarde vast.',
    provider: { name: 'Gemeente Samenhoven, werkgeversdienstverlening' }, cost: { unit: 'per_month', amountEuros: 1100 },
    request: { how: 'De accountmanager laat een loonwaardemeting doen; de uitbetaling aan de werkgever loopt via één medewerker W&I.', decidedBy: 'Gemeente Samenhoven' },
    targetGroup: 'Werknemers met een loonwaarde onder het minimumloon', criteria: [{ ladderStepAtLeast: 4 }, { seeksWork: true }],
  },
  {
    key: 'bedrijfsarts', name: 'Consult bedrijfsarts', kind: 'care_health', law: 'participatiewet',
    description: 'Een bedrijfsarts beoordeelt wat iemand qua gezondheid aankan in werk (belastbaarheid).',
    provider: { name: 'Arbodienst Samenhoven' }, cost: { unit: 'per_trajectory', amountEuros: 350 }, durationWeeks: 4,
    capacity: { waitingWeeks: 2 }, request: { how: viaKlantmanager, decidedBy: klantmanager },
    targetGroup: 'Werkzoekenden bij wie de gezondheid de vraag is', criteria: [{ seeksWork: true }],
  },
  {
    key: 'autolening', name: 'Autolening woon-werkverkeer', kind: 'mobility', law: 'participatiewet',
    description: 'Renteloze lening tot € 5.000 voor een auto wanneer het werk anders niet bereikbaar is.',
    provider: { name: 'Kredietbank Samenhoven' }, cost: { unit: 'free' },
    request: { how: 'Aanvraag met arbeidsovereenkomst en reisplanning via de klantmanager.', decidedBy: klantmanager },
    targetGroup: 'Wie werk heeft of krijgt dat zonder auto niet bereikbaar is', criteria: [{ ladderStepAtLeast: 5 }],
  },
  {
    key: 'reiskosten', name: 'Reiskostenvergoeding tijdens traject', kind: 'mobility', law: 'participatiewet',
    description: 'Vergoeding van ov of fiets tijdens een traject of participatieplaats.',
    provider: { name: 'Gemeente Samenhoven, afdeling Inkomen' }, cost: { unit: 'free' },
    request: { how: 'Declareren met het formulier reiskosten; maandelijks uitbetaald.', decidedBy: 'Afdeling Inkomen' },
    targetGroup: 'Inwoners met een uitkering in een traject', criteria: [{ incomeSource: ['benefit'] }],
  },
  {
    key: 'schuldhulpmaatje', name: 'SchuldHulpMaatje', kind: 'debt_help', law: 'wgs',
    description: 'Een getrainde vrijwilliger helpt de administratie op orde te krijgen en blijft naast iemand staan.',
    provider: { name: 'SchuldHulpMaatje Samenhoven' }, cost: { unit: 'free' }, durationWeeks: 26,
    capacity: { places: 25, waitingCount: 3, waitingWeeks: 2 }, request: { how: 'Aanmelden via het webformulier of door de professional, met warme overdracht.', decidedBy: 'Coördinator SchuldHulpMaatje' },
    targetGroup: 'Inwoners met (beginnende) schulden', criteria: [{ hasDebts: true }],
  },
  {
    key: 'schuldhulpverlening', name: 'Integrale schuldhulpverlening', kind: 'debt_help', law: 'wgs',
    description: 'Stabilisatie, budgetbeheer en een schuldregeling. Binnen drie werkdagen een eerste gesprek, bij dreigende huisuitzetting binnen drie dagen.',
    provider: { name: 'Kredietbank Samenhoven' }, cost: { unit: 'free' }, durationWeeks: 156,
    capacity: { waitingWeeks: 1 }, request: { how: 'Warme overdracht: samen met de inwoner aanmelden bij de Kredietbank.', decidedBy: 'Kredietbank Samenhoven, namens het college' },
    targetGroup: 'Volwassenen met problematische schulden', criteria: [{ hasDebts: true }, { ageBetween: [18, 120] }],
  },
  {
    key: 'cursus-geld', name: 'Cursus Omgaan met geld', kind: 'education', law: 'wgs',
    description: 'Vier bijeenkomsten over overzicht houden, post openen en rondkomen.',
    provider: { name: 'Stichting Welzijn Samenhoven' }, cost: { unit: 'free' }, durationWeeks: 4,
    request: { how: 'Aanmelden bij Stichting Welzijn; de inwoner kan ook zelf komen.', decidedBy: 'Stichting Welzijn Samenhoven' },
    targetGroup: 'Wie moeite heeft met de financiën', criteria: [{ zrmDomainAtMost: { domain: 'finances', score: 3 } }],
  },
  {
    key: 'taaltraject', name: 'Taaltraject Nederlands op de werkvloer', kind: 'education', law: 'participatiewet',
    description: 'Nederlands leren met de woorden van het werk, twee ochtenden per week.',
    provider: { name: 'Taalhuis Samenhoven' }, cost: { unit: 'per_trajectory', amountEuros: 1200 }, durationWeeks: 20,
    request: { how: 'Intake bij het Taalhuis; de klantmanager legt het vast in het plan.', decidedBy: 'Taalhuis Samenhoven' },
    targetGroup: 'Volwassenen die beter Nederlands willen spreken voor werk', criteria: [{ ageBetween: [18, 67] }],
  },
  {
    key: 'ggz-begeleiding', name: 'Ambulante begeleiding GGZ', kind: 'care_health', law: 'wmo',
    description: 'Begeleiding thuis bij psychische problemen, als maatwerkvoorziening.',
    provider: { name: 'GGZ Samenhoven' }, cost: { unit: 'per_hour', amountEuros: 72 }, durationWeeks: 26,
    capacity: { waitingCount: 18, waitingWeeks: 8 }, request: { how: 'Via de Wmo-consulent: onderzoek en beschikking (maatwerkvoorziening).', decidedBy: 'Sociaal Plein Samenhoven (Wmo)' },
    targetGroup: 'Inwoners met psychische problemen die thuis vastlopen', criteria: [{ zrmDomainAtMost: { domain: 'mental_health', score: 3 } }],
  },
  {
    key: 'dagbesteding', name: 'Dagbesteding Zorgboerderij De Hoeve', kind: 'participation_place', law: 'wmo',
    description: 'Zinvolle dagbesteding op een zorgboerderij, twee tot vier dagdelen per week.',
    provider: { name: 'Zorgboerderij De Hoeve' }, cost: { unit: 'per_month', amountEuros: 640 },
    capacity: { places: 16, waitingCount: 0 }, request: { how: 'Via de Wmo-consulent (maatwerkvoorziening).', decidedBy: 'Sociaal Plein Samenhoven (Wmo)' },
    targetGroup: 'Wie (nog) niet aan werk toekomt en structuur nodig heeft', criteria: [{ ladderStepAtMost: 2 }],
  },
  {
    key: 'maatje', name: 'Maatje voor sociaal contact', kind: 'coaching', law: 'wmo',
    description: 'Een vrijwilliger die eens per week langskomt of samen iets onderneemt.',
    provider: { name: 'Stichting Welzijn Samenhoven' }, cost: { unit: 'free' },
    capacity: { waitingWeeks: 4 }, request: { how: 'Aanmelden bij Stichting Welzijn, ook door de inwoner zelf.', decidedBy: 'Stichting Welzijn Samenhoven' },
    targetGroup: 'Inwoners met weinig sociaal contact', criteria: [{ zrmDomainAtMost: { domain: 'social_network', score: 3 } }],
  },
  {
    key: 'opvoedondersteuning', name: 'Opvoedondersteuning thuis', kind: 'care_health', law: 'jeugdwet',
    description: 'Een gezinscoach van het CJG komt thuis bij vragen over opvoeden en opgroeien.',
    provider: { name: 'CJG Samenhoven' }, cost: { unit: 'free' }, durationWeeks: 12,
    request: { how: 'Vrij toegankelijk: aanmelden bij het CJG, ook door de huisarts of school.', decidedBy: 'CJG Samenhoven' },
    targetGroup: 'Ouders met kinderen tot 18 jaar', criteria: [],
  },
  {
    key: 'meedoenregeling', name: 'Meedoenregeling sport en cultuur', kind: 'subsidy', law: 'other',
    description: 'Een bijdrage tot € 300 per jaar voor sport, cultuur of een schoolreisje.',
    provider: { name: 'Gemeente Samenhoven, afdeling Inkomen' }, cost: { unit: 'free' },
    request: { how: 'Online aanvragen met de laatste inkomensgegevens.', decidedBy: 'Afdeling Inkomen' },
    targetGroup: 'Huishoudens met een inkomen tot 120% van het sociaal minimum', criteria: [{ incomeSource: ['benefit', 'none', 'student_finance'] }],
  },
  {
    key: 'pilot-werkfit', name: 'Pilot Werkfit (afgelopen)', kind: 'work_trajectory', law: 'participatiewet',
    description: 'Proef met een sportief activeringstraject; afgelopen en geëvalueerd.',
    provider: { name: 'Sportbedrijf Samenhoven' }, cost: { unit: 'per_trajectory', amountEuros: 900 }, durationWeeks: 10,
    request: { how: 'Niet meer aan te vragen.', decidedBy: klantmanager }, targetGroup: 'Werkzoekenden op trede 2 en 3',
    criteria: [{ ladderStepAtLeast: 2 }, { ladderStepAtMost: 3 }], validFrom: '2024-03-01', validUntil: '2025-06-30',
  },
];

/** The demo catalogue as validated inputs: the same checks as an administrator's import. */
export function demoCatalogue(): InstrumentInput[] {
  return entries.map((e) => instrumentInput.parse({ validFrom: '2024-01-01', ...e }));
}

/** Loads the catalogue into an empty demo municipality; providers that are organisations of the demo are linked. */
export async function loadDemoCatalogue(tx: Queryable, municipalityId: string, createdBy: string): Promise<void> {
  const organisations = new Map((await tx.selectFrom('organisation').select(['id', 'name']).where('municipality_id', '=', municipalityId).execute()).map((o) => [o.name, o.id]));
  await withCatalogueTables(tx).insertInto('catalogue_instrument').values(demoCatalogue().map((i) => ({
    id: randomUUID(), municipality_id: municipalityId, ...toRow(i), provider_organisation_id: organisations.get(i.provider.name) ?? null,
    created_by: createdBy, updated_by: createdBy,
  }))).execute();
}
