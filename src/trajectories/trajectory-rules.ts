import type { FieldIssue, Message } from '../server/errors.ts';
import type { ExitInterviewInput, OutcomeInput, StatusInput, StartInput } from './trajectory-schemas.ts';
import type { FollowUpKind, TrajectoryStatus } from './trajectory-tables.ts';

const issue = (path: string, nl: string, en: string): FieldIssue => ({ path, message: { nl, en } });

/** 'YYYY-MM-DD' plus n calendar months; the 31st becomes the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Aftercare after one month, light contacts after three and six (domain brief §5.8). */
export function defaultFollowUps(closedOn: string): Array<{ kind: FollowUpKind; dueOn: string }> {
  return [
    { kind: 'aftercare', dueOn: addMonths(closedOn, 1) },
    { kind: 'light_contact', dueOn: addMonths(closedOn, 3) },
    { kind: 'light_contact', dueOn: addMonths(closedOn, 6) },
  ];
}

export function startProblems(input: StartInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.startedOn > today) issues.push(issue('body.startedOn', 'De startdatum ligt in de toekomst', 'The start date is in the future'));
  if (input.ladderStart !== undefined && input.ladderTarget < input.ladderStart) {
    issues.push(issue('body.ladderTarget', 'De doeltrede ligt onder de trede bij de start', 'The target step is below the step at the start'));
  }
  return [...issues, ...instrumentProblems(input.instruments, input.startedOn)];
}

export function instrumentProblems(instruments: StartInput['instruments'], startedOn: string, at = 'body.instruments'): FieldIssue[] {
  return instruments.flatMap((x, i) => [
    ...(x.endedOn && x.endedOn < x.startedOn ? [issue(`${at}.${i}.endedOn`, 'Het einde ligt vóór het begin', 'The end is before the start')] : []),
    ...(x.startedOn < startedOn ? [issue(`${at}.${i}.startedOn`, 'Het instrument begint vóór het traject', 'The instrument starts before the trajectory')] : []),
  ]);
}

export interface TrajectoryState {
  status: TrajectoryStatus;
  startedOn: string;
  /** The date of the newest status change (the start included). */
  lastChangeOn: string;
}

/** A transition the current status does not allow: 409, with the path of the requested status. */
export function transitionConflict(state: TrajectoryState, to: TrajectoryStatus): { message: Message; issues: FieldIssue[] } | null {
  const refuse = (nl: string, en: string) => ({ message: { nl, en }, issues: [issue('body.status', nl, en)] });
  if (state.status === 'closed') return refuse('Dit traject is afgesloten en verandert niet meer van status.', 'This trajectory is closed; its status no longer changes.');
  if (state.status === to) {
    return to === 'active'
      ? refuse('Dit traject loopt al; alleen een gepauzeerd traject wordt hervat.', 'This trajectory is already active; only a paused trajectory is resumed.')
      : refuse('Dit traject is al gepauzeerd.', 'This trajectory is already paused.');
  }
  return null;
}

/** What the requested transition lacks or has too much of; every problem with its path. */
export function statusProblems(state: TrajectoryState, input: StatusInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.effectiveOn > today) issues.push(issue('body.effectiveOn', 'De datum ligt in de toekomst', 'The date is in the future'));
  else if (input.effectiveOn < state.lastChangeOn) issues.push(issue('body.effectiveOn', 'De datum ligt vóór de vorige statuswijziging', 'The date is before the previous status change'));

  const onlyWhen = (field: keyof StatusInput, status: TrajectoryStatus, nl: string, en: string) => {
    if (input[field] !== undefined && input.status !== status) issues.push(issue(`body.${field}`, nl, en));
  };
  onlyWhen('pauseReason', 'paused', 'Een reden van pauzeren hoort alleen bij pauzeren', 'A reason for pausing belongs only with pausing');
  onlyWhen('expectedResumeOn', 'paused', 'Een verwachte hervatting hoort alleen bij pauzeren', 'An expected resume date belongs only with pausing');
  onlyWhen('closingReason', 'closed', 'Een reden van afsluiten hoort alleen bij afsluiten', 'A reason for closing belongs only with closing');
  onlyWhen('closingReasonText', 'closed', 'Een reden van afsluiten hoort alleen bij afsluiten', 'A reason for closing belongs only with closing');
  onlyWhen('exitInterview', 'closed', 'Het eindgesprek hoort bij het afsluiten van het traject', 'The exit interview belongs with closing the trajectory');
  onlyWhen('outcome', 'closed', 'Het resultaat wordt bij het afsluiten vastgelegd (of los, met Resultaat)', 'The outcome is recorded at closing (or on its own, with Outcome)');
  onlyWhen('followUps', 'closed', 'Nazorgcontacten worden bij het afsluiten gepland', 'Follow-up contacts are scheduled at closing');

  if (input.status === 'paused') {
    if (!input.pauseReason) issues.push(issue('body.pauseReason', 'Vul de reden van pauzeren in', 'Fill in why the trajectory is paused'));
    if (!input.expectedResumeOn) issues.push(issue('body.expectedResumeOn', 'Vul de verwachte datum van hervatten in', 'Fill in the expected resume date'));
    else if (input.expectedResumeOn < input.effectiveOn) issues.push(issue('body.expectedResumeOn', 'De verwachte hervatting ligt vóór de pauze', 'The expected resume date is before the pause'));
  }
  if (input.status === 'closed') {
    if (!input.closingReason) issues.push(issue('body.closingReason', 'Kies een reden van afsluiten', 'Choose a reason for closing'));
    else if (input.closingReason === 'other' && !input.closingReasonText) issues.push(issue('body.closingReasonText', 'Beschrijf de andere reden', 'Describe the other reason'));
    if (input.exitInterview) issues.push(...exitInterviewProblems(input.exitInterview, state.startedOn, today, 'body.exitInterview'));
    if (input.outcome) issues.push(...outcomeProblems(input.outcome, 'body.outcome'));
    (input.followUps ?? []).forEach((f, i) => {
      if (f.dueOn <= input.effectiveOn) issues.push(issue(`body.followUps.${i}.dueOn`, 'Een nazorgcontact ligt na het afsluiten', 'A follow-up contact comes after closing'));
    });
  }
  return issues;
}

