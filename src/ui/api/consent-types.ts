/** Consent, the resident's restrictions, and what the access layer held back from a response. */
import type { Bilingual } from './intake-plan-types.ts';

export type WithheldReason = 'not_for_role' | 'needs_consent' | 'restricted_by_resident' | 'processing_restricted';

export interface WithheldItem {
  category: string;
  reason: WithheldReason;
  count: number;
}

/** Every response with dossier contents says what it left out; older shapes may lack it. */
export function withheldOf(response: object | null | undefined): WithheldItem[] {
  const value = response && 'withheld' in response ? (response as { withheld?: unknown }).withheld : undefined;
  return Array.isArray(value) ? (value as WithheldItem[]) : [];
}

export interface Named {
  id: string;
  displayName: string;
}

export interface SharingMember {
  personId: string;
  displayName: string;
  /** 16 or older: consents for themselves; for a younger child a parent consents. */
  adult: boolean;
}

export type ConsentForm = 'signed_paper' | 'signed_digital' | 'verbal';
export const consentForms: ConsentForm[] = ['signed_paper', 'signed_digital', 'verbal'];
export type ConsentStatus = 'active' | 'not_yet_valid' | 'expired' | 'withdrawn';

export interface Consent {
  id: string;
  person: Named;
  categories: string[];
  recipient: { team: { id: string; name: string } | null; organisation: { id: string; name: string } | null; role: { id: string; name: Bilingual } | null };
  processingActivity: { id: string; name: string };
  validFrom: string;
  validUntil: string | null;
  form: ConsentForm;
  witnessedBy: string | null;
  recordedBy: Named;
  recordedAt: string;
  withdrawal: { at: string; by: Named; note: string | null } | null;
  status: ConsentStatus;
}

export interface ConsentList {
  items: Consent[];
  members: SharingMember[];
  abilities: { record: boolean };
}

export type RestrictionTargetKind = 'user' | 'team' | 'organisation' | 'role';
export const restrictionTargetKinds: RestrictionTargetKind[] = ['user', 'team', 'organisation', 'role'];

export interface NotEffective {
  category: string;
  role: { id: string; name: Bilingual };
  processingActivity: { id: string; name: string };
}

export interface Restriction {
  id: string;
  person: Named;
  categories: string[];
  appliesTo: { kind: RestrictionTargetKind; id: string; name: Bilingual };
  reason: string | null;
  recordedBy: Named;
  recordedAt: string;
  ended: { at: string; by: Named } | null;
  notEffectiveFor: NotEffective[];
}

export interface RestrictionList {
  items: Restriction[];
  abilities: { record: boolean };
}

export interface SharingChoices {
  teams: Array<{ id: string; name: string }>;
  organisations: Array<{ id: string; name: string }>;
  roles: Array<{ id: string; name: Bilingual }>;
  users: Array<{ id: string; displayName: string; teams: string[] }>;
  activities: Array<{ id: string; name: string; categories: string[] }>;
}
