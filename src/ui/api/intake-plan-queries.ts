/** Queries of the intake, score-history and plan screens. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ActionOwners, Instrument } from './intake-plan-types.ts';
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
export const actionOwnersQueryKey = (householdId: string) => ['plan-owners', householdId] as const;

/** The professionals, members and network who can carry out an action of the household's plan. */
export function useActionOwners(householdId: string) {
  return useQuery({
    queryKey: actionOwnersQueryKey(householdId),
    queryFn: ({ signal }) => api.get<ActionOwners>(`/api/households/${encodeURIComponent(householdId)}/plan/owners`, { signal }),
  });
}
