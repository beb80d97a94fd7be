/** Types and queries of the resident's-rights and retention screens (privacy officer). */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ListResponse } from './types.ts';

export const restrictionGrounds = ['accuracy_contested', 'unlawful_processing', 'legal_claims', 'objection_pending'] as const;
export type RestrictionGround = (typeof restrictionGrounds)[number];

export interface Restriction {
  id: string;
  ground: RestrictionGround;
  reason: string;
  restrictedBy: string;
  restrictedAt: string;
  liftedBy: string | null;
  liftedAt: string | null;
  liftNote: string | null;
}

export interface Rectification {
  id: string;
  changedFields: string[];
  previousValues: Record<string, string | null>;
  requestNote: string;
  rectifiedBy: string;
  rectifiedAt: string;
}

export type ErasureBlocker =
  | { kind: 'open_case'; household: string; team: string }
  | { kind: 'legal_duty'; activity: string; article: string | null; keepUntil: string | null }
  | { kind: 'emergency_access_unreviewed'; household: string }
  | { kind: 'restricted' };

export interface PersonRights {
  id: string;
  displayName: string;
  bsn: string | null;
  givenNames: string;
  familyNamePrefix: string | null;
  familyName: string;
  birthDate: string | null;
  restricted: boolean;
  restrictions: Restriction[];
  rectifications: Rectification[];
  erasure: { allowed: boolean; blockers: ErasureBlocker[]; householdsDestroyed: number; householdsShared: number };
}

export interface ErasureResult {
  erased: true;
  counts: Record<string, number>;
  kept: { households: number };
}

export interface RuleRef { activityId: string; name: string; months: number; from: string }

export interface RetentionDryRun {
  asOf: string;
  rules: Array<{ activityId: string; name: string; legalBasisKind: string; months: number | null; from: string | null }>;
  due: Array<{ householdId: string; rule: RuleRef; lastClosedAt: string; keepUntil: string; persons: number; counts: Record<string, number> }>;
  held: Array<{ householdId: string; rule: RuleRef; keepUntil: string; reasons: string[] }>;
}

export interface RetentionRun {
  id: string;
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
  startedBy: string | null;
  householdsDestroyed: number;
  householdsHeld: number;
  failures: number;
  destroyed: Record<string, { households: number; persons: number; rows: Record<string, number> }>;
}

export const personRightsKey = (id: string) => ['privacy', 'rights', id] as const;
export const retentionKey = ['privacy', 'retention'] as const;
export const rightsUrl = (id: string) => `/api/privacy/rights/persons/${encodeURIComponent(id)}`;

export function usePersonRights(id: string) {
  return useQuery({
    queryKey: personRightsKey(id),
    queryFn: ({ signal }) => api.get<PersonRights>(rightsUrl(id), { signal }),
    retry: false,
  });
}

export function useRetentionDryRun() {
  return useQuery({
    queryKey: [...retentionKey, 'dry-run'],
    queryFn: ({ signal }) => api.get<RetentionDryRun>('/api/privacy/retention/dry-run', { signal }),
  });
}

export function useRetentionRuns() {
  return useQuery({
    queryKey: [...retentionKey, 'runs'],
    queryFn: ({ signal }) => api.get<ListResponse<RetentionRun>>('/api/privacy/retention/runs', { signal }),
  });
}

/** All rows of a count per table. */
export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
