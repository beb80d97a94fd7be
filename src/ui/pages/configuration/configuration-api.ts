import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type Localized = { nl: string; en: string };

export interface ModelWarning { code: string; path: string; message: Localized; reason: Localized; sources: string[] }

export interface VersionSummary {
  id: string;
  validFrom: string;
  note: string | null;
  createdBy: { id: string; displayName: string };
  createdAt: string;
  updatedAt: string | null;
  appliedAt: string | null;
}

export interface VersionList { today: string; inForceId: string | null; items: VersionSummary[] }

/** The configuration as the UI edits it: the parts with form fields typed, the rest as JSON. */
export interface Configuration {
  baseModel: string;
  workGuidance: string;
  professionalProfile: string;
  access: {
    routes: Array<{ kind: string; channels: string[]; [key: string]: unknown }>;
    selfRegistration: { allowed: boolean; explanation?: string };
    gates: { model: string; points: Array<{ team: string; routes: string[] }> };
  };
  thresholds: { upscaleAfterMonths: number | null; upscaleAfterContacts: number | null; upscaleTo?: string };
  norms: { caseloadPerProfessional: number | null; contactEveryDays: number | null };
  intake: { integralIntake: string; duoIntake: boolean; instrument: string; participationLadder: boolean };
  mandates: Mandate[];
  teams?: Array<{ key: string; name: string; kind: string }>;
  [key: string]: unknown;
}

export interface Mandate {
  decision: string;
  holder: { kind: string; team?: string; body?: string; name?: string };
  spendingLimitEuros?: number;
  discretionaryRoom: string[];
  note?: string;
}

export interface VersionDetail extends VersionSummary {
  configuration: Configuration;
  inForce: boolean;
  future: boolean;
  warnings: ModelWarning[];
}

export interface SavedVersion { version: VersionSummary; applied: Record<string, number> | null; warnings: ModelWarning[] }

export const configurationKey = (municipalityId: string) => ['configuration', municipalityId] as const;

export function useVersions(municipalityId: string) {
  return useQuery({
    queryKey: [...configurationKey(municipalityId), 'versions'],
    queryFn: ({ signal }) => api.get<VersionList>(`/api/municipalities/${encodeURIComponent(municipalityId)}/configurations`, { signal }),
  });
}

export function useVersion(municipalityId: string, versionId: string | undefined) {
  return useQuery({
    queryKey: [...configurationKey(municipalityId), 'version', versionId],
    queryFn: ({ signal }) => api.get<VersionDetail>(`/api/municipalities/${encodeURIComponent(municipalityId)}/configurations/${encodeURIComponent(versionId!)}`, { signal }),
    enabled: Boolean(versionId),
  });
}

export const versionsUrl = (municipalityId: string) => `/api/municipalities/${encodeURIComponent(municipalityId)}/configurations`;
export const exportUrl = (municipalityId: string, versionId: string) => `${versionsUrl(municipalityId)}/${encodeURIComponent(versionId)}/export`;
export const pagePath = (municipalityId: string) => `/organisatiemodel/${encodeURIComponent(municipalityId)}`;
export const versionPath = (municipalityId: string, versionId: string) => `${pagePath(municipalityId)}/versies/${encodeURIComponent(versionId)}`;

/** A server issue's path inside the configuration ("configuration.teams.2.key" → "teams.2.key"). */
export const configurationPath = (path: string) => path.replace(/^configuration\.?/, '');
