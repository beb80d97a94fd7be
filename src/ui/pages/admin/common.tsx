import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ListResponse, Municipality, Organisation, Team, User } from '../../api/types.ts';

export function useMunicipalities() {
  return useQuery({
    queryKey: ['admin', 'municipalities'],
    queryFn: ({ signal }) => api.get<ListResponse<Municipality>>('/api/municipalities', { signal }),
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: ['admin', 'organisations'],
    queryFn: ({ signal }) => api.get<ListResponse<Organisation>>('/api/organisations', { signal }),
  });
}

export function useTeams() {
  return useQuery({
    queryKey: ['admin', 'teams'],
    queryFn: ({ signal }) => api.get<ListResponse<Team>>('/api/teams', { signal }),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: ['admin', 'users'],
    queryFn: ({ signal }) => api.get<ListResponse<User>>('/api/users', { signal }),
  });
}

/** Trimmed value, or undefined when empty (for optional fields on create). */
export function optional(value: string): string | undefined {
  const v = value.trim();
  return v === '' ? undefined : v;
}

/** Trimmed value, or null when empty (to clear optional fields on update). */
export function nullable(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}

export function splitList(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function nameById<T extends { id: string; name: string }>(items: T[] | undefined, id: string | null | undefined): string {
  if (!id) return '';
  return items?.find((item) => item.id === id)?.name ?? '';
}
