/** Types and queries of the work-guidance part of the API (src/work-guidance/), as the UI uses them. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { WithheldItem } from '../../api/consent-types.ts';

export const distances = ['job_ready', 'bridgeable', 'unbridgeable'] as const;
export type Distance = (typeof distances)[number];

export interface Text { nl: string; en: string }
export interface Named { id: string; displayName: string }

export interface Assessment {
  id: string;
  assessedOn: string;
  assessedBy: Named;
  distance: Distance;
  ladderStep: number | null;
  ladderSource: 'score' | 'assessor' | null;
  classification: { key: string; name: string } | null;
  workLimitation: boolean | null;
  expectedMonthsToWork: number | null;
  motivation: string;
  recordedAt: string;
}

export interface ProposedRoute {
  key: string;
  title: Text;
  description: string | null;
  provider: string | null;
  team: { key: string; name: string } | null;
  group: { key: string; name: string } | null;
  consultantRole: { key: string; name: Text } | null;
  note: Text | null;
}

export interface Decision {
  outcome: 'confirmed' | 'overridden';
  route: { key: string; title: Text } | null;
  reason: string | null;
  note: string | null;
  decidedBy: Named;
  decidedAt: string;
}

export interface Proposal {
  id: string;
  assessmentId: string;
  proposedOn: string;
  configuration: { id: string; validFrom: string } | null;
  kind: string;
  route: ProposedRoute | null;
  reasons: Array<{ rule: Text; facts: Text }>;
  alternatives: Array<{ key: string; title: Text }>;
  createdBy: Named;
  createdAt: string;
  decision: Decision | null;
  current: boolean;
  abilities: { confirm: boolean; override: boolean };
}

export interface WorkGuidance {
  person: { id: string; displayName: string };
  /** The household whose open case gives the access (its dossier holds the plan and trajectories). */
  householdId: string;
  today: string;
  visible: boolean;
  assessments: Assessment[];
  proposals: Proposal[];
  ladder: { step: number; on: string } | null;
  options: { routingKind: string; configurationId: string | null; classifications: Array<{ key: string; name: string }> } | null;
  withheld: WithheldItem[];
  abilities: { create: boolean; update: boolean };
}

export const workGuidanceKey = (personId: string) => ['work-guidance', personId] as const;
export const workGuidanceUrl = (personId: string) => `/api/persons/${encodeURIComponent(personId)}/work-guidance`;

export function useWorkGuidance(personId: string) {
  return useQuery({
    queryKey: workGuidanceKey(personId),
    queryFn: ({ signal }) => api.get<WorkGuidance>(workGuidanceUrl(personId), { signal }),
  });
}
