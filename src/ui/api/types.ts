/** Types of the Samenspel JSON API as used by the UI. */

export type SignInStage = 'totp' | 'totp_enrolment' | 'complete';
export type SystemRole = 'administrator' | 'privacy_officer' | 'manager';
export type TeamRole = 'member' | 'coordinator';

export const systemRoles: readonly SystemRole[] = ['administrator', 'privacy_officer', 'manager'];
export const teamRoles: readonly TeamRole[] = ['member', 'coordinator'];

export const teamKinds = [
  'neighbourhood',
  'central_hub',
  'escalation',
  'network',
  'work_participation',
  'youth_family',
  'intake',
  'other',
] as const;
export type TeamKind = (typeof teamKinds)[number];

export const organisationKinds = [
  'municipality',
  'welfare',
  'care',
  'main_contractor',
  'regional_service',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const profiles = ['generalist', 'specialist', 't_shaped'] as const;
export type Profile = (typeof profiles)[number];

export interface LoginResponse {
  stage: SignInStage;
  csrfToken: string;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface MeTeam {
  id: string;
  name: string;
  kind: TeamKind | string;
  role: TeamRole | string;
}

export interface Me {
  stage: SignInStage;
  csrfToken: string;
  user: {
    id: string;
    username: string;
    displayName: string;
    systemRoles: SystemRole[];
    teams: MeTeam[];
  } | null;
}

export interface Session {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string | null;
  userAgent: string | null;
  clientIp: string | null;
  current: boolean;
}

export interface Abilities {
  get?: boolean;
  update?: boolean;
}

export interface PersonSummary {
  id: string;
  displayName: string;
  birthDate: string | null;
  postcode: string | null;
  city: string | null;
  abilities?: Abilities;
}

export interface Address {
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
}

export interface PersonHousehold {
  id: string;
  name: string;
  role: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface Person {
  id: string;
  bsn: string | null;
  givenNames: string | null;
  familyNamePrefix: string | null;
  familyName: string | null;
  displayName: string;
  birthDate: string | null;
  address: Address | null;
  households: PersonHousehold[];
  abilities?: Abilities;
}

export interface HouseholdMember {
  personId: string;
  displayName: string;
  role: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface Household {
  id: string;
  name: string;
  members: HouseholdMember[];
  teams: { id: string; name: string; kind: string }[];
  abilities?: Abilities;
}

export interface Municipality {
  id: string;
  name: string;
  cbsCode: string | null;
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind | string;
  municipalityId: string | null;
}

export interface Team {
  id: string;
  municipalityId: string | null;
  name: string;
  kind: TeamKind | string;
  areaPostcodes: string[];
  areaDistricts: string[];
  validFrom: string | null;
  validUntil: string | null;
}

export interface TeamMember {
  id: string;
  userId: string;
  displayName: string;
  role: TeamRole | string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  employerOrganisationId: string | null;
  discipline: string | null;
  profile: Profile | string | null;
  systemRoles: SystemRole[];
  totpEnrolled: boolean;
  disabled: boolean;
}

export interface AccessLogEntry {
  seq: number | string;
  time: string;
  user: { id: string; displayName: string } | null;
  actingTeam: { id: string; name: string } | null;
  actingRole: string | null;
  action: string;
  processingActivity: { id: string; name: string } | null;
  outcome: string;
  traceId: string | null;
}

export interface AccessLog {
  person: { id: string; displayName: string };
  entries: AccessLogEntry[];
}

export interface VerifyLogResult {
  intact: boolean;
  checked: number;
  firstBroken?: { seq: number | string; reason: string };
}

export interface Health {
  status: string;
  database: string;
  version: string;
}

export interface ListResponse<T> {
  items: T[];
}
