/** Types and queries of the trajectory part of the API (src/trajectories/), as the UI uses them. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { WithheldItem } from '../../api/consent-types.ts';

export type TrajectoryStatus = 'active' | 'paused' | 'closed';
export const closingReasons = ['goal_reached', 'benefit_ended', 'moved', 'other'] as const;
export type ClosingReason = (typeof closingReasons)[number];
export const outcomeKinds = ['paid_work', 'education', 'volunteer_work', 'nothing_yet'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];
export const employerKinds = ['private', 'public', 'social_enterprise', 'sheltered_work', 'other'] as const;
export type EmployerKind = (typeof employerKinds)[number];
export type FollowUpKind = 'aftercare' | 'light_contact';

export interface Ladder {
  start: number;
  target: number;
  now: number;
  nowOn: string;
  nowSource: 'start' | 'score' | 'status_change';
}

export interface Pause {
  since: string;
  reason: string;
  expectedResumeOn: string;
  overdue: boolean;
}

export interface Closing {
  on: string;
  reason: ClosingReason;
  text: string | null;
}

export interface ExitInterview {
  heldOn: string;
  whatHelped: string | null;
  whatDidNot: string | null;
  ownWords: string | null;
  satisfaction: number | null;
}

export interface Outcome {
  kind: OutcomeKind;
  hoursPerWeek: number | null;
  employerKind: EmployerKind | null;
  wageCostSubsidy: boolean | null;
  wageCostSubsidyPercentage: number | null;
  jobsAgreementRegistered: boolean | null;
  garantiebaan: boolean | null;
  description: string | null;
}

export interface FollowUp {
  id: string;
  kind: FollowUpKind;
  dueOn: string;
  doneOn: string | null;
  note: string | null;
  due: boolean;
}

export interface StatusChange {
  id: string;
  status: TrajectoryStatus;
  effectiveOn: string;
  pauseReason: string | null;
  expectedResumeOn: string | null;
  closingReason: ClosingReason | null;
  closingReasonText: string | null;
  ladderStep: number | null;
  note: string | null;
  recordedBy: string;
}

export interface Trajectory {
  id: string;
  householdId: string;
  personId: string;
  personName: string;
  planId: string;
  goal: { id: string; description: string } | null;
  status: TrajectoryStatus;
  startedOn: string;
  responsible: { userId: string; displayName: string };
  ladder: Ladder;
  pause: Pause | null;
  closing: Closing | null;
  history: StatusChange[];
  instruments: Array<{ catalogueInstrumentId: string | null; name: string; provider: string | null; startedOn: string; endedOn: string | null }>;
  exitInterview: ExitInterview | null;
  outcome: Outcome | null;
  followUps: FollowUp[];
  revision: number;
  updatedAt: string;
  updatedBy: string;
  abilities: { update: boolean };
  /** The catalogue's instruments valid today (when the user may add one). */
  catalogue: Array<{ id: string; name: string; provider: string }>;
  /** Recorded, but worth a look (e.g. an expected resume date already past). */
  warnings: Array<{ path: string; message: string }>;
}

export interface TrajectorySummary {
  id: string;
  personId: string;
  personName: string;
  status: TrajectoryStatus;
  startedOn: string;
  goal: { id: string; description: string } | null;
  responsible: { userId: string; displayName: string };
  ladder: Ladder;
  pause: Pause | null;
  closing: Closing | null;
  followUpsDue: number;
  nextFollowUp: string | null;
}

export interface TrajectoryList {
  items: TrajectorySummary[];
  members: Array<{ personId: string; displayName: string; ladder: { step: number; on: string } | null }>;
  professionals: Array<{ userId: string; displayName: string }>;
  catalogue: Array<{ id: string; name: string; provider: string }>;
  withheld: WithheldItem[];
  abilities: { create: boolean };
}

export const trajectoriesQueryKey = (householdId: string) => ['trajectories', householdId] as const;
export const trajectoryQueryKey = (id: string) => ['trajectory', id] as const;

export function useTrajectories(householdId: string) {
  return useQuery({
    queryKey: trajectoriesQueryKey(householdId),
    queryFn: ({ signal }) => api.get<TrajectoryList>(`/api/households/${encodeURIComponent(householdId)}/trajectories`, { signal }),
  });
}

export function useTrajectory(id: string) {
  return useQuery({
    queryKey: trajectoryQueryKey(id),
    queryFn: ({ signal }) => api.get<Trajectory>(`/api/trajectories/${encodeURIComponent(id)}`, { signal }),
  });
}

export const trajectoryUrl = (id: string, part = '') => `/api/trajectories/${encodeURIComponent(id)}${part}`;
