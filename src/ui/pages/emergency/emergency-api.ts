/** Types and queries of emergency access (conflict van plichten). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type EmergencyGround = 'conflict_of_duties' | 'vital_interest';
export const emergencyGrounds: EmergencyGround[] = ['conflict_of_duties', 'vital_interest'];
export const emergencyHours = 4;
export const minimumJustification = 20;

export interface EmergencyAccess {
  id: string;
  householdId: string;
  ground: EmergencyGround;
  startedAt: string;
  expiresAt: string;
}

export interface EmergencyRequestResult {
  items: Array<{ householdId: string; via: 'started' | 'running' | 'regular'; emergencyAccess: EmergencyAccess | null }>;
}

export interface EmergencyQueueItem {
  id: string;
  user: { id: string; displayName: string; teams: string };
  household: { id: string; name: string; members: Array<{ personId: string; displayName: string }> };
  ground: EmergencyGround;
  justification: string;
  startedAt: string;
  expiresAt: string;
  endedAt: string | null;
  status: 'running' | 'ended' | 'expired';
  actions: Array<{ action: string; count: number }>;
}

export const ownEmergencyAccessKey = ['emergency-access', 'mine'] as const;
export const emergencyQueueKey = ['privacy', 'emergency-access'] as const;

/** The user's running emergency accesses (ids and times only; reading them is not logged). */
export function useOwnEmergencyAccess(enabled = true) {
  return useQuery({
    queryKey: ownEmergencyAccessKey,
    queryFn: ({ signal }) => api.get<{ items: EmergencyAccess[] }>('/api/emergency-access/mine', { signal }),
    enabled,
  });
}

export function useEmergencyQueue() {
  return useQuery({
    queryKey: emergencyQueueKey,
    queryFn: ({ signal }) => api.get<{ items: EmergencyQueueItem[] }>('/api/privacy/emergency-access', { signal }),
  });
}
