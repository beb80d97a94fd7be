/**
 * The contents of the generated dossiers, as a working team would have them: registrations
 * with a question, assignments to a professional and a household coordinator (with their
 * history), contacts, and kitchen-table intakes (ZRM 13 and the participation ladder) with
 * scores and income per adult member, a few still in draft.
 *
 * Drawn from its own PRNG after the residents are made, so the persons, households and
 * case files of a seed stay the same as before dossiers existed. All texts are generic,
 * made-up phrases; none is about a real person.
 */
import type { Channel, ContactForm, ContactPlace, DataCategory, HouseholdRole, IncomeSource, ReferrerType, TeamRole, UrgentFlag } from '../../src/db/schema.ts';
import { bundledInstruments, type InstrumentDefinition } from '../../src/intakes/instruments.ts';
import { needsFollowUp, type IntakeDraft, type MemberDraft } from '../../src/intakes/intake-schemas.ts';
import type { CaseFileRow } from './dataset.ts';
import { Prng, WeightedPicker } from './prng.ts';

export interface CaseAssignmentRow {
  id: string; case_file_id: string; professional_id: string; coordinator_id: string; assigned_by: string; assigned_at: Date; note: string | null;
}
export interface ContactRow {
  id: string; household_id: string; case_file_id: string | null; occurred_at: Date; place: ContactPlace; form: ContactForm;
  participants: string; report: string; category: DataCategory; recorded_by: string; created_at: Date;
}
export interface IntakeRow {
  id: string; household_id: string; case_file_id: string | null; instrument_id: string; instrument_version: number;
  status: 'draft' | 'final'; draft: string; revision: number; started_by: string; updated_by: string;
  created_at: Date; updated_at: Date; finalised_at: Date | null;
}
export interface AssessmentScoreRow {
  id: string; intake_id: string; person_id: string; instrument_id: string; instrument_version: number;
  domain_code: string; score: number; category: DataCategory; assessed_on: string;
}
export interface IntakeIncomeRow {
  intake_id: string; person_id: string; income_source: IncomeSource; benefit: string | null; seeks_work: boolean | null; low_income: boolean;
}

/** A household as the dossier builder needs it: who lives there and its case files (the neighbourhood team's first). */
export interface DossierHousehold {
  householdId: string;
  people: Array<{ personId: string; role: HouseholdRole; birthDate: string; validFrom: string }>;
  caseFiles: CaseFileRow[];
}

export interface TeamStaff { userId: string; role: TeamRole; validFrom: string; /** the team is the user's first (not a second membership) */ primary: boolean }

export interface DossierRows {
  caseAssignments: CaseAssignmentRow[];
  contacts: ContactRow[];
  intakes: IntakeRow[];
  scores: AssessmentScoreRow[];
  incomes: IntakeIncomeRow[];
}

const dayMs = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

// Texts -----------------------------------------------------------------------------------

const questions: Record<'social' | 'debt' | 'income_benefit' | 'work_participation', readonly string[]> = {
  social: [
    'Wil hulp bij het regelen van de administratie.', 'Zoekt ondersteuning bij de opvoeding.',
    'Voelt zich eenzaam en wil meer contact met anderen.', 'Heeft hulp nodig in het huishouden.',
    'Mantelzorger raakt overbelast.', 'Wil advies over aanpassingen in huis.',
    'Spanningen in het gezin; wil graag een gesprek.', 'Vraagt om vervoer naar de dagbesteding.',
    'Wordt vergeetachtig; de familie maakt zich zorgen.', 'Zoekt hulp na een scheiding.',
    'Moeite met rondkomen en overzicht houden.', 'Wil weer zelfstandig wonen na een opname.',
  ],
  debt: [
    'Betalingsachterstanden bij huur en energie.', 'Krijgt aanmaningen en weet niet waar te beginnen.',
    'Wil hulp bij het aflossen van schulden.', 'Signaal van een betalingsachterstand (vroegsignalering).',
  ],
  income_benefit: ['Vraag over toeslagen en bijzondere bijstand.', 'Inkomen is weggevallen; vraagt naar een uitkering.'],
  work_participation: ['Zoekt werk of vrijwilligerswerk.', 'Wil weer aan het werk na een lange ziekte.'],
};

