/** Pure helpers for the intake draft: comparing, changing, and keeping an unsaved copy in this browser. */
import type { IntakeDraft, IntakeMember, MemberDraft } from '../../api/intake-plan-types.ts';

/** JSON with sorted object keys, so two drafts compare equal whatever order the database gave their keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/** A low income prompts the questions about debts, chronic illness and children (domain brief §5.3). */
export function needsFollowUp(member: MemberDraft | undefined): boolean {
  const source = member?.income?.source;
  return member?.income?.lowIncome === true || source === 'benefit' || source === 'none' || source === 'student_finance';
}

/** Age in whole years on a date (yyyy-mm-dd), or null when the birth date is unknown. */
export function ageOn(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.slice(0, 10).split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  if (!by || !bm || !bd || !y || !m || !d) return null;
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A fresh intake starts with today's date. Who took part in the previous talk (carried forward by the
 * server) takes part again; of the others, the adults are included.
 */
export function withDefaults(draft: IntakeDraft, members: IntakeMember[], today: string, isNew: boolean): IntakeDraft {
  const next: IntakeDraft = { ...draft, members: { ...(draft.members ?? {}) } };
  if (!next.conductedOn) next.conductedOn = today;
  if (isNew || Object.keys(next.members).length === 0) {
    for (const m of members) {
      const age = ageOn(m.birthDate, today);
      if (!next.members[m.personId] && (age === null || age >= 18)) next.members[m.personId] = { scores: {} };
    }
  }
  return next;
}

/** Sets or removes (when empty) an optional text of the draft. */
export function setText<T extends object, K extends keyof T>(object: T, key: K, value: string): T {
  const next = { ...object };
  if (value === '') delete next[key];
  else next[key] = value as T[K];
  return next;
}

/** Removes empty parts, so the server gets only what was filled in. */
export function cleanDraft(draft: IntakeDraft): IntakeDraft {
  const members: IntakeDraft['members'] = {};
  for (const [id, m] of Object.entries(draft.members)) {
    const member: MemberDraft = { scores: m.scores ?? {} };
    if (m.ladder !== undefined) member.ladder = m.ladder;
    const notes = Object.fromEntries(Object.entries(m.notes ?? {}).filter(([, v]) => v.trim() !== ''));
    if (Object.keys(notes).length > 0) member.notes = notes;
    if (m.income && Object.keys(m.income).length > 0) member.income = m.income;
    if (m.followUp && Object.keys(m.followUp).length > 0) member.followUp = m.followUp;
    members[id] = member;
  }
  const next: IntakeDraft = { members };
  for (const key of ['conductedOn', 'questionBehindQuestion', 'ownStrength', 'network'] as const) {
    if (draft[key]) next[key] = draft[key];
  }
  if (draft.carriedForwardFrom) next.carriedForwardFrom = draft.carriedForwardFrom;
  return next;
}

/* ---------- The unsaved draft in this browser (localStorage), per intake and revision ---------- */

const prefix = (intakeId: string) => `samenspel.intake.${intakeId}.`;

export interface LocalDraft {
  revision: number;
  draft: IntakeDraft;
  storedAt: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function keysOf(intakeId: string): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix(intakeId))) keys.push(key);
  }
  return keys;
}

/** The newest unsaved draft kept for this intake, if any. */
export function readLocalDraft(intakeId: string): LocalDraft | null {
  const store = storage();
  let best: LocalDraft | null = null;
  for (const key of keysOf(intakeId)) {
    try {
      const value = JSON.parse(store?.getItem(key) ?? 'null') as LocalDraft | null;
      if (value && typeof value.revision === 'number' && value.draft && typeof value.draft === 'object' && (!best || value.revision > best.revision)) best = value;
    } catch {
      // A damaged entry is ignored.
    }
  }
  return best;
}

/** Keeps the unsaved draft (made from `revision`) under `samenspel.intake.<id>.<revision>`; older copies go. */
export function writeLocalDraft(intakeId: string, revision: number, draft: IntakeDraft): void {
  const store = storage();
  if (!store) return;
  const key = `${prefix(intakeId)}${revision}`;
  for (const other of keysOf(intakeId)) if (other !== key) store.removeItem(other);
  try {
    store.setItem(key, JSON.stringify({ revision, draft, storedAt: new Date().toISOString() } satisfies LocalDraft));
  } catch {
    // Storage full or blocked: the autosave to the server still runs.
  }
}

export function clearLocalDraft(intakeId: string): void {
  const store = storage();
  for (const key of keysOf(intakeId)) store?.removeItem(key);
}
