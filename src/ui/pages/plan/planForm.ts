/** The plan as an editable form (strings everywhere), and the way back to the API's plan content. */
import type { ActionStatus, OwnerKind, PlanContent } from '../../api/intake-plan-types.ts';

/** A random UUID (v4), also where crypto.randomUUID is missing (plain http on another host). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface GoalForm {
  id: string;
  description: string;
  domain: string;
  targetScore: string;
  category: string;
}

export interface ActionForm {
  id: string;
  goalId: string;
  description: string;
  ownerKind: OwnerKind;
  ownerName: string;
  dueDate: string;
  status: ActionStatus;
  category: string;
  /** Kept as they were (the form does not edit them). */
  userId?: string;
  personId?: string;
}

export interface ServiceForm {
  key: string;
  name: string;
  provider: string;
  category: string;
}

export interface ObligationForm {
  key: string;
  description: string;
  category: string;
}

export interface DateForm {
  key: string;
  date: string;
}

export interface PlanForm {
  startDate: string;
  situation: string;
  situationCategory: string;
  goals: GoalForm[];
  actions: ActionForm[];
  services: ServiceForm[];
  obligations: ObligationForm[];
  evaluationDates: DateForm[];
}

export function toForm(content: PlanContent): PlanForm {
  return {
    startDate: content.startDate,
    situation: content.situation ?? '',
    situationCategory: content.situationCategory ?? 'social',
    goals: (content.goals ?? []).map((g) => ({ id: g.id, description: g.description, domain: g.domain, targetScore: g.targetScore ? String(g.targetScore) : '', category: g.category })),
    actions: (content.actions ?? []).map((a) => ({
      id: a.id,
      goalId: a.goalId ?? '',
      description: a.description,
      ownerKind: a.owner.kind,
      ownerName: a.owner.name,
      dueDate: a.dueDate,
      status: a.status,
      category: a.category,
      userId: a.owner.userId,
      personId: a.owner.personId,
    })),
    services: (content.services ?? []).map((s) => ({ key: newId(), name: s.name, provider: s.provider ?? '', category: s.category })),
    obligations: (content.obligations ?? []).map((o) => ({ key: newId(), description: o.description, category: o.category })),
    evaluationDates: (content.evaluationDates ?? []).map((date) => ({ key: newId(), date })),
  };
}

export function toContent(form: PlanForm): PlanContent {
  return {
    startDate: form.startDate,
    situation: form.situation.trim(),
    situationCategory: form.situationCategory,
    goals: form.goals.map((g) => ({
      id: g.id,
      description: g.description.trim(),
      domain: g.domain,
      ...(g.targetScore ? { targetScore: Number(g.targetScore) } : {}),
      category: g.category,
    })),
    actions: form.actions.map((a) => ({
      id: a.id,
      ...(a.goalId && form.goals.some((g) => g.id === a.goalId) ? { goalId: a.goalId } : {}),
      description: a.description.trim(),
      owner: { kind: a.ownerKind, name: a.ownerName.trim(), ...(a.userId ? { userId: a.userId } : {}), ...(a.personId ? { personId: a.personId } : {}) },
      dueDate: a.dueDate,
      status: a.status,
      category: a.category,
    })),
    services: form.services.map((s) => ({ name: s.name.trim(), ...(s.provider.trim() ? { provider: s.provider.trim() } : {}), category: s.category })),
    obligations: form.obligations.map((o) => ({ description: o.description.trim(), law: 'participatiewet' as const, category: o.category })),
    evaluationDates: form.evaluationDates.map((d) => d.date),
  };
}

/** Evaluation dates in time order (the API wants them ascending); empty ones last. */
export function sortDates(dates: DateForm[]): DateForm[] {
  return [...dates].sort((a, b) => (a.date === '' ? 1 : b.date === '' ? -1 : a.date.localeCompare(b.date)));
}
