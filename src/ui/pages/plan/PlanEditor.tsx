/**
 * Editing a draft plan version (or the first version of a new plan): situation, goals, actions,
 * services, obligations and evaluation dates. Saved with the revision it was made from; when someone
 * else saved in between (409), both versions are shown and the user chooses.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { useActionOwners } from '../../api/intake-plan-queries.ts';
import type { GoalSuggestion, Instrument, PlanContent, RevisionConflict } from '../../api/intake-plan-types.ts';
import { useDataCategoryOptions } from '../../api/queries.ts';
import { useOptionalUser } from '../../auth.tsx';
import { Alert } from '../../components/Alert.tsx';
import { SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { addMonths, formatDateTimeShort, formatTime } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { stableJson } from '../intake/draft.ts';
import { ActionCard, actionLabel, type ActionPlace } from './ActionCard.tsx';
import { GoalCard } from './GoalCard.tsx';
import { defaultOwner, ownerChoices } from './ownerChoices.ts';
import { PlanDocument } from './PlanDocument.tsx';
import { newAction, newId, proposeGoals, sortDates, toContent, toForm, type ActionForm, type GoalForm, type PlanForm } from './planForm.ts';

export type PlanConflict = RevisionConflict<{ content: PlanContent }>;

export interface SavedPlan {
  /** The content as saved and its new revision (absent for a new plan: the page reloads it). */
  content: PlanContent;
  revision?: number;
  updatedAt?: string;
}

