import type { WithheldReason } from '../access/content-policy.ts';
import type { DataCategory } from '../db/schema.ts';
import type { incomeSources } from '../intakes/intake-schemas.ts';
import type { Message } from '../server/errors.ts';

export type IncomeSource = (typeof incomeSources)[number];

/** Why a fact about the member is not known to the finder. */
export type Unknown =
  | { kind: 'not_given' }
  | { kind: 'not_recorded' }
  | { kind: 'answered_unknown' }
  | { kind: 'withheld'; reason: WithheldReason };

export type Fact<T> = { value: T } | { unknown: Unknown };

export const known = <T>(value: T): Fact<T> => ({ value });
export const unknown = <T>(why: Unknown): Fact<T> => ({ unknown: why });

/** A ZRM life domain as the bundled instruments define it. */
export interface ZrmDomain { code: string; name: Message; category: DataCategory }

/** A target group of the municipal configuration (no personal data), as the finder uses it. */
export interface TargetGroup {
  key: string;
  name: string;
  criteria: ReadonlyArray<Record<string, unknown> & { kind: string }>;
}

/**
 * What the finder knows about one household member, each fact either a value or the reason
 * it is unknown. Facts of a category the user may not see are `withheld`, never a value.
 */
export interface MemberFacts {
  age: Fact<number>;
  hoursPerWeek: Fact<number>;
  ladderStep: Fact<number>;
  /** The latest score per ZRM domain the user may see. */
  zrmScores: ReadonlyMap<string, number>;
  /** ZRM domains without a visible score: why (withheld for the user, or never scored). */
  zrmUnknown(domain: string): Unknown;
  incomeSource: Fact<IncomeSource>;
  seeksWork: Fact<boolean>;
  hasDebts: Fact<boolean>;
  zrmDomains: ReadonlyMap<string, ZrmDomain>;
  targetGroups: ReadonlyMap<string, TargetGroup>;
}

/** The ZRM domains of every bundled ZRM instrument (ZRM 13 and ZRM 11 share most codes). */
export function zrmDomainsOf(instruments: ReadonlyArray<{ kind: string; domains: ReadonlyArray<{ code: string; name: Message; category: string }> }>): Map<string, ZrmDomain> {
  const domains = new Map<string, ZrmDomain>();
  for (const instrument of instruments) {
    if (instrument.kind !== 'zrm') continue;
    for (const d of instrument.domains) {
      if (!domains.has(d.code)) domains.set(d.code, { code: d.code, name: d.name, category: d.category as DataCategory });
    }
  }
  return domains;
}