/** Recorded, but worth a flag: a pause whose expected resume date has already passed. */
export function statusWarnings(input: StatusInput, today: string): FieldIssue[] {
  return input.status === 'paused' && input.expectedResumeOn && input.expectedResumeOn < today
    ? [issue('body.expectedResumeOn', 'De verwachte hervatting ligt in het verleden: hervat het traject of pas de datum aan', 'The expected resume date has passed: resume the trajectory or change the date')]
    : [];
}

export function exitInterviewProblems(input: ExitInterviewInput, startedOn: string, today: string, at = 'body.exitInterview'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.heldOn > today) issues.push(issue(`${at}.heldOn`, 'De datum ligt in de toekomst', 'The date is in the future'));
  if (input.heldOn < startedOn) issues.push(issue(`${at}.heldOn`, 'Het eindgesprek ligt vóór de start van het traject', 'The exit interview is before the trajectory started'));
  if (!input.whatHelped && !input.whatDidNot && !input.ownWords) {
    issues.push(issue(`${at}.whatHelped`, 'Vul in wat hielp, wat niet, of de eigen woorden van de inwoner', 'Fill in what helped, what did not, or the resident’s own words'));
  }
  return issues;
}

export function outcomeProblems(input: OutcomeInput, at = 'body.outcome'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.kind === 'paid_work') {
    if (input.hoursPerWeek === undefined) issues.push(issue(`${at}.hoursPerWeek`, 'Vul het aantal uren per week in', 'Fill in the hours per week'));
    if (input.wageCostSubsidy === undefined) issues.push(issue(`${at}.wageCostSubsidy`, 'Geef aan of er loonkostensubsidie is', 'Say whether there is a wage-cost subsidy'));
    if (input.wageCostSubsidy === true && input.wageCostSubsidyPercentage === undefined) {
      issues.push(issue(`${at}.wageCostSubsidyPercentage`, 'Vul het percentage loonkostensubsidie in', 'Fill in the wage-cost subsidy percentage'));
    }
    if (input.wageCostSubsidy !== true && input.wageCostSubsidyPercentage !== undefined) {
      issues.push(issue(`${at}.wageCostSubsidyPercentage`, 'Een percentage hoort alleen bij loonkostensubsidie', 'A percentage belongs only with a wage-cost subsidy'));
    }
    return issues;
  }
  for (const field of ['hoursPerWeek', 'employerKind', 'wageCostSubsidy', 'wageCostSubsidyPercentage', 'jobsAgreementRegistered', 'garantiebaan'] as const) {
    if (input[field] !== undefined) issues.push(issue(`${at}.${field}`, 'Dit hoort alleen bij betaald werk', 'This belongs only with paid work'));
  }
  return issues;
}

/**
 * The ladder step "now": the latest of the member's participatieladder scores and the steps
 * recorded with status changes (a status change wins a tie); the start step when neither exists.
 */
export function ladderNow(start: { step: number; on: string }, scores: Array<{ step: number; on: string }>, changes: Array<{ step: number | null; on: string }>) {
  let now: { step: number; on: string; source: 'start' | 'score' | 'status_change' } = { ...start, source: 'start' };
  for (const s of scores) if (s.on >= now.on) now = { ...s, source: 'score' };
  for (const c of changes) if (c.step !== null && c.on >= now.on) now = { step: c.step, on: c.on, source: 'status_change' };
  return now;
}
