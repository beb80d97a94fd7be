/** Types of the intake (keukentafelgesprek), score-history and plan parts of the API, as used by the UI. */

export interface Bilingual {
  nl: string;
  en: string;
}

export interface InstrumentDomain {
  code: string;
  position: number;
  name: Bilingual;
  category: string;
  /** Description of each level ("1" … "5"), so the professional reads what a score means. */
  anchors: Record<string, Bilingual>;
}

export interface Instrument {
  id: string;
  version: number;
  kind: 'zrm' | 'ladder';
  name: Bilingual;
  description?: Bilingual;
  scale: { min: number; max: number; levels: { score: number; name: Bilingual }[] };
  period?: Bilingual;
  domains: InstrumentDomain[];
}

export const incomeSources = ['wages', 'benefit', 'pension', 'self_employed', 'student_finance', 'none', 'other'] as const;
export type IncomeSource = (typeof incomeSources)[number];

export const followUpAnswers = ['yes', 'no', 'unknown'] as const;
export type FollowUpAnswer = (typeof followUpAnswers)[number];
export const followUpQuestions = ['debts', 'chronicIllness', 'childrenNeeds'] as const;
export type FollowUpQuestion = (typeof followUpQuestions)[number];

export interface MemberDraft {
  scores: Record<string, number>;
  ladder?: number;
  notes?: Record<string, string>;
  income?: { source?: IncomeSource; benefit?: string; seeksWork?: boolean; lowIncome?: boolean };
  followUp?: Partial<Record<FollowUpQuestion, FollowUpAnswer>>;
}

export interface IntakeDraft {
  conductedOn?: string;
  questionBehindQuestion?: string;
  ownStrength?: string;
  network?: string;
  members: Record<string, MemberDraft>;
  /** Set by the server: the earlier talk this one was prefilled from. */
  carriedForwardFrom?: { intakeId: string; conductedOn: string };
}

export interface IntakeMember {
  personId: string;
  displayName: string;
  birthDate: string | null;
  role: string;
  followUpNeeded: boolean;
}

export interface Intake {
  id: string;
  householdId: string;
  status: 'draft' | 'final';
  revision: number;
  draft: IntakeDraft;
  instrument: Instrument;
  ladder: Instrument | null;
  members: IntakeMember[];
  /** While a draft started from an earlier talk: that talk's scores per member. */
  previous: { intakeId: string; conductedOn: string; members: Record<string, { scores: Record<string, number>; ladder?: number }> } | null;
  updatedAt: string;
  finalisedAt: string | null;
}

export interface IntakeSummary {
  id: string;
  status: 'draft' | 'final';
  instrument: { id: string; version: number };
  createdAt: string;
  finalisedAt: string | null;
  startedBy: string;
}

export interface SavedRevision {
  revision: number;
  updatedAt: string;
}

/** The body of a 409 `revision_conflict`: the stored version and the one the user sent. */
export interface RevisionConflict<T> {
  current: { revision: number; updatedAt: string; updatedBy: string | null } & T;
  yours: { revision: number } & T;
}

export interface ScoreHistory {
  personId: string;
  instruments: {
    id: string;
    version: number;
    name: Bilingual;
    domains: { code: string; name: Bilingual }[];
    moments: { assessedOn: string; intakeId: string; scores: Record<string, number> }[];
  }[];
}

/* ---------- Plan ---------- */

export const ownerKinds = ['professional', 'resident', 'network', 'partner_organisation'] as const;
export type OwnerKind = (typeof ownerKinds)[number];
export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const agreementForms = ['signed_on_paper', 'signed_digitally', 'agreed_verbally'] as const;
export type AgreementForm = (typeof agreementForms)[number];

export interface PlanGoal {
  id: string;
  description: string;
  domain: string;
  targetScore?: number;
  category: string;
}

export interface ActionOwner {
  kind: OwnerKind;
  name: string;
  userId?: string;
  personId?: string;
  networkMemberId?: string;
}

export interface PlanAction {
  id: string;
  goalId?: string;
  description: string;
  owner: ActionOwner;
  dueDate: string;
  status: ActionStatus;
  category: string;
}

export interface PlanService {
  name: string;
  provider?: string;
  category: string;
}

export interface PlanObligation {
  description: string;
  law: 'participatiewet';
  category: string;
}

export interface PlanContent {
  startDate: string;
  situation: string;
  situationCategory: string;
  goals: PlanGoal[];
  actions: PlanAction[];
  services: PlanService[];
  obligations: PlanObligation[];
  evaluationDates: string[];
}

export interface PlanAgreement {
  personId: string;
  displayName: string;
  agreedOn: string;
  form: AgreementForm;
  witnessedBy: string | null;
}

export interface PlanVersion {
  id: string;
  number: number;
  status: 'draft' | 'agreed' | 'superseded';
  revision: number;
  updatedAt: string;
  updatedBy: string;
  content: PlanContent;
  agreements: PlanAgreement[];
}

export interface Plan {
  id: string;
  householdId: string;
  createdAt: string;
  versions: PlanVersion[];
}

export interface PlanResponse {
  plan: Plan | null;
}

/** A life domain where a member's latest ZRM score is 1 or 2: a goal to propose. */
export interface GoalSuggestion {
  personId: string;
  personName: string;
  domain: string;
  domainName: Bilingual;
  instrument: { id: string; version: number };
  score: number;
  targetScore: number;
  category: string;
  assessedOn: string;
}

/** Who can carry out an action. */
export interface ActionOwners {
  professionals: { userId: string; displayName: string; role: 'professional' | 'coordinator' }[];
  members: { personId: string; displayName: string }[];
  network: { id: string; kind: 'person' | 'organisation'; name: string; relation: string }[];
}
