import type { WithheldReason } from '../access/content-policy.ts';
import type { DataCategory } from '../db/schema.ts';
import type { Message } from '../server/errors.ts';
import type { Fact, IncomeSource, Unknown } from './facts.ts';

export type Outcome = 'met' | 'not_met' | 'unknown';

/** A criterion's outcome for one member, and what was found (the member's side of the explanation). */
export interface Evaluation { outcome: Outcome; found: Message }

const categoryNames: Record<DataCategory, Message> = {
  social: { nl: 'sociale gegevens', en: 'social data' },
  work_participation: { nl: 'gegevens over werk en participatie', en: 'work and participation data' },
  income_benefit: { nl: 'gegevens over inkomen en uitkering', en: 'income and benefit data' },
  debt: { nl: 'gegevens over schulden', en: 'debt data' },
  health_work_capability: { nl: 'gegevens over mogelijkheden voor werk', en: 'work capability data' },
  health_diagnosis: { nl: 'gezondheidsgegevens', en: 'health data' },
  justice: { nl: 'justitiële gegevens', en: 'justice data' },
  safety: { nl: 'veiligheidsgegevens', en: 'safety data' },
  enforcement: { nl: 'handhavingsgegevens', en: 'enforcement data' },
};

const withheldTexts: Record<WithheldReason, Message> = {
  not_for_role: { nl: 'niet zichtbaar voor uw rol', en: 'not visible to your role' },
  needs_consent: { nl: 'alleen zichtbaar met toestemming van de inwoner', en: 'visible only with the resident’s consent' },
  restricted_by_resident: { nl: 'door de inwoner afgeschermd', en: 'withheld by the resident' },
  processing_restricted: { nl: 'niet te gebruiken: de verwerking is beperkt op verzoek van de inwoner', en: 'not to be used: processing is restricted at the resident’s request' },
};

export const incomeSourceNames: Record<IncomeSource, Message> = {
  wages: { nl: 'loon', en: 'wages' },
  benefit: { nl: 'uitkering', en: 'benefit' },
  pension: { nl: 'pensioen', en: 'pension' },
  self_employed: { nl: 'eigen bedrijf', en: 'own business' },
  student_finance: { nl: 'studiefinanciering', en: 'student finance' },
  none: { nl: 'geen inkomen', en: 'no income' },
  other: { nl: 'ander inkomen', en: 'other income' },
};

/** How an unknown fact is told: what is missing, and the category that would hold it. */
export interface FactLabel { missing: Message; category: DataCategory | null }

export function unknownText(why: Unknown, label: FactLabel): Message {
  switch (why.kind) {
    case 'withheld': {
      const category = label.category ? categoryNames[label.category] : { nl: 'gegevens', en: 'data' };
      return { nl: `${category.nl} ${withheldTexts[why.reason].nl}`, en: `${category.en} ${withheldTexts[why.reason].en}` };
    }
    case 'answered_unknown':
      return { nl: `${label.missing.nl} (bij het keukentafelgesprek: weet niet)`, en: `${label.missing.en} (at the intake: don’t know)` };
    default:
      return label.missing;
  }
}

/** Evaluates a fact with a test, or explains why it could not be evaluated. */
export function judge<T>(fact: Fact<T>, label: FactLabel, test: (value: T) => boolean, found: (value: T) => Message): Evaluation {
  if ('unknown' in fact) return { outcome: 'unknown', found: unknownText(fact.unknown, label) };
  return { outcome: test(fact.value) ? 'met' : 'not_met', found: found(fact.value) };
}

export const both = (nl: string, en: string): Message => ({ nl, en });

/** "a, b of c" / "a, b or c". */
export function alternatives(items: readonly Message[]): Message {
  const join = (xs: string[], word: string) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${word} ${xs[xs.length - 1]}`);
  return { nl: join(items.map((i) => i.nl), 'of'), en: join(items.map((i) => i.en), 'or') };
}

/** The outcome of several criteria that must all hold. */
export function combine(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('not_met')) return 'not_met';
  return outcomes.includes('unknown') ? 'unknown' : 'met';
}