const reports: Record<'social' | 'debt' | 'income_benefit' | 'work_participation', readonly string[]> = {
  social: [
    'Voortgang besproken. Het gaat iets beter; volgende afspraak over drie weken.',
    'Samen de post doorgenomen en de belangrijkste brieven beantwoord.',
    'Afspraak verzet op verzoek van de bewoner.',
    'Gesprek over de dagstructuur; bewoner gaat kijken bij een dagbesteding.',
    'Overleg met de huisarts, met toestemming van de bewoner.',
    'Aanvraag voor huishoudelijke ondersteuning voorbereid.',
    'Mogelijkheden voor contact in de buurt besproken; bewoner gaat naar de inloop.',
    'Opvoedvragen besproken; ouders proberen de afspraken uit.',
    'Afspraak niet nagekomen; gebeld en een nieuwe afspraak gemaakt.',
    'Mantelzorger gesproken over respijtzorg.',
    'Plan geëvalueerd; doelen bijgesteld.',
    'Kort contact: vraag beantwoord, geen actie nodig.',
  ],
  debt: [
    'Overzicht van de schulden gemaakt; aanmelding bij schuldhulpverlening besproken.',
    'Betalingsregeling met de verhuurder voorbereid.',
    'Budgetplan opgesteld; vaste lasten op een rij gezet.',
    'Contact met de energieleverancier; betaalafspraak gemaakt.',
  ],
  income_benefit: [
    'Toeslagen nagelopen; wijziging doorgegeven.',
    'Aanvraag bijzondere bijstand samen ingevuld.',
    'Uitgelegd wat de uitkering betekent voor de toeslagen.',
  ],
  work_participation: [
    'Gesprek over werk en vrijwilligerswerk; interesses op een rij gezet.',
    'Samen vacatures bekeken; sollicitatiebrief in concept.',
    'Afspraak gemaakt met de participatiecoach van het Werkplein.',
  ],
};
const introReport = 'Kennismakingsgesprek; hulpvraag en afspraken doorgenomen.';

const participantsSingle = ['bewoner', 'bewoner', 'bewoner', 'bewoner en mantelzorger', 'bewoner en huisarts', 'bewoner en buurvrouw'];
const participantsFamily = ['bewoners', 'bewoner en partner', 'beide ouders', 'moeder en kind', 'het gezin', 'bewoner en school', 'bewoner'];

const questionBehind = ['Wil weer overzicht en rust in huis.', 'Wil dat de kinderen het goed hebben.', 'Wil zelfstandig blijven wonen.', 'Wil weer meedoen en ergens bij horen.', 'Wil van de schulden af.'];
const ownStrengths = ['Gemotiveerd; houdt afspraken goed na.', 'Familie staat klaar om te helpen.', 'Kan goed plannen als er overzicht is.', 'Zet zich in voor de buurt.', 'Vraagt zelf om hulp als het nodig is.'];
const networks = ['Zus woont in de buurt en helpt mee.', 'Weinig contacten; de buurvrouw komt soms langs.', 'Kerk en sportclub.', 'Ouders helpen met oppassen.', 'Vrienden van het werk.'];
const benefits = new WeightedPicker(['Participatiewet', 'WW', 'WIA', 'Wajong', 'Ziektewet', 'IOAW'], [45, 15, 15, 12, 8, 5]);

// Pickers ---------------------------------------------------------------------------------

const channels = new WeightedPicker<Channel>(
  ['phone', 'walk_in', 'web_form', 'email', 'referral', 'outreach', 'early_warning', 'benefit_application'], [30, 14, 12, 8, 21, 5, 6, 4]);
