import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import type { WithheldItem } from '../../api/consent-types.ts';

export interface Bilingual { nl: string; en: string }

export type CostUnit = 'free' | 'per_trajectory' | 'per_month' | 'per_hour';

/** An instrument as administrators write it (and import and export carry it). */
export interface InstrumentInput {
  key: string;
  name: string;
  description: string;
  kind: string;
  law: string;
  provider: { name: string; organisationId?: string | null; url?: string | null };
  cost: { unit: 'free' } | { unit: Exclude<CostUnit, 'free'>; amountEuros: number };
  durationWeeks?: number | null;
  capacity: { places?: number | null; waitingCount?: number | null; waitingWeeks?: number | null };
  request: { how: string; decidedBy: string };
  targetGroup: string;
  criteria: Array<Record<string, unknown>>;
  validFrom: string;
  validUntil?: string | null;
}

export interface Instrument extends InstrumentInput {
  id: string;
  municipalityId: string;
  criteriaText: Bilingual[];
  current: boolean;
}

export interface Catalogue {
  municipality: { id: string; name: string };
  today: string;
  targetGroups: Array<{ key: string; name: string }>;
  items: Instrument[];
}

export interface JudgedCriterion { kind: string; outcome: 'met' | 'not_met' | 'unknown'; explanation: Bilingual }
/** A fitting instrument with what it takes to request it. */
export type InstrumentSummary = Omit<Instrument, 'criteriaText' | 'current' | 'description' | 'criteria'>;
/** The others with what identifies them. */
export type InstrumentBrief = Pick<Instrument, 'id' | 'key' | 'name' | 'kind'> & { provider: { name: string } };
export interface FinderItem<I = InstrumentBrief> { instrument: I; criteria: JudgedCriterion[]; remarks: Bilingual[] }
export interface FinderAnswer {
  person: { id: string; displayName: string };
  municipality: { id: string; name: string };
  given: { hoursPerWeek: number | null; maxWaitWeeks: number | null };
  withheld: WithheldItem[];
  fitting: Array<FinderItem<InstrumentSummary>>;
  notFitting: FinderItem[];
  unknown: FinderItem[];
}

export const instrumentKinds = ['work_trajectory', 'participation_place', 'coaching', 'debt_help', 'care_health', 'mobility', 'education', 'subsidy', 'other'] as const;
export const laws = ['participatiewet', 'wmo', 'jeugdwet', 'wgs', 'other'] as const;
export const costUnits = ['free', 'per_trajectory', 'per_month', 'per_hour'] as const;

export const catalogueUrl = (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/catalogue`;
export const catalogueKey = (municipalityId: string) => ['catalogue', municipalityId] as const;

export function useCatalogue(municipalityId: string | undefined) {
  return useQuery({
    queryKey: catalogueKey(municipalityId ?? ''),
    queryFn: ({ signal }) => api.get<Catalogue>(catalogueUrl(municipalityId!), { signal }),
    enabled: Boolean(municipalityId),
  });
}

export function useCriteriaLanguage() {
  return useQuery({
    queryKey: ['catalogue', 'criteria'],
    queryFn: ({ signal }) => api.get<{ items: Array<{ kind: string; description: string }> }>('/api/catalogue/criteria', { signal }),
    staleTime: Infinity,
  });
}

/** Every search is logged for the resident: run only when asked (on opening the page, and on each search). */
export function useFinder(personId: string, given: { hoursPerWeek?: string; maxWaitWeeks?: string }) {
  return useQuery({
    queryKey: ['instrument-finder', personId, given.hoursPerWeek ?? '', given.maxWaitWeeks ?? ''],
    queryFn: ({ signal }) => api.get<FinderAnswer>(`/api/persons/${encodeURIComponent(personId)}/instrument-finder${query(given)}`, { signal }),
    staleTime: 0,
    gcTime: 0,
  });
}
