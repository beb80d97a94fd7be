/** Queries of the register and "who sees what" screens. */
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n.tsx';
import { api } from './client.ts';
import type {
  AccessRuleView, ActivityVersion, CategoryRuleChange, DataCategoryItem, ProcessingActivity, ProcessingActivityDetail, ProfessionalRoleView,
} from './privacy-types.ts';
import type { ListResponse } from './types.ts';

export const registerQueryKey = ['privacy', 'register'] as const;
export const activityQueryKey = (id: string) => ['privacy', 'register', id] as const;
export const rolesQueryKey = ['privacy', 'roles'] as const;

export function useRegister() {
  return useQuery({
    queryKey: registerQueryKey,
    queryFn: ({ signal }) => api.get<ListResponse<ProcessingActivity>>('/api/privacy/processing-activities', { signal }),
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityQueryKey(id),
    queryFn: ({ signal }) => api.get<ProcessingActivityDetail>(`/api/privacy/processing-activities/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useActivityHistory(id: string) {
  return useQuery({
    queryKey: [...activityQueryKey(id), 'history'],
    queryFn: ({ signal }) => api.get<ListResponse<ActivityVersion>>(`/api/privacy/processing-activities/${encodeURIComponent(id)}/history`, { signal }),
  });
}

export function useDataCategories() {
  return useQuery({
    queryKey: ['privacy', 'data-categories'],
    queryFn: ({ signal }) => api.get<ListResponse<DataCategoryItem>>('/api/privacy/data-categories', { signal }),
    staleTime: Infinity,
  });
}

export function useProfessionalRoles() {
  return useQuery({
    queryKey: rolesQueryKey,
    queryFn: ({ signal }) => api.get<ListResponse<ProfessionalRoleView>>('/api/privacy/professional-roles', { signal }),
  });
}

export function useRuleHistory() {
  return useQuery({
    queryKey: [...rolesQueryKey, 'history'],
    queryFn: ({ signal }) => api.get<ListResponse<CategoryRuleChange>>('/api/privacy/category-rules/history', { signal }),
  });
}

export function useAccessRules() {
  return useQuery({
    queryKey: ['privacy', 'access-rules'],
    queryFn: ({ signal }) => api.get<ListResponse<AccessRuleView>>('/api/privacy/access-rules', { signal }),
    staleTime: Infinity,
  });
}

/** Names of data categories and professional roles in the current language. */
export function usePrivacyNames() {
  const { language } = useI18n();
  const categories = useDataCategories();
  const roles = useProfessionalRoles();
  const pick = (item: { nameNl: string; nameEn: string }) => (language === 'en' ? item.nameEn : item.nameNl);
  return {
    ready: categories.isSuccess && roles.isSuccess,
    category: (id: string) => { const c = categories.data?.items.find((x) => x.id === id); return c ? pick(c) : id; },
    role: (id: string) => { const r = roles.data?.items.find((x) => x.id === id); return r ? pick(r) : id; },
    categories: categories.data?.items ?? [],
    roles: roles.data?.items ?? [],
    pick,
  };
}
