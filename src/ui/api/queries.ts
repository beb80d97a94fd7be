/** Queries shared by several pages. */
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n.tsx';
import { api } from './client.ts';
import type { DataCategory, HouseholdNetwork, ListResponse, NotificationList } from './types.ts';

/** The data categories (fixed per installation): loaded once. */
export function useDataCategories() {
  return useQuery({
    queryKey: ['data-categories'],
    queryFn: ({ signal }) => api.get<ListResponse<DataCategory>>('/api/data-categories', { signal }),
    staleTime: Infinity,
  });
}

/** The data categories as select options in the UI language; "social" until they are loaded. */
export function useDataCategoryOptions(): { value: string; label: string }[] {
  const { language, label } = useI18n();
  const categories = useDataCategories();
  const items = categories.data?.items ?? [];
  if (items.length === 0) return [{ value: 'social', label: label('dataCategory', 'social') }];
  return items.map((c) => ({ value: c.id, label: c.name[language] }));
}

/** The name of a data category in the UI language (its id until the list is loaded). */
export function useDataCategoryName(): (id: string) => string {
  const { language, label } = useI18n();
  const categories = useDataCategories();
  return (id: string) => categories.data?.items.find((c) => c.id === id)?.name[language] ?? label('dataCategory', id);
}

export const notificationsQueryKey = ['notifications'] as const;

/**
 * The user's notifications. They hold only a kind and ids (no personal data, and reading them is
 * not logged), so unlike resident data they are refreshed in the background.
 */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => api.get<NotificationList>('/api/notifications', { signal }),
    enabled,
    staleTime: 15_000,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function networkQueryKey(householdId: string) {
  return ['household-network', householdId] as const;
}

/** The household's contact details and informal network (dossier contents: only for its professional and coordinator). */
export function useHouseholdNetwork(householdId: string) {
  return useQuery({
    queryKey: networkQueryKey(householdId),
    queryFn: ({ signal }) => api.get<HouseholdNetwork>(`/api/households/${encodeURIComponent(householdId)}/network`, { signal }),
  });
}
