import type { ColumnType, Generated } from 'kysely';

/** Column typed as a Date when read, optional on insert (database default). */
type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** 'YYYY-MM-DD' */
type DateOnly = string;

export interface MunicipalityTable {
  id: string;
  name: string;
  cbs_code: string | null;
  created_at: CreatedAt;
}

export type OrganisationKind = 'municipality' | 'welfare' | 'care' | 'main_contractor' | 'regional_service' | 'other';
export interface OrganisationTable {
  id: string;
  name: string;
  kind: OrganisationKind;
  municipality_id: string | null;
  created_at: CreatedAt;
}

export type TeamKind =
  | 'neighbourhood' | 'central_hub' | 'escalation' | 'network'
  | 'work_participation' | 'youth_family' | 'intake' | 'other';
export interface TeamTable {
  id: string;
  municipality_id: string;
  name: string;
  kind: TeamKind;
  area_postcodes: ColumnType<string[], string[] | undefined, string[]>;
  area_districts: ColumnType<string[], string[] | undefined, string[]>;
  valid_from: ColumnType<DateOnly, DateOnly | undefined, DateOnly>;
  valid_until: DateOnly | null;
  created_at: CreatedAt;
}

export type SystemRole = 'administrator' | 'privacy_officer' | 'manager';
export type Profile = 'generalist' | 'specialist' | 't_shaped';
export interface AppUserTable {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  employer_organisation_id: string | null;
  discipline: string | null;
  profile: Profile | null;
  system_roles: ColumnType<SystemRole[], SystemRole[] | undefined, SystemRole[]>;
  password_hash: string;
  totp_secret_encrypted: string | null;
  totp_pending_encrypted: string | null;
  totp_last_step: number | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
}

export type TeamRole = 'member' | 'coordinator';
export interface TeamMembershipTable {
  id: string;
  team_id: string;
  user_id: string;
  role: TeamRole;
  professional_role: ColumnType<ProfessionalRole, ProfessionalRole | undefined, ProfessionalRole>;
  valid_from: ColumnType<DateOnly, DateOnly | undefined, DateOnly>;
  valid_until: DateOnly | null;
}

