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
  /** Decides which data categories of a file the user sees through this team. */
  professionalRole: string;
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
  professionalRole: string;
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
  /** Read or done with emergency access (conflict van plichten). */
  emergency?: boolean;
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

/* ---------- Registrations, triage, dossier, notifications ---------- */

export const channels = ['walk_in', 'phone', 'web_form', 'email', 'benefit_application', 'referral', 'outreach', 'early_warning'] as const;
export type Channel = (typeof channels)[number];

export const referrerTypes = [
  'self',
  'gp',
  'district_nurse',
  'informal_carer',
  'hospital',
  'school',
  'police',
  'uwv',
  'municipality_department',
  'other_team',
  'other',
] as const;
export type ReferrerType = (typeof referrerTypes)[number];

export const urgentFlags = ['domestic_violence', 'acute_debt', 'eviction', 'crime', 'psychiatric_crisis'] as const;
export type UrgentFlag = (typeof urgentFlags)[number];

/** Roles a member can have in a newly registered household. */
export const newMemberRoles = ['resident', 'partner', 'child', 'other'] as const;
export type NewMemberRole = (typeof newMemberRoles)[number];

export const contactPlaces = ['home', 'team_office', 'werkplein', 'elsewhere'] as const;
export type ContactPlace = (typeof contactPlaces)[number];

export const contactForms = ['visit', 'phone', 'email', 'video', 'message'] as const;
export type ContactForm = (typeof contactForms)[number];

/** The data category every question, contact and note carries (e.g. "social"). */
export interface DataCategory {
  id: string;
  name: { nl: string; en: string };
}

export interface HouseholdSummary {
  id: string;
  name: string;
  memberCount: number;
}

export interface RegistrationCreated {
  id: string;
  householdId: string;
}

export interface TriageItem {
  id: string;
  householdId: string;
  householdName: string;
  members: { personId: string; displayName: string; birthDate: string | null; role: string }[];
  channel: Channel | null;
  referrerType: ReferrerType | null;
  question: string | null;
  questionCategory: string;
  urgentFlags: UrgentFlag[];
  registeredAt: string;
  registeredBy: { id: string; displayName: string } | null;
  abilities: { assign: boolean };
}

export interface TriageCandidate {
  userId: string;
  displayName: string;
  discipline: string | null;
  role: TeamRole | string;
}

export interface TriageBoard {
  items: TriageItem[];
  candidates: TriageCandidate[];
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface CaseView {
  id: string;
  team: { id: string; name: string };
  kind: 'registration' | 'case';
  openedAt: string;
  closedAt: string | null;
  channel: Channel | null;
  referrerType: ReferrerType | null;
  /** Null when the user may not see the dossier's contents. */
  question: string | null;
  questionCategory: string;
  urgentFlags: UrgentFlag[];
  professional: PersonRef | null;
  coordinator: PersonRef | null;
  assignedAt: string | null;
}

export type TimelineEntry =
  | { kind: 'registration'; at: string; id: string; team: string; channel: Channel | null; question: string | null; category: string }
  | { kind: 'assignment'; at: string; id: string; team: string; professional: string; coordinator: string; by: string }
  | { kind: 'intake'; at: string; id: string; status: 'draft' | 'final'; instrument: string; by: string }
  | { kind: 'plan'; at: string; id: string; number: number; status: 'draft' | 'agreed' | 'superseded'; by: string }
  | {
      kind: 'contact';
      at: string;
      id: string;
      place: ContactPlace;
      form: ContactForm;
      participants: string;
      report: string;
      category: string;
      by: string;
    }
  | { kind: 'note'; at: string; id: string; text: string; category: string; about: string[]; by: string };

/** What the user may do on the dossier page (computed by the server's access rules). */
export interface DossierAbilities {
  contents: boolean;
  addContact: boolean;
  addNote: boolean;
  editNetwork: boolean;
}

export interface Dossier {
  household: Household;
  cases: CaseView[];
  currentCoordinator: { id: string; displayName: string; team: string } | null;
  timeline: TimelineEntry[];
  nextBefore: string | null;
  abilities: DossierAbilities;
}

export const contactDetailKinds = ['phone', 'email', 'postal', 'other'] as const;
export type ContactDetailKind = (typeof contactDetailKinds)[number];

export interface ContactDetail {
  id: string;
  /** The member it belongs to; null: the household. */
  personId: string | null;
  kind: ContactDetailKind;
  value: string;
  note: string | null;
  category: string;
}

export const networkKinds = ['person', 'organisation'] as const;
export type NetworkKind = (typeof networkKinds)[number];

export const networkRelations = [
  'family',
  'partner',
  'friend',
  'neighbour',
  'volunteer',
  'informal_carer',
  'church_or_association',
  'professional_organisation',
  'other',
] as const;
export type NetworkRelation = (typeof networkRelations)[number];

export interface NetworkMember {
  id: string;
  kind: NetworkKind;
  name: string;
  relation: NetworkRelation;
  canHelpWith: string | null;
  contact: string | null;
  category: string;
}

export interface HouseholdNetwork {
  contactDetails: ContactDetail[];
  network: NetworkMember[];
}

export interface Note {
  id: string;
  writtenAt: string;
  text: string;
  category: string;
  about: { personId: string; displayName: string }[];
  writtenBy: PersonRef;
}

export type NotificationKind = 'urgent_registration' | 'case_assigned';

export interface AppNotification {
  id: string;
  kind: NotificationKind | string;
  caseFileId: string | null;
  householdId: string | null;
  teamId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  unread: number;
  items: AppNotification[];
}
