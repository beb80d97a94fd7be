import type { ProfessionalRole, SessionStage, SystemRole, TeamKind, TeamRole } from '../db/schema.ts';
import type { TraceContext } from '../processing-log/trace.ts';

export interface TeamMembershipView {
  teamId: string;
  teamName: string;
  teamKind: TeamKind;
  role: TeamRole;
  professionalRole: ProfessionalRole;
}

/** Who is asking: the signed-in user with their current team memberships, and the request's trace. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  systemRoles: SystemRole[];
  /** Only memberships valid today, of teams valid today. */
  memberships: TeamMembershipView[];
  trace: TraceContext;
}

export interface AuthContext {
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  actor: Actor;
}