export interface PersonTable {
  id: string;
  municipality_id: string;
  bsn_hash: Buffer | null;
  bsn_encrypted: string | null;
  given_names: string;
  family_name_prefix: string | null;
  family_name: string;
  birth_date: DateOnly | null;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  city: string | null;
  search_name: string;
  /** Set while processing is restricted (AVG art. 18); see processing_restriction. */
  processing_restricted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface HouseholdTable {
  id: string;
  municipality_id: string;
  name: string;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export type HouseholdRole = 'resident' | 'partner' | 'child' | 'other';
export interface HouseholdMemberTable {
  id: string;
  household_id: string;
  person_id: string;
  role: HouseholdRole;
  valid_from: ColumnType<DateOnly, DateOnly | undefined, DateOnly>;
  valid_until: DateOnly | null;
}

export type Channel = 'walk_in' | 'phone' | 'web_form' | 'email' | 'benefit_application' | 'referral' | 'outreach' | 'early_warning';
export type ReferrerType = 'self' | 'gp' | 'district_nurse' | 'informal_carer' | 'hospital' | 'school' | 'police' | 'uwv' | 'municipality_department' | 'other_team' | 'other';
export type UrgentFlag = 'domestic_violence' | 'acute_debt' | 'eviction' | 'crime' | 'psychiatric_crisis';
export type DataCategory = 'social' | 'work_participation' | 'income_benefit' | 'debt' | 'health_work_capability' | 'health_diagnosis' | 'justice' | 'safety' | 'enforcement';

export interface CaseFileTable {
  id: string;
  household_id: string;
  team_id: string;
  kind: 'registration' | 'case';
  opened_at: CreatedAt;
  closed_at: Date | null;
  channel: Channel | null;
  referrer_type: ReferrerType | null;
  question: string | null;
  question_category: ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
  urgent_flags: ColumnType<UrgentFlag[], UrgentFlag[] | undefined, UrgentFlag[]>;
  registered_by: string | null;
  professional_id: string | null;
  coordinator_id: string | null;
  assigned_at: Date | null;
}

export interface CaseAssignmentTable {
  id: string;
  case_file_id: string;
  professional_id: string;
  coordinator_id: string;
  assigned_by: string;
  assigned_at: CreatedAt;
  note: string | null;
}

export type ContactPlace = 'home' | 'team_office' | 'werkplein' | 'elsewhere';
export type ContactForm = 'visit' | 'phone' | 'email' | 'video' | 'message';
export interface ContactTable {
  id: string;
  household_id: string;
  case_file_id: string | null;
  occurred_at: Date;
  place: ContactPlace;
  form: ContactForm;
  participants: string;
  report: string;
  category: DataCategory;
  recorded_by: string;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: 'urgent_registration' | 'case_assigned';
  case_file_id: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface DataCategoryTable {
  id: DataCategory;
  name_nl: string;
  name_en: string;
}

export type LegalBasisKind = 'consent' | 'legal_duty' | 'public_task' | 'vital_interest' | 'legitimate_interest';
export type RetentionFrom = 'case_closed' | 'registration_withdrawn' | 'recorded';
export interface ProcessingActivityTable {
  id: string;
  name: string;
  purpose: string;
  legal_basis: string;
  legal_basis_kind: ColumnType<LegalBasisKind, LegalBasisKind | undefined, LegalBasisKind>;
  legal_basis_article: string | null;
  data_categories: ColumnType<DataCategory[], DataCategory[] | undefined, DataCategory[]>;
  recipients: ColumnType<string, string | undefined, string>;
  retention_months: number | null;
  retention_from: RetentionFrom | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string | null;
  ended_on: ColumnType<DateOnly | null, DateOnly | null | undefined, DateOnly | null>;
}

/** A version of the register entry; old_row is null when the activity was added. */
export interface ProcessingActivityHistoryTable {
  id: Generated<number>;
  processing_activity_id: string;
  changed_by: string;
  changed_at: CreatedAt;
  old_row: ColumnType<Record<string, unknown> | null, string | null, never>;
  new_row: ColumnType<Record<string, unknown>, string, never>;
}

export type ProfessionalRole = 'generalist' | 'work_professional' | 'income_consultant' | 'enforcement_officer' | 'debt_counsellor' | 'wmo_consultant' | 'youth_professional' | 'employer_services';
export interface ProfessionalRoleTable {
  id: ProfessionalRole;
  name_nl: string;
  name_en: string;
}

export interface CategoryRuleTable {
  professional_role: ProfessionalRole;
  category: DataCategory;
  processing_activity_id: string;
}

/** A change of one category rule; old_row is null when added, new_row null when removed. */
export interface CategoryRuleHistoryTable {
  id: Generated<number>;
  professional_role: ProfessionalRole;
  category: DataCategory;
  changed_by: string;
  changed_at: CreatedAt;
  old_row: ColumnType<Record<string, unknown> | null, string | null, never>;
  new_row: ColumnType<Record<string, unknown> | null, string | null, never>;
}

export type ConsentForm = 'signed_paper' | 'signed_digital' | 'verbal';
export interface ConsentTable {
  id: string;
  person_id: string;
  categories: DataCategory[];
  recipient_team_id: string | null;
  recipient_organisation_id: string | null;
  recipient_role: ProfessionalRole | null;
  processing_activity_id: string;
  valid_from: DateOnly;
  valid_until: DateOnly | null;
  form: ConsentForm;
  witnessed_by: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_note: string | null;
}

export interface SharingRestrictionTable {
  id: string;
  person_id: string;
  categories: DataCategory[];
  applies_to_user_id: string | null;
  applies_to_team_id: string | null;
  applies_to_organisation_id: string | null;
  applies_to_role: ProfessionalRole | null;
  reason: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
  ended_at: Date | null;
  ended_by: string | null;
}

export type EmergencyGround = 'conflict_of_duties' | 'vital_interest';
export interface EmergencyAccessTable {
  id: string;
  user_id: string;
  household_id: string;
  ground: EmergencyGround;
  justification: string;
  started_at: CreatedAt;
  expires_at: Date;
  ended_at: Date | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_outcome: 'justified' | 'not_justified' | null;
  review_note: string | null;
}

export type SessionStage = 'totp_enrolment' | 'totp' | 'complete';
export interface AuthSessionTable {
  id: string;
  token_hash: Buffer;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: CreatedAt;
  expires_at: Date;
  ended_at: Date | null;
  ended_reason: string | null;
  client_ip: string | null;
  user_agent: string | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_start: Date;
  locked_until: Date | null;
}

export interface ProcessingLogTable {
  seq: number;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  status_code: 'OK' | 'ERROR' | 'UNSET';
  start_time: Date;
  end_time: Date;
  user_id: string | null;
  acting_team_id: string | null;
  acting_role: string | null;
  processing_activity_id: string;
  data_subject_id: string | null;
  data_subject_id_type: string | null;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
  prev_hash: string;
  hash: string;
}

export interface ProcessingLogHeadTable {
  id: number;
  last_seq: number;
  last_hash: string;
}

export interface MigrationTable {
  name: string;
  applied_at: Generated<Date>;
}

export interface AssessmentInstrumentTable {
  id: string;
  version: number;
  kind: 'zrm' | 'ladder';
  definition: ColumnType<Record<string, unknown>, string, string>;
  loaded_at: CreatedAt;
}

export interface IntakeTable {
  id: string;
  household_id: string;
  case_file_id: string | null;
  instrument_id: string;
  instrument_version: number;
  status: 'draft' | 'final';
  draft: ColumnType<Record<string, unknown>, string | undefined, string>;
  revision: ColumnType<number, number | undefined, number>;
  started_by: string;
  updated_by: string;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  finalised_at: Date | null;
}

export interface AssessmentScoreTable {
  id: string;
  intake_id: string;
  person_id: string;
  instrument_id: string;
  instrument_version: number;
  domain_code: string;
  score: number;
  category: DataCategory;
  assessed_on: string;
}

export type IncomeSource = 'wages' | 'benefit' | 'pension' | 'self_employed' | 'student_finance' | 'none' | 'other';
export interface IntakeMemberIncomeTable {
  intake_id: string;
  person_id: string;
  income_source: IncomeSource;
  benefit: string | null;
  seeks_work: boolean | null;
  low_income: boolean;
  category: ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
}

export interface PlanTable {
  id: string;
  household_id: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface PlanVersionTable {
  id: string;
  plan_id: string;
  number: number;
  status: 'draft' | 'agreed' | 'superseded';
  content: ColumnType<Record<string, unknown>, string, string>;
  revision: ColumnType<number, number | undefined, number>;
  updated_by: string;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface PlanAgreementTable {
  id: string;
  plan_version_id: string;
  person_id: string;
  agreed_on: string;
  form: 'signed_on_paper' | 'signed_digitally' | 'agreed_verbally';
  witnessed_by: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ContactDetailTable {
  id: string;
  household_id: string;
  person_id: string | null;
  kind: 'phone' | 'email' | 'postal' | 'other';
  value: string;
  note: string | null;
  category: ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
  added_by: string;
  created_at: CreatedAt;
  removed_at: Date | null;
}

export type NetworkRelation = 'family' | 'partner' | 'friend' | 'neighbour' | 'volunteer' | 'informal_carer' | 'church_or_association' | 'professional_organisation' | 'other';
export interface NetworkMemberTable {
  id: string;
  household_id: string;
  kind: 'person' | 'organisation';
  name: string;
  relation: NetworkRelation;
  can_help_with: string | null;
  contact: string | null;
  category: ColumnType<DataCategory, DataCategory | undefined, DataCategory>;
  added_by: string;
  created_at: CreatedAt;
  removed_at: Date | null;
}

export interface DossierNoteTable {
  id: string;
  household_id: string;
  case_file_id: string | null;
  text: string;
  category: DataCategory;
  written_by: string;
  written_at: CreatedAt;
}

export interface DossierNotePersonTable {
  note_id: string;
  person_id: string;
}

export interface DatabaseSchema {
  municipality: MunicipalityTable;
  organisation: OrganisationTable;
  team: TeamTable;
  app_user: AppUserTable;
  team_membership: TeamMembershipTable;
  person: PersonTable;
  household: HouseholdTable;
  household_member: HouseholdMemberTable;
  case_file: CaseFileTable;
  case_assignment: CaseAssignmentTable;
  contact: ContactTable;
  notification: NotificationTable;
  data_category: DataCategoryTable;
  assessment_instrument: AssessmentInstrumentTable;
  intake: IntakeTable;
  assessment_score: AssessmentScoreTable;
  intake_member_income: IntakeMemberIncomeTable;
  plan: PlanTable;
  contact_detail: ContactDetailTable;
  network_member: NetworkMemberTable;
  dossier_note: DossierNoteTable;
  dossier_note_person: DossierNotePersonTable;
  plan_version: PlanVersionTable;
  plan_agreement: PlanAgreementTable;
  processing_activity: ProcessingActivityTable;
  professional_role: ProfessionalRoleTable;
  category_rule: CategoryRuleTable;
  processing_activity_history: ProcessingActivityHistoryTable;
  category_rule_history: CategoryRuleHistoryTable;
  consent: ConsentTable;
  sharing_restriction: SharingRestrictionTable;
  emergency_access: EmergencyAccessTable;
  auth_session: AuthSessionTable;
  auth_throttle: AuthThrottleTable;
  processing_log: ProcessingLogTable;
  processing_log_head: ProcessingLogHeadTable;
  schema_migration: MigrationTable;
}