export function PlanEditor({
  householdId,
  versionId,
  revision: initialRevision,
  content,
  zrm,
  onSaved,
  onDirtyChange,
}: {
  householdId: string;
  /** Null for a plan that does not exist yet. */
  versionId: string | null;
  revision: number;
  content: PlanContent;
  zrm: Instrument[];
  onSaved: (saved: SavedPlan) => void;
  /** Told when the form gets or loses unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const user = useOptionalUser();
  const categories = useDataCategoryOptions();
  const [form, setForm] = useState<PlanForm>(() => toForm(content));
  const [revision, setRevision] = useState(initialRevision);
  const [baseline, setBaseline] = useState(() => stableJson(toContent(toForm(content))));
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const [focusItem, setFocusItem] = useState<{ id: string; field?: string } | null>(null);
  const [notice, setNotice] = useState('');
  const [proposal, setProposal] = useState('');
  const formNow = useRef(form);
  useEffect(() => {
    formNow.current = form;
  }, [form]);
  const formRef = useRef<HTMLFormElement>(null);
  const conflictRef = useRef<HTMLHeadingElement>(null);

  const [savedAt, setSavedAt] = useState<string | null>(null);
  const dirty = stableJson(toContent(form)) !== baseline;
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  // A closed editor leaves nothing unsaved behind.
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
  const domains = zrm[0]?.domains ?? [];
  const domainOptions = [
    ...domains.map((d) => ({ value: d.code, label: d.name[language] })),
    // Domains only in an older instrument version, kept when a goal uses one.
    ...[...new Set(form.goals.map((g) => g.domain))]
      .filter((code) => code && !domains.some((d) => d.code === code))
      .map((code) => ({ value: code, label: zrm.flatMap((i) => i.domains).find((d) => d.code === code)?.name[language] ?? code })),
  ];
  const actionOwners = useActionOwners(householdId);
  const owners = ownerChoices(actionOwners.data, user, t);

  const save = useMutation({
    mutationFn: async ({ content: body, base }: { content: PlanContent; base: number }) => {
      if (!versionId) {
        await api.post(`/api/households/${encodeURIComponent(householdId)}/plan`, { content: body });
        return { content: body } satisfies SavedPlan;
      }
      const result = await api.put<{ revision: number; updatedAt: string }>(`/api/plan-versions/${encodeURIComponent(versionId)}`, { revision: base, content: body });
      return { content: body, revision: result.revision, updatedAt: result.updatedAt } satisfies SavedPlan;
    },
    onSuccess: (saved) => {
      setConflict(null);
      if (saved.revision !== undefined) setRevision(saved.revision);
      setBaseline(stableJson(saved.content));
      setSavedAt(saved.updatedAt ?? new Date().toISOString());
      onSaved(saved);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409 && error.code === 'revision_conflict' && (error.body as Partial<PlanConflict>).current?.content) {
        setConflict(error.body as unknown as PlanConflict);
      } else setFocusTrigger({});
    },
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  // Focus the first field of a goal, action, … that was just added.
  useEffect(() => {
    if (!focusItem) return;
    document.getElementById(focusItem.id)?.querySelector<HTMLElement>(focusItem.field ?? 'input, textarea, select')?.focus();
    setFocusItem(null);
  }, [focusItem]);

  const serverErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(save.error))) serverErrors[path.replace(/^content\./, '')] = message;
  const errors = clientErrors ?? serverErrors;

  const check = (f: PlanForm): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!f.startDate) found.startDate = t('plan.error.startDate');
    f.goals.forEach((g, i) => {
      if (!g.description.trim()) found[`goals.${i}.description`] = t('plan.error.goalDescription');
      if (!g.domain) found[`goals.${i}.domain`] = t('plan.error.goalDomain');
    });
    f.actions.forEach((a, i) => {
      if (!a.description.trim()) found[`actions.${i}.description`] = t('plan.error.actionDescription');
      if (!a.owner.name.trim()) found[`actions.${i}.owner.name`] = t('plan.error.ownerName');
      if (!a.dueDate) found[`actions.${i}.dueDate`] = t('plan.error.dueDate');
      else if (f.startDate && a.dueDate < f.startDate) found[`actions.${i}.dueDate`] = t('plan.error.dueBeforeStart');
    });
    f.services.forEach((s, i) => {
      if (!s.name.trim()) found[`services.${i}.name`] = t('plan.error.serviceName');
    });
    f.obligations.forEach((o, i) => {
      if (!o.description.trim()) found[`obligations.${i}.description`] = t('plan.error.obligationDescription');
    });
    f.evaluationDates.forEach((d, i) => {
      if (!d.date) found[`evaluationDates.${i}`] = t('plan.error.evaluationDate');
      else if (f.startDate && d.date < f.startDate) found[`evaluationDates.${i}`] = t('plan.error.evaluationBeforeStart');
    });
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sorted = { ...form, evaluationDates: sortDates(form.evaluationDates) };
    setForm(sorted);
    const found = check(sorted);
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate({ content: toContent(sorted), base: revision });
  };

  const update = (change: (f: PlanForm) => PlanForm) => setForm((f) => change(f));
  const setGoal = (index: number, change: Partial<GoalForm>) => update((f) => ({ ...f, goals: f.goals.map((g, i) => (i === index ? { ...g, ...change } : g)) }));
  const setAction = (index: number, change: Partial<ActionForm>) => update((f) => ({ ...f, actions: f.actions.map((a, i) => (i === index ? { ...a, ...change } : a)) }));

  const addAction = (goal?: GoalForm) => {
    const action = newAction(form, goal?.id ?? '', defaultOwner(owners, user), goal?.category ?? form.goals[form.goals.length - 1]?.category ?? 'social');
    update((f) => ({ ...f, actions: [...f.actions, action] }));
    setFocusItem({ id: `plan-action-${action.id}` });
  };
  const moveAction = (index: number, goalId: string) => {
    const action = form.actions[index]!;
    const goalIndex = form.goals.findIndex((g) => g.id === goalId);
    const category = form.goals[goalIndex]?.category;
    setAction(index, { goalId, ...(category ? { category } : {}) });
    setNotice(goalIndex >= 0 ? t('plan.actionMovedToGoal', { n: goalIndex + 1 }) : t('plan.actionMovedToOther'));
    setFocusItem({ id: `plan-action-${action.id}`, field: 'select[name="goalId"]' });
  };

  const propose = useMutation({
    mutationFn: () => api.get<{ items: GoalSuggestion[] }>(`/api/households/${encodeURIComponent(householdId)}/plan/goal-suggestions`),
    onMutate: () => setProposal(''),
    onSuccess: ({ items }) => {
      const { form: next, added } = proposeGoals(formNow.current, items, (c) => categories.some((x) => x.value === c));
      if (items.length === 0) setProposal(t('plan.noSuggestions'));
      else if (added.length === 0) setProposal(t('plan.suggestionsCovered'));
      else {
        setForm(next);
        setProposal(t('plan.suggestionsAdded', { n: added.length }));
        setFocusItem({ id: `plan-goal-${added[0]!.id}` });
      }
    },
    onError: (error) => setProposal(error.message),
  });

  const keepMine = (c: PlanConflict) => {
    setRevision(c.current.revision);
    save.mutate({ content: toContent(form), base: c.current.revision });
  };
  const takeTheirs = (c: PlanConflict) => {
    setForm(toForm(c.current.content));
    setRevision(c.current.revision);
    setBaseline(stableJson(toContent(toForm(c.current.content))));
    setConflict(null);
    save.reset();
    onSaved({ content: c.current.content, revision: c.current.revision, updatedAt: c.current.updatedAt });
  };

  const goalOptions = form.goals.map((g, i) => ({
    value: g.id,
    label: t('plan.goalOption', { n: i + 1, description: shorten(g.description) || (domainOptions.find((d) => d.value === g.domain)?.label ?? '') }),
  }));
  /** The actions of a goal ('' for those without one), with their place in the plan. */
  const actionsOf = (goalId: string) =>
    form.actions.map((action, index) => ({ action, index })).filter(({ action }) => (goalOptions.some((g) => g.value === action.goalId) ? action.goalId : '') === goalId);
  const actionCard = (action: ActionForm, index: number, place: ActionPlace) => (
    <ActionCard
      key={action.id}
      action={action}
      index={index}
      place={place}
      goalOptions={goalOptions}
      categories={categories}
      owners={owners}
      errors={errors}
      onChange={(change) => setAction(index, change)}
      onMove={(goalId) => moveAction(index, goalId)}
      onRemove={() => {
        update((f) => ({ ...f, actions: f.actions.filter((a) => a.id !== action.id) }));
        setNotice(t('plan.actionRemoved', { action: actionLabel(t, place) }));
      }}
    />
  );

  const dateOptionsHint = form.startDate ? t('plan.evaluationHint', { date: i18n.formatDate(addMonths(form.startDate, 3)) }) : undefined;

  return (
    <section className="samenspel-section" aria-labelledby="plan-editor-title">
      <Heading level={2} id="plan-editor-title">
        {versionId ? t('plan.editTitle') : t('plan.newTitle')}
      </Heading>
      {conflict ? (
        <section className="samenspel-conflict" aria-labelledby="plan-conflict-title" data-testid="plan-conflict">
          <Alert type="warning" className="samenspel-alert">
            <Heading level={3} id="plan-conflict-title" ref={conflictRef} tabIndex={-1}>
              {t('plan.conflictTitle')}
            </Heading>
            <Paragraph>
              {t('plan.conflictText', { name: conflict.current.updatedBy ?? t('intake.conflictSomeone'), when: formatDateTimeShort(i18n, conflict.current.updatedAt) })}
            </Paragraph>
          </Alert>
          <div className="samenspel-side-by-side">
            <div>
              <Heading level={4}>{t('plan.conflictTheirs', { name: conflict.current.updatedBy ?? t('intake.conflictSomeone') })}</Heading>
              <PlanDocument content={conflict.current.content} instruments={zrm} level={5} />
            </div>
            <div>
              <Heading level={4}>{t('plan.conflictYours')}</Heading>
              <PlanDocument content={toContent(form)} instruments={zrm} level={5} />
            </div>
          </div>
          <div className="samenspel-actions">
            <Button appearance="primary-action-button" type="button" onClick={() => keepMine(conflict)} disabled={save.isPending}>
              {t('intake.keepMine')}
            </Button>
            <Button appearance="secondary-action-button" type="button" onClick={() => takeTheirs(conflict)} disabled={save.isPending}>
              {t('intake.takeTheirs')}
            </Button>
          </div>
        </section>
      ) : null}
      {clientErrors ? Object.keys(errors).length > 0 ? <FormSummaryAlert /> : null : conflict ? null : <FormError error={save.error} knownFields={shownFields(form).map((p) => `content.${p}`)} />}

      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form samenspel-form--wide samenspel-plan-form">
        <div className="samenspel-field-row">
          <TextField label={t('plan.startDate')} type="date" value={form.startDate} onChange={(v) => update((f) => ({ ...f, startDate: v }))} error={errors.startDate} required />
          <SelectField
            label={t('plan.situationCategory')}
            value={form.situationCategory}
            options={categories}
            onChange={(v) => update((f) => ({ ...f, situationCategory: v }))}
            error={errors.situationCategory}
          />
        </div>
        <TextareaField
          label={t('plan.situation')}
          description={t('plan.situationDescription')}
          value={form.situation}
          onChange={(v) => update((f) => ({ ...f, situation: v }))}
          error={errors.situation}
          rows={5}
          maxLength={10000}
        />

        <Part title={t('plan.goals')} text={t('plan.goalsText')}>
          {form.goals.map((goal, index) => {
            const actions = actionsOf(goal.id);
            return (
              <GoalCard
                key={goal.id}
                goal={goal}
                index={index}
                zrm={zrm}
                domainOptions={domainOptions}
                categories={categories}
                errors={errors}
                onChange={(change) => setGoal(index, change)}
                onRemove={() => {
                  update((f) => ({ ...f, goals: f.goals.filter((g) => g.id !== goal.id), actions: f.actions.map((a) => (a.goalId === goal.id ? { ...a, goalId: '' } : a)) }));
                  setNotice(t('plan.goalRemoved', { n: index + 1 }));
                }}
                onAddAction={() => addAction(goal)}
              >
                {actions.length > 0 ? actions.map(({ action, index: at }, n) => actionCard(action, at, { n: n + 1, goal: index + 1 })) : null}
              </GoalCard>
            );
          })}
          <div className="samenspel-actions">
            <Button appearance="secondary-action-button" type="button" busy={propose.isPending} disabled={propose.isPending} onClick={() => propose.mutate()}>
              {t('plan.proposeGoals')}
            </Button>
            <Button
              appearance="secondary-action-button"
              type="button"
              onClick={() => {
                const id = newId();
                update((f) => ({ ...f, goals: [...f.goals, { id, description: '', domain: '', targetScore: '', category: 'social' }] }));
                setFocusItem({ id: `plan-goal-${id}` });
              }}
            >
              {t('plan.addGoal')}
            </Button>
          </div>
          <p role="status" data-testid="plan-proposal-status">
            {proposal}
          </p>
        </Part>

        <Part title={t('plan.otherActions')} text={t('plan.otherActionsText')}>
          {actionsOf('').map(({ action, index: at }, n) => actionCard(action, at, { n: n + 1 }))}
          <AddButton label={t('plan.addAction')} onClick={() => addAction()} />
        </Part>

        <Part title={t('plan.services')} text={t('plan.servicesText')}>
          {form.services.map((service, index) => (
            <fieldset key={service.key} id={`plan-service-${service.key}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member">
              <legend>{t('plan.serviceN', { n: index + 1 })}</legend>
              <div className="samenspel-field-row">
                <TextField
                  label={t('plan.serviceName')}
                  value={service.name}
                  onChange={(v) => update((f) => ({ ...f, services: f.services.map((s) => (s.key === service.key ? { ...s, name: v } : s)) }))}
                  error={errors[`services.${index}.name`]}
                  required
                  autoComplete="off"
                  maxLength={200}
                />
                <TextField
                  label={t('plan.serviceProvider')}
                  value={service.provider}
                  onChange={(v) => update((f) => ({ ...f, services: f.services.map((s) => (s.key === service.key ? { ...s, provider: v } : s)) }))}
                  error={errors[`services.${index}.provider`]}
                  optional
                  autoComplete="off"
                  maxLength={200}
                />
                <SelectField
                  label={t('plan.category')}
                  value={service.category}
                  options={categories}
                  onChange={(v) => update((f) => ({ ...f, services: f.services.map((s) => (s.key === service.key ? { ...s, category: v } : s)) }))}
                />
              </div>
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  update((f) => ({ ...f, services: f.services.filter((s) => s.key !== service.key) }));
                  setNotice(t('plan.serviceRemoved', { n: index + 1 }));
                }}
              >
                {t('plan.removeService', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <AddButton
            label={t('plan.addService')}
            onClick={() => {
              const key = newId();
              update((f) => ({ ...f, services: [...f.services, { key, name: '', provider: '', category: 'social' }] }));
              setFocusItem({ id: `plan-service-${key}` });
            }}
          />
        </Part>

        <Part title={t('plan.obligations')} text={t('plan.obligationsText')}>
          {form.obligations.map((obligation, index) => (
            <fieldset key={obligation.key} id={`plan-obligation-${obligation.key}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member">
              <legend>{t('plan.obligationN', { n: index + 1 })}</legend>
              <Paragraph className="samenspel-small">{t('plan.obligationLaw')}</Paragraph>
              <TextareaField
                label={t('plan.obligationDescription')}
                value={obligation.description}
                onChange={(v) => update((f) => ({ ...f, obligations: f.obligations.map((o) => (o.key === obligation.key ? { ...o, description: v } : o)) }))}
                error={errors[`obligations.${index}.description`]}
                rows={2}
                required
                maxLength={1000}
              />
              <SelectField
                label={t('plan.category')}
                value={obligation.category}
                options={categories}
                onChange={(v) => update((f) => ({ ...f, obligations: f.obligations.map((o) => (o.key === obligation.key ? { ...o, category: v } : o)) }))}
              />
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  update((f) => ({ ...f, obligations: f.obligations.filter((o) => o.key !== obligation.key) }));
                  setNotice(t('plan.obligationRemoved', { n: index + 1 }));
                }}
              >
                {t('plan.removeObligation', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <AddButton
            label={t('plan.addObligation')}
            onClick={() => {
              const key = newId();
              const work = categories.some((c) => c.value === 'work_participation') ? 'work_participation' : 'social';
              update((f) => ({ ...f, obligations: [...f.obligations, { key, description: '', category: work }] }));
              setFocusItem({ id: `plan-obligation-${key}` });
            }}
          />
        </Part>

        <Part title={t('plan.evaluationDates')} text={dateOptionsHint}>
          {form.evaluationDates.map((d, index) => (
            <div key={d.key} id={`plan-evaluation-${d.key}`} className="samenspel-inline-search">
              <TextField
                label={t('plan.evaluationN', { n: index + 1 })}
                type="date"
                value={d.date}
                onChange={(v) => update((f) => ({ ...f, evaluationDates: f.evaluationDates.map((x) => (x.key === d.key ? { ...x, date: v } : x)) }))}
                error={errors[`evaluationDates.${index}`]}
                required
              />
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  update((f) => ({ ...f, evaluationDates: f.evaluationDates.filter((x) => x.key !== d.key) }));
                  setNotice(t('plan.evaluationRemoved', { n: index + 1 }));
                }}
              >
                {t('plan.removeEvaluation', { n: index + 1 })}
              </Button>
            </div>
          ))}
          <AddButton
            label={t('plan.addEvaluation')}
            onClick={() => {
              const key = newId();
              const last = form.evaluationDates[form.evaluationDates.length - 1]?.date || form.startDate;
              update((f) => ({ ...f, evaluationDates: [...f.evaluationDates, { key, date: last ? addMonths(last, 3) : '' }] }));
              setFocusItem({ id: `plan-evaluation-${key}` });
            }}
          />
        </Part>

        <p role="status" className="samenspel-visually-hidden">
          {notice}
        </p>
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending || conflict !== null}>
            {save.isPending ? t('app.saving') : versionId ? t('plan.save') : t('plan.create')}
          </Button>
          <span role="status" className="samenspel-muted" data-testid="plan-save-status">
            {dirty ? t('plan.unsaved') : savedAt ? t('plan.savedAt', { time: formatTime(i18n, savedAt) }) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}

/** The paths of the fields this form shows an error at (others go in the summary above it). */
function shownFields(form: PlanForm): string[] {
  return [
    'startDate',
    'situation',
    'situationCategory',
    ...form.goals.flatMap((_, i) => ['description', 'domain', 'targetScore', 'category'].map((f) => `goals.${i}.${f}`)),
    ...form.actions.flatMap((_, i) => ['description', 'goalId', 'status', 'owner.kind', 'owner.name', 'dueDate', 'category'].map((f) => `actions.${i}.${f}`)),
    ...form.services.flatMap((_, i) => [`services.${i}.name`, `services.${i}.provider`]),
    ...form.obligations.map((_, i) => `obligations.${i}.description`),
    ...form.evaluationDates.map((_, i) => `evaluationDates.${i}`),
  ];
}

function shorten(text: string): string {
  const s = text.trim();
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function Part({ title, text, children }: { title: string; text?: string; children: ReactNode }) {
  return (
    <div className="samenspel-form-part">
      <Heading level={3}>{title}</Heading>
      {text ? <Paragraph>{text}</Paragraph> : null}
      {children}
    </div>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="samenspel-actions">
      <Button appearance="secondary-action-button" type="button" onClick={onClick}>
        {label}
      </Button>
    </div>
  );
}