const selfReferrers = new WeightedPicker<ReferrerType>(['self', 'informal_carer', 'other'], [70, 22, 8]);
const referralReferrers = new WeightedPicker<ReferrerType>(
  ['gp', 'district_nurse', 'hospital', 'school', 'police', 'uwv', 'other_team', 'municipality_department'], [30, 15, 8, 15, 8, 4, 12, 8]);
const questionCategories = new WeightedPicker<keyof typeof questions>(['social', 'debt', 'income_benefit', 'work_participation'], [72, 12, 9, 7]);
const contactCategories = new WeightedPicker<keyof typeof reports>(['social', 'debt', 'work_participation', 'income_benefit'], [74, 10, 9, 7]);
const urgentFlags = new WeightedPicker<UrgentFlag>(['acute_debt', 'eviction', 'domestic_violence', 'psychiatric_crisis', 'crime'], [35, 25, 20, 15, 5]);
const contactKinds = new WeightedPicker<readonly [ContactPlace, ContactForm]>([
  ['home', 'visit'], ['team_office', 'visit'], ['werkplein', 'visit'], ['elsewhere', 'visit'], ['team_office', 'phone'],
  ['team_office', 'email'], ['team_office', 'message'], ['team_office', 'video'], ['elsewhere', 'phone'],
], [30, 15, 4, 6, 25, 8, 7, 3, 2]);
const answers = ['yes', 'no', 'unknown'] as const;
const debtAnswers = new WeightedPicker(answers, [45, 40, 15]);
const illnessAnswers = new WeightedPicker(answers, [30, 60, 10]);
const childrenAnswers = new WeightedPicker(answers, [25, 65, 10]);

function referrerFor(prng: Prng, channel: Channel): ReferrerType {
  switch (channel) {
    case 'referral': return referralReferrers.pick(prng);
    case 'early_warning': return 'municipality_department';
    case 'benefit_application': return prng.chance(0.7) ? 'municipality_department' : 'uwv';
    case 'outreach': return prng.chance(0.6) ? 'other_team' : 'other';
    default: return selfReferrers.pick(prng);
  }
}

/** Income at an intake, by age and place in the household (a social team's case load: more benefits than the town). */
const retiredIncome = new WeightedPicker<IncomeSource>(['pension', 'wages', 'other'], [92, 4, 4]);
const youngIncome = new WeightedPicker<IncomeSource>(['student_finance', 'wages', 'none', 'benefit'], [40, 40, 10, 10]);
const adultIncome = new WeightedPicker<IncomeSource>(['wages', 'benefit', 'self_employed', 'none', 'other'], [42, 33, 6, 12, 7]);
function incomeSource(prng: Prng, age: number, role: HouseholdRole): IncomeSource {
  if (age >= 67) return retiredIncome.pick(prng);
  if (role === 'child' && age < 27) return youngIncome.pick(prng);
  return adultIncome.pick(prng);
}

const ladderBySource: Record<IncomeSource, WeightedPicker<number>> = {
  wages: new WeightedPicker([6, 5], [85, 15]),
  self_employed: new WeightedPicker([6, 5], [90, 10]),
  pension: new WeightedPicker([2, 3, 4], [35, 45, 20]),
  benefit: new WeightedPicker([1, 2, 3, 4, 5], [10, 30, 35, 20, 5]),
  none: new WeightedPicker([1, 2, 3, 4], [25, 40, 25, 10]),
  student_finance: new WeightedPicker([3, 4, 6], [30, 40, 30]),
  other: new WeightedPicker([2, 3, 4], [30, 40, 30]),
};

