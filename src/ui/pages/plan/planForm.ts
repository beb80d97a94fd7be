/** The plan as an editable form (strings everywhere), and the way back to the API's plan content. */
import type { ActionOwner, ActionStatus, GoalSuggestion, PlanContent } from '../../api/intake-plan-types.ts';
import { addMonths } from '../../components/format.ts';

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
  /** The low scores this goal was proposed from (shown, not saved). */
  suggestions?: GoalSuggestion[];
}

export interface ActionForm {
  id: string;
  goalId: string;
  description: string;
  owner: ActionOwner;
  dueDate: string;
  status: ActionStatus;
  category: string;
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
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
      category: a.category,
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
      owner: { ...a.owner, name: a.owner.name.trim() },
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

/** A new action's due date: the first evaluation date, else three months after the start (as a new evaluation date). */
export function defaultDueDate(form: PlanForm): string {
  const first = sortDates(form.evaluationDates)[0]?.date;
  if (first) return first;
  return form.startDate ? addMonths(form.startDate, 3) : '';
}

export function newAction(form: PlanForm, goalId: string, owner: ActionOwner, category: string): ActionForm {
  return { id: newId(), goalId, description: '', owner, dueDate: defaultDueDate(form), status: 'open', category };
}

/**
 * A goal for every proposed life domain that no goal covers yet (one per domain, however many members
 * scored low on it; the lowest score sets the target). The description stays empty: it is the resident's goal.
 */
export function proposeGoals(form: PlanForm, suggestions: GoalSuggestion[], knownCategory: (category: string) => boolean): { form: PlanForm; added: GoalForm[] } {
  const covered = new Set(form.goals.map((g) => g.domain));
  const added: GoalForm[] = [];
  for (const s of suggestions) {
    const goal = added.find((g) => g.domain === s.domain);
    if (goal) goal.suggestions!.push(s);
    else if (!covered.has(s.domain)) {
      added.push({ id: newId(), description: '', domain: s.domain, targetScore: String(s.targetScore), category: knownCategory(s.category) ? s.category : 'social', suggestions: [s] });
    }
  }
  return { form: { ...form, goals: [...form.goals, ...added] }, added };
}
