import type { TeamKind } from '../db/schema.ts';
import type { caseResponsibilities } from './configuration-parts.ts';

type CaseResponsibility = (typeof caseResponsibilities)[number];

/** What a team does with cases: stated, or by its kind (a network none, an escalation team advises). */
export function caseResponsibility(team: { kind: TeamKind; caseResponsibility?: CaseResponsibility | undefined }): CaseResponsibility {
  if (team.caseResponsibility) return team.caseResponsibility;
  if (team.kind === 'network') return 'none';
  if (team.kind === 'escalation') return 'advises_only';
  return 'takes_over';
}