/** Where a domain tends to sit relative to the person's overall level (scores are mostly 2–4). */
function domainOffset(code: string, age: number, source: IncomeSource, ladder: number): number {
  const old = Math.max(0, age - 70);
  switch (code) {
    case 'finances': return -0.5 - (source === 'benefit' || source === 'none' ? 0.3 : 0);
    case 'work_education': return (ladder - 3.5) * 0.5;
    case 'time_use': return -0.1;
    case 'housing': return 0.3;
    case 'domestic_relations': return 0.1;
    case 'mental_health': return -0.3;
    case 'physical_health': return 0.5 - Math.max(0, age - 55) / 15;
    case 'substance_use': return 1.0;
    case 'basic_adl': return 1.3 - old / 8;
    case 'instrumental_adl': return 0.6 - old / 10;
    case 'social_network': return -0.1;
    case 'social_participation': return -0.2;
    case 'justice': return 1.4;
    default: return 0;
  }
}

function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The adult members on a day: those living there then, or, where the generated moving-in
 * date is later than the case (the residents were made without the cases in mind), all adults.
 */
function adultsOn(household: DossierHousehold, day: string) {
  const adults = household.people.filter((p) => ageOn(p.birthDate, day) >= 18);
  const present = adults.filter((p) => p.validFrom <= day);
  return present.length > 0 ? present : adults;
}

/** A time of day within office hours (UTC) on the day of `day`. */
function officeTime(prng: Prng, day: Date): Date {
  const midnight = Math.floor(day.getTime() / dayMs) * dayMs;
  return new Date(midnight + prng.int(8 * 60, 17 * 60) * 60_000);
}

/**
 * Fills the registration and assignment columns of the case files (in place) and makes the
 * dossiers' contents. `staffByTeam` lists each team's members with their role.
 */
