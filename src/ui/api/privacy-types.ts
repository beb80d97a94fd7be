/** Answers of the register and category-rule API (src/privacy). */

export const legalBasisKinds = ['public_task', 'legal_duty', 'consent', 'vital_interest', 'legitimate_interest'] as const;
export type LegalBasisKind = (typeof legalBasisKinds)[number];
export const retentionMoments = ['case_closed', 'registration_withdrawn', 'recorded'] as const;
export type RetentionFrom = (typeof retentionMoments)[number];

export interface ProcessingActivity {
  id: string;
  name: string;
  purpose: string;
  legalBasis: string;
  legalBasisKind: LegalBasisKind;
  legalBasisArticle: string | null;
  dataCategories: string[];
  recipients: string;
  retentionMonths: number | null;
  retentionFrom: RetentionFrom | null;
  endedOn: string | null;
  updatedAt: string;
}

export interface ProcessingActivityDetail extends ProcessingActivity {
  usedBy: Array<{ professionalRole: string; category: string }>;
}

export type ActivityFields = Omit<ProcessingActivity, 'id' | 'updatedAt'>;

export interface ActivityVersion {
  id: number;
  changedAt: string;
  changedBy: { id: string; displayName: string };
  created: boolean;
  old: ActivityFields | null;
  new: ActivityFields;
  changes: Array<{ field: keyof ActivityFields; old: unknown; new: unknown }>;
}

export interface DataCategoryItem {
  id: string;
  nameNl: string;
  nameEn: string;
}

export interface CategoryRuleView {
  category: string;
  processingActivity: { id: string; name: string; legalBasisKind: LegalBasisKind; legalBasisArticle: string | null; endedOn: string | null };
  requiresConsent: boolean;
}

export interface ProfessionalRoleView {
  id: string;
  nameNl: string;
  nameEn: string;
  rules: CategoryRuleView[];
  neverSees: string[];
}

export interface CategoryRuleChange {
  id: number;
  professionalRole: string;
  category: string;
  changedAt: string;
  changedBy: { id: string; displayName: string };
  oldProcessingActivityId: string | null;
  newProcessingActivityId: string | null;
}

export interface AccessRuleView {
  id: string;
  resource: string;
  actions: string[];
  processingActivityId: string;
  explanation: { nl: string; en: string };
}
