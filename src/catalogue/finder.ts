/**
 * The finder's judgement, without the database: every instrument's criteria against what is
 * known of one member. An instrument fits when every criterion is met, does not fit when one
 * is not met (all reasons are given), and is unknown otherwise.
 */
import type { Message } from '../server/errors.ts';
import type { Instrument } from './catalogue-store.ts';
import { evaluate, kindOf, type Names } from './criteria.ts';
import { both, combine, type Outcome } from './explain.ts';
import type { MemberFacts } from './facts.ts';

export interface JudgedCriterion {
  /** A criterion kind, or 'waitingList' when a start within some weeks was asked. */
  kind: string;
  outcome: Outcome;
  explanation: Message;
}

/** A fitting instrument comes with what it takes to request it: all but its description and criteria. */
export type InstrumentSummary = Omit<Instrument, 'description' | 'criteria'>;
/** The others with what identifies them. */
export type InstrumentBrief = Pick<Instrument, 'id' | 'key' | 'name' | 'kind'> & { provider: { name: string } };

export interface FinderItem<I = InstrumentBrief> {
  instrument: I;
  criteria: JudgedCriterion[];
  /** Availability to keep in mind (waiting list, places). */
  remarks: Message[];
}

export interface FinderResult {
  fitting: Array<FinderItem<InstrumentSummary>>;
  notFitting: FinderItem[];
  unknown: FinderItem[];
}

export interface FinderOptions { maxWaitWeeks?: number | undefined }

function waiting(instrument: Instrument, options: FinderOptions): { criterion?: JudgedCriterion; remarks: Message[] } {
  const { waitingWeeks, waitingCount, places } = instrument.capacity;
  const remarks: Message[] = [];
  if (waitingCount) remarks.push(both(`${waitingCount} wachtenden`, `${waitingCount} waiting`));
  if (places !== null && places > 0) remarks.push(both(`${places} plaatsen`, `${places} places`));
  if (!waitingWeeks) return { remarks };
  const text = both(`Wachtlijst ${waitingWeeks} weken`, `Waiting list ${waitingWeeks} weeks`);
  if (options.maxWaitWeeks === undefined) return { remarks: [text, ...remarks] };
  const max = options.maxWaitWeeks;
  return {
    remarks,
    criterion: {
      kind: 'waitingList', outcome: waitingWeeks <= max ? 'met' : 'not_met',
      explanation: both(`${text.nl}; gewenste start binnen ${max} weken`, `${text.en}; wanted start within ${max} weeks`),
    },
  };
}

export function judge(instrument: Instrument, facts: MemberFacts, names: Names, options: FinderOptions) {
  const criteria: JudgedCriterion[] = instrument.criteria.map((c) => {
    const { outcome, explanation } = evaluate(c, facts, names);
    return { kind: kindOf(c), outcome, explanation };
  });
  const wait = waiting(instrument, options);
  if (wait.criterion) criteria.push(wait.criterion);
  return { criteria, remarks: wait.remarks, outcome: combine(criteria.map((c) => c.outcome)) };
}

const count = (item: FinderItem, outcome: Outcome) => item.criteria.filter((c) => c.outcome === outcome).length;

export function findInstruments(instruments: readonly Instrument[], facts: MemberFacts, names: Names, options: FinderOptions = {}): FinderResult {
  const result: FinderResult = { fitting: [], notFitting: [], unknown: [] };
  for (const instrument of instruments) {
    const { outcome, criteria, remarks } = judge(instrument, facts, names, options);
    if (outcome === 'met') {
      const { description: _description, criteria: _criteria, ...summary } = instrument;
      result.fitting.push({ instrument: summary, criteria, remarks });
    } else {
      const brief = { id: instrument.id, key: instrument.key, name: instrument.name, kind: instrument.kind, provider: { name: instrument.provider.name } };
      (outcome === 'not_met' ? result.notFitting : result.unknown).push({ instrument: brief, criteria, remarks });
    }
  }
  // The nearest misses first: fewest criteria not met, then fewest unknown.
  result.notFitting.sort((a, b) => count(a, 'not_met') - count(b, 'not_met') || count(a, 'unknown') - count(b, 'unknown'));
  result.unknown.sort((a, b) => count(a, 'unknown') - count(b, 'unknown'));
  return result;
}