export function buildDossiers(seed: number, households: readonly DossierHousehold[], staffByTeam: ReadonlyMap<string, TeamStaff[]>, referenceDate: Date): DossierRows {
  const prng = new Prng(seed);
  const id = () => prng.uuid();
  const ref = referenceDate.getTime();
  const rows: DossierRows = { caseAssignments: [], contacts: [], intakes: [], scores: [], incomes: [] };
  const instruments = bundledInstruments();
  const zrm = instruments.find((i) => i.id === 'zrm-13' && i.version === 1)!;
  const ladder = instruments.find((i) => i.id === 'participatieladder' && i.version === 1)!;
  if (!zrm || !ladder) throw new Error('The bundled instruments zrm-13 v1 and participatieladder v1 are missing');

  // Per team: who can take a case (staff of the team first; second memberships less often) and its coordinator.
  const pickers = new Map<string, { staff: TeamStaff[]; weights: number[]; coordinator: TeamStaff }>();
  for (const [teamId, staff] of staffByTeam) {
    const coordinator = staff.find((s) => s.role === 'coordinator') ?? staff[0]!;
    pickers.set(teamId, { staff, weights: staff.map((s) => (s.primary ? 1 : 0.35)), coordinator });
  }
  /** Any member of the team (a second membership less often). */
  const anyMember = (teamId: string): TeamStaff => {
    const team = pickers.get(teamId)!;
    const total = team.weights.reduce((x, y) => x + y, 0);
    let target = prng.next() * total;
    for (let i = 0; i < team.staff.length; i++) if ((target -= team.weights[i]!) < 0) return team.staff[i]!;
    return team.staff.at(-1)!;
  };
  /** A team member who was in the team on that day (else anyone of it). */
  const memberOn = (teamId: string, day: Date, except?: string): string => {
    const team = pickers.get(teamId)!;
    const date = isoDate(day);
    const ok = team.staff.map((s, i) => (s.validFrom <= date && s.userId !== except ? team.weights[i]! : 0));
    const total = ok.reduce((a, b) => a + b, 0);
    if (total === 0) return team.staff.find((s) => s.userId !== except)?.userId ?? team.staff[0]!.userId;
    let target = prng.next() * total;
    for (let i = 0; i < ok.length; i++) if ((target -= ok[i]!) < 0) return team.staff[i]!.userId;
    return team.staff.at(-1)!.userId;
  };

  for (const household of households) {
    for (const [index, cf] of household.caseFiles.entries()) {
      const neighbourhood = index === 0;
      // How the household came in.
      const channel = neighbourhood ? channels.pick(prng) : (prng.chance(0.6) ? 'benefit_application' : 'referral');
      const category = channel === 'early_warning' ? 'debt' : neighbourhood ? questionCategories.pick(prng) : (prng.chance(0.6) ? 'work_participation' : 'income_benefit');
      const question = channel === 'early_warning' ? questions.debt[3]! : prng.pick(questions[category]);
      cf.channel = channel;
      cf.referrer_type = referrerFor(prng, channel);
      cf.question = question;
      cf.question_category = category;
      cf.urgent_flags = prng.chance(0.03) ? [urgentFlags.pick(prng)] : [];
      cf.registered_by = channel === 'web_form' ? null : memberOn(cf.team_id, cf.opened_at);
      if (cf.kind === 'registration') continue; // waiting at the daily triage (or closed without a case)

      // Assigned a few days after the registration to one of the team. Where that colleague
      // joined the team later, the case went to someone else first and was handed over when
      // they came (so caseloads stay even); now and then a case changes hands once more.
      const limit = (cf.closed_at ?? new Date(ref)).getTime();
      const span = Math.max(3_600_000, limit - cf.opened_at.getTime());
      const first = new Date(cf.opened_at.getTime() + Math.min(prng.int(1, 14) * dayMs + prng.int(0, 8 * 60) * 60_000, span / 2));
      const team = pickers.get(cf.team_id)!;
      const chain: Array<{ at: Date; professional: string; note: string | null }> = [];
      const chosen = anyMember(cf.team_id);
      const joined = Date.parse(`${chosen.validFrom}T00:00:00Z`) + prng.int(1, 30) * dayMs + prng.int(8 * 60, 17 * 60) * 60_000;
      if (joined <= first.getTime()) {
        chain.push({ at: first, professional: chosen.userId, note: null });
      } else if (joined < limit) {
        chain.push({ at: first, professional: memberOn(cf.team_id, first, chosen.userId), note: null });
        chain.push({ at: new Date(joined), professional: chosen.userId, note: 'Overgedragen aan een nieuwe collega.' });
      } else {
        chain.push({ at: first, professional: memberOn(cf.team_id, first), note: null });
      }
      if (prng.chance(0.08)) {
        const last = chain.at(-1)!;
        const at = new Date(last.at.getTime() + Math.floor(prng.next() * (limit - last.at.getTime()) * 0.8));
        chain.push({ at, professional: memberOn(cf.team_id, at, last.professional), note: 'Overgedragen aan een collega.' });
      }
      let coordinator = '';
      for (const step of chain) {
        const roll = prng.next();
        coordinator = roll < 0.5 ? step.professional : roll < 0.65 ? team.coordinator.userId : memberOn(cf.team_id, step.at, step.professional);
        rows.caseAssignments.push({
          id: id(), case_file_id: cf.id, professional_id: step.professional, coordinator_id: coordinator,
          assigned_by: team.coordinator.userId, assigned_at: step.at, note: step.note,
        });
      }
      const { professional, at } = chain.at(-1)!;
      cf.kind = 'case';
      cf.professional_id = professional;
      cf.coordinator_id = coordinator;
      cf.assigned_at = at;
      if (neighbourhood && !cf.closed_at) addContents(household, cf, chain);
    }
  }
  return rows;

  /** Contacts and intakes of an open, assigned case at the neighbourhood team. */
  function addContents(household: DossierHousehold, cf: CaseFileRow, chain: ReadonlyArray<{ at: Date; professional: string }>) {
    const size = household.people.length;
    const assignedAt = chain[0]!.at.getTime(); // the first assignment: the dossier's history starts there
    /** Whoever was the professional at that moment (after a handover, the new one). */
    const professionalAt = (t: number) => chain.findLast((step) => step.at.getTime() <= t)?.professional ?? chain[0]!.professional;
    const professional = chain.at(-1)!.professional;

    // Contacts over the last 18 months, fewer when the case is young.
    const from = Math.max(assignedAt, ref - 548 * dayMs);
    const windowDays = (ref - from) / dayMs;
    const expected = (2.5 + 1.2 * (size - 1)) * Math.min(1, 0.3 + windowDays / 270);
    const count = Math.round(prng.around(expected, 1.6, 0, 12));
    const times = Array.from({ length: count }, () => from + prng.next() * (ref - from)).sort((a, b) => a - b);
    for (const [i, t] of times.entries()) {
      const occurred = officeTime(prng, new Date(t));
      if (occurred.getTime() <= assignedAt || occurred.getTime() > ref) continue;
      const category = i === 0 && from === assignedAt ? 'social' : contactCategories.pick(prng);
      const [place, form] = i === 0 && from === assignedAt ? (['home', 'visit'] as const) : contactKinds.pick(prng);
      rows.contacts.push({
        id: id(), household_id: household.householdId, case_file_id: cf.id, occurred_at: occurred, place, form,
        participants: prng.pick(size === 1 ? participantsSingle : participantsFamily),
        report: i === 0 && from === assignedAt ? introReport : prng.pick(reports[category]),
        category, recorded_by: professionalAt(occurred.getTime()), created_at: new Date(occurred.getTime() + prng.int(5, 60 * 24) * 60_000),
      });
    }

    // Kitchen-table intakes: a first one some weeks after the assignment, for some a second 3–9 months later.
    let lastDone = assignedAt;
    if (prng.chance(0.74)) {
      const people = new Map<string, { source: IncomeSource; ladder: number; level: number; scores: Record<string, number> }>();
      let conducted = new Date(assignedAt + prng.int(7, 60) * dayMs);
      for (let n = 0; n < 2; n++) {
        const talk = officeTime(prng, conducted);
        const finalised = new Date(talk.getTime() + prng.int(0, 14) * dayMs + prng.int(30, 240) * 60_000);
        if (finalised.getTime() > ref) break;
        const day = isoDate(conducted);
        const adults = adultsOn(household, day);
        if (adults.length === 0) break;
        const intakeId = id();
        const draft: IntakeDraft = {
          conductedOn: day, questionBehindQuestion: prng.pick(questionBehind), ownStrength: prng.pick(ownStrengths),
          network: prng.pick(networks), members: {},
        };
        for (const adult of adults) {
          const age = ageOn(adult.birthDate, day);
          let state = people.get(adult.personId);
          if (!state) {
            const source = incomeSource(prng, age, adult.role);
            const step = ladderBySource[source].pick(prng);
            const level = prng.around(3.0, 0.45, 1.6, 4.4);
            const scores: Record<string, number> = {};
            for (const d of zrm.domains) scores[d.code] = Math.round(prng.around(level + domainOffset(d.code, age, source, step), 0.6, 1, 5));
            state = { source, ladder: step, level, scores };
          } else {
            // Later: slightly better on average.
            const scores: Record<string, number> = {};
            for (const d of zrm.domains) scores[d.code] = Math.min(5, Math.max(1, state.scores[d.code]! + Math.round(prng.around(0.3, 0.7, -2, 2))));
            state = { ...state, ladder: Math.min(6, state.ladder + (prng.chance(0.25) ? 1 : 0)), scores };
          }
          people.set(adult.personId, state);
          const member = memberDraftOf(state, age);
          draft.members[adult.personId] = member;
          for (const d of zrm.domains) rows.scores.push(scoreRow(intakeId, adult.personId, zrm, d.code, state.scores[d.code]!, day));
          rows.scores.push(scoreRow(intakeId, adult.personId, ladder, ladder.domains[0]!.code, state.ladder, day));
          rows.incomes.push({
            intake_id: intakeId, person_id: adult.personId, income_source: state.source, benefit: member.income?.benefit ?? null,
            seeks_work: member.income?.seeksWork ?? null, low_income: needsFollowUp(member),
          });
        }
        const started = new Date(Math.max(assignedAt + 60_000, talk.getTime() - prng.int(0, 5) * dayMs));
        rows.intakes.push({
          id: intakeId, household_id: household.householdId, case_file_id: cf.id, instrument_id: zrm.id, instrument_version: zrm.version,
          status: 'final', draft: JSON.stringify(draft), revision: prng.int(4, 40), started_by: professionalAt(started.getTime()), updated_by: professionalAt(finalised.getTime()),
          created_at: started, updated_at: finalised, finalised_at: finalised,
        });
        lastDone = finalised.getTime();
        if (!prng.chance(0.55)) break;
        conducted = new Date(conducted.getTime() + prng.int(90, 270) * dayMs);
      }
    }

    // An intake being filled in now (autosaved drafts).
    if (prng.chance(0.05)) {
      const started = Math.max(lastDone + dayMs, ref - prng.int(1, 60) * dayMs);
      if (started < ref) {
        const created = new Date(started);
        const day = isoDate(created);
        const revision = prng.int(1, 10);
        const adults = adultsOn(household, day);
        const draft: IntakeDraft = { members: {} };
        if (prng.chance(0.7)) draft.conductedOn = day;
        for (const [i, adult] of adults.entries()) {
          // The first adult is furthest along; the more saves, the more is filled in.
          const filled = Math.round(13 * (revision / 10) * prng.around(1, 0.2, 0.3, 1.3)) - i * prng.int(2, 6);
          if (filled <= 0 && i > 0) continue;
          const age = ageOn(adult.birthDate, day);
          const level = prng.around(3.0, 0.45, 1.6, 4.4);
          const member: MemberDraft = { scores: {} };
          for (const d of zrm.domains.slice(0, Math.max(0, Math.min(13, filled)))) {
            member.scores[d.code] = Math.round(prng.around(level + domainOffset(d.code, age, 'wages', 4), 0.6, 1, 5));
          }
          if (filled >= 13 && prng.chance(0.6)) member.ladder = prng.int(1, 6);
          if (prng.chance(revision / 12)) member.income = { source: incomeSource(prng, age, adult.role) };
          draft.members[adult.personId] = member;
        }
        const updated = new Date(Math.min(ref, created.getTime() + prng.next() * (ref - created.getTime())));
        rows.intakes.push({
          id: id(), household_id: household.householdId, case_file_id: cf.id, instrument_id: zrm.id, instrument_version: zrm.version,
          status: 'draft', draft: JSON.stringify(draft), revision, started_by: professional, updated_by: professional,
          created_at: created, updated_at: updated, finalised_at: null,
        });
      }
    }
  }

  function memberDraftOf(state: { source: IncomeSource; ladder: number; scores: Record<string, number> }, age: number): MemberDraft {
    const income: NonNullable<MemberDraft['income']> = { source: state.source };
    if (state.source === 'benefit') income.benefit = benefits.pick(prng);
    if (age < 67 && (state.source === 'benefit' || state.source === 'none')) income.seeksWork = prng.chance(0.6);
    if (state.source === 'wages' || state.source === 'self_employed' || state.source === 'pension' || state.source === 'other') {
      income.lowIncome = prng.chance(state.source === 'wages' ? 0.2 : 0.3);
    }
    const member: MemberDraft = { scores: { ...state.scores }, ladder: state.ladder, income };
    if (needsFollowUp(member)) {
      member.followUp = {
        debts: debtAnswers.pick(prng),
        chronicIllness: illnessAnswers.pick(prng),
        childrenNeeds: childrenAnswers.pick(prng),
      };
    }
    return member;
  }

  function scoreRow(intakeId: string, personId: string, instrument: InstrumentDefinition, code: string, score: number, day: string): AssessmentScoreRow {
    const category = instrument.domains.find((d) => d.code === code)!.category;
    return {
      id: id(), intake_id: intakeId, person_id: personId, instrument_id: instrument.id, instrument_version: instrument.version,
      domain_code: code, score, category, assessed_on: day,
    };
  }
}
