import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ConsentList, Restriction, RestrictionList, SharingChoices } from './consent-types.ts';

const path = (householdId: string, rest: string) => `/api/households/${encodeURIComponent(householdId)}/${rest}`;

export const consentsQueryKey = (householdId: string) => ['consents', householdId] as const;
export const restrictionsQueryKey = (householdId: string) => ['restrictions', householdId] as const;

export function useConsents(householdId: string) {
  return useQuery({
    queryKey: consentsQueryKey(householdId),
    queryFn: ({ signal }) => api.get<ConsentList>(path(householdId, 'consents'), { signal }),
  });
}

export function useRestrictions(householdId: string) {
  return useQuery({
    queryKey: restrictionsQueryKey(householdId),
    queryFn: ({ signal }) => api.get<RestrictionList>(path(householdId, 'restrictions'), { signal }),
  });
}

/** Teams, organisations, roles, staff and purposes a consent or restriction can name. */
export function useSharingChoices(householdId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['sharing-choices', householdId],
    queryFn: ({ signal }) => api.get<SharingChoices>(path(householdId, 'sharing-choices'), { signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export const recordConsent = (householdId: string, body: unknown) => api.post(path(householdId, 'consents'), body);
export const withdrawConsent = (householdId: string, consentId: string, note: string) =>
  api.post(path(householdId, `consents/${encodeURIComponent(consentId)}/withdraw`), note ? { note } : {});
export const recordRestriction = (householdId: string, body: unknown) => api.post<{ items: Restriction[] }>(path(householdId, 'restrictions'), body);
export const endRestriction = (householdId: string, restrictionId: string) =>
  api.post(path(householdId, `restrictions/${encodeURIComponent(restrictionId)}/end`));

/** Consent and restrictions change what every dossier view shows: refetch them all. */
export async function refreshAfterSharingChange(queryClient: QueryClient) {
  await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'data-categories' && q.queryKey[0] !== 'sharing-choices' });
}
