import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ModelWarning, SavedVersion } from '../configuration/configuration-api.ts';

export interface PresetSummary {
  key: string;
  label: string;
  description: string;
  sources: string[];
  summary: string | null;
  teams: number;
  routing: string;
  warnings: ModelWarning[];
}

export interface LoadedPreset extends SavedVersion { preset: string; rolesIncluded: boolean }

export function usePresets() {
  return useQuery({
    queryKey: ['presets'],
    queryFn: ({ signal }) => api.get<{ items: PresetSummary[] }>('/api/presets', { signal }),
    staleTime: Infinity,
  });
}

export const loadPresetUrl = (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/configurations/preset`;
export const presetsPath = (municipalityId?: string) => `/beheer/voorbeeldmodellen${municipalityId ? `?gemeente=${encodeURIComponent(municipalityId)}` : ''}`;
