/** Queries of the intake, score-history and plan screens. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Instrument } from './intake-plan-types.ts';
import type { ListResponse } from './types.ts';

/** The assessment instruments (fixed per release; no personal data): loaded once. */
export function useInstruments() {
  return useQuery({
    queryKey: ['instruments'],
    queryFn: ({ signal }) => api.get<ListResponse<Instrument>>('/api/instruments', { signal }),
    staleTime: Infinity,
  });
}

export const intakeQueryKey = (id: string) => ['intake', id] as const;
export const intakesQueryKey = (householdId: string) => ['intakes', householdId] as const;
export const scoresQueryKey = (personId: string) => ['scores', personId] as const;
export const planQueryKey = (householdId: string) => ['plan', householdId] as const;
