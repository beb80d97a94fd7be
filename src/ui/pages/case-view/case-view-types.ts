/** The pseudonymised case view as the API sends it (GET /api/households/:id/case-view). */
type Text = { nl: string; en: string };

export interface CaseViewMember {
  key: string;
  kind: 'adult' | 'child';
  number: number;
  role: string;
  ageBand: { from: number; to: number | null } | null;
}

export interface CaseViewDocument {
  reference: string;
  generatedOn: string;
  members: CaseViewMember[];
  questions: Array<{ text: string; category: string }>;
  scores: Array<{ member: string; instrument: Text; assessedIn: string; domains: Array<{ code: string; name: Text; score: number }> }>;
  plan: {
    situation: string;
    goals: Array<{ number: number; domain: { code: string; name: Text | null }; description: string; targetScore: number | null }>;
    actions: Array<{ goal: number | null; description: string; owner: { kind: string; member: string | null }; status: string; dueIn: string }>;
  } | null;
  contacts: Array<{ month: string; form: string; place: string; report: string; category: string }>;
  notes: Array<{ month: string; text: string; about: string[]; category: string }>;
  withheld: Array<{ category: string; reason: string; count: number }>;
}

/** Where the case view finds its household: in the history state, never in the address. */
export interface CaseViewLocationState {
  householdId: string;
}
