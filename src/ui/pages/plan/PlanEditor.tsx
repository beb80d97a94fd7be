/**
 * Editing a draft plan version (or the first version of a new plan): situation, goals, actions,
 * services, obligations and evaluation dates. Saved with the revision it was made from; when someone
 * else saved in between (409), both versions are shown and the user chooses.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, isApiError } from '../../api/client.ts';
import {
  actionStatuses,
  ownerKinds,
  type Instrument,
  type OwnerKind,
  type PlanContent,
  type RevisionConflict,
} from '../../api/intake-plan-types.ts';
import { useDataCategoryOptions } from '../../api/queries.ts';
import { useOptionalUser } from '../../auth.tsx';
import { Alert } from '../../components/Alert.tsx';
import { SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { addMonths, formatDateTimeShort, formatTime } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { stableJson } from '../intake/draft.ts';
import { PlanDocument } from './PlanDocument.tsx';
import { newId, sortDates, toContent, toForm, type ActionForm, type GoalForm, type PlanForm } from './planForm.ts';

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
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const [removed, setRemoved] = useState('');
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
  const levels = zrm[0]?.scale.levels ?? [];
  const domainOptions = [
    ...domains.map((d) => ({ value: d.code, label: d.name[language] })),
    // Domains only in an older instrument version, kept when a goal uses one.
    ...[...new Set(form.goals.map((g) => g.domain))]
      .filter((code) => code && !domains.some((d) => d.code === code))
      .map((code) => ({ value: code, label: zrm.flatMap((i) => i.domains).find((d) => d.code === code)?.name[language] ?? code })),
  ];
  const defaultOwner = user?.displayName ?? '';

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
    document.getElementById(focusItem)?.querySelector<HTMLElement>('input, textarea, select')?.focus();
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
      if (!a.ownerName.trim()) found[`actions.${i}.owner.name`] = t('plan.error.ownerName');
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
          {form.goals.map((goal, index) => (
            <fieldset key={goal.id} id={`plan-goal-${goal.id}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member" data-testid="plan-goal">
              <legend>{t('plan.goalN', { n: index + 1 })}</legend>
              <TextareaField
                label={t('plan.goalDescription')}
                description={t('plan.goalDescriptionHint')}
                value={goal.description}
                onChange={(v) => setGoal(index, { description: v })}
                error={errors[`goals.${index}.description`]}
                rows={2}
                required
                maxLength={2000}
              />
              <div className="samenspel-field-row">
                <SelectField
                  label={t('plan.goalDomainLabel')}
                  value={goal.domain}
                  emptyOption={t('plan.chooseDomain')}
                  options={domainOptions}
                  onChange={(v) => {
                    // The goal's data category follows its life domain (the user can change it after).
                    const category = zrm.flatMap((i) => i.domains).find((d) => d.code === v)?.category;
                    setGoal(index, { domain: v, ...(category && categories.some((c) => c.value === category) ? { category } : {}) });
                  }}
                  error={errors[`goals.${index}.domain`]}
                  required
                />
                <SelectField
                  label={t('plan.targetScore')}
                  value={goal.targetScore}
                  emptyOption={t('plan.noTargetScore')}
                  options={levels.map((l) => ({ value: String(l.score), label: `${l.score} — ${l.name[language]}` }))}
                  onChange={(v) => setGoal(index, { targetScore: v })}
                  error={errors[`goals.${index}.targetScore`]}
                />
                <SelectField
                  label={t('plan.category')}
                  value={goal.category}
                  options={categories}
                  onChange={(v) => setGoal(index, { category: v })}
                  error={errors[`goals.${index}.category`]}
                />
              </div>
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  update((f) => ({ ...f, goals: f.goals.filter((g) => g.id !== goal.id), actions: f.actions.map((a) => (a.goalId === goal.id ? { ...a, goalId: '' } : a)) }));
                  setRemoved(t('plan.goalRemoved', { n: index + 1 }));
                }}
              >
                {t('plan.removeGoal', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <AddButton
            label={t('plan.addGoal')}
            onClick={() => {
              const id = newId();
              update((f) => ({ ...f, goals: [...f.goals, { id, description: '', domain: '', targetScore: '', category: 'social' }] }));
              setFocusItem(`plan-goal-${id}`);
            }}
          />
        </Part>

        <Part title={t('plan.actions')} text={t('plan.actionsText')}>
          {form.actions.map((action, index) => (
            <fieldset key={action.id} id={`plan-action-${action.id}`} className="utrecht-form-fieldset samenspel-fieldset samenspel-member" data-testid="plan-action">
              <legend>{t('plan.actionN', { n: index + 1 })}</legend>
              <TextareaField
                label={t('plan.actionDescription')}
                value={action.description}
                onChange={(v) => setAction(index, { description: v })}
                error={errors[`actions.${index}.description`]}
                rows={2}
                required
                maxLength={2000}
              />
              <div className="samenspel-field-row">
                <SelectField
                  label={t('plan.actionGoal')}
                  value={form.goals.some((g) => g.id === action.goalId) ? action.goalId : ''}
                  emptyOption={t('plan.actionNoGoal')}
                  options={form.goals.map((g, i) => ({ value: g.id, label: t('plan.goalOption', { n: i + 1, description: shorten(g.description) }) }))}
                  onChange={(v) => {
                    const category = form.goals.find((g) => g.id === v)?.category;
                    setAction(index, { goalId: v, ...(category ? { category } : {}) });
                  }}
                  error={errors[`actions.${index}.goalId`]}
                />
                <SelectField
                  label={t('plan.actionStatus')}
                  value={action.status}
                  options={actionStatuses.map((s) => ({ value: s, label: i18n.label('actionStatus', s) }))}
                  onChange={(v) => setAction(index, { status: v as ActionForm['status'] })}
                  error={errors[`actions.${index}.status`]}
                />
              </div>
              <div className="samenspel-field-row">
                <SelectField
                  label={t('plan.ownerKind')}
                  value={action.ownerKind}
                  options={ownerKinds.map((k) => ({ value: k, label: i18n.label('ownerKind', k) }))}
                  onChange={(v) => {
                    const kind = v as OwnerKind;
                    // The default name (the user) goes with "professional" only.
                    const name =
                      kind === 'professional' && !action.ownerName.trim() ? defaultOwner : kind !== 'professional' && action.ownerName === defaultOwner ? '' : action.ownerName;
                    setAction(index, { ownerKind: kind, ownerName: name });
                  }}
                  error={errors[`actions.${index}.owner.kind`]}
                />
                <TextField
                  label={t('plan.ownerName')}
                  value={action.ownerName}
                  onChange={(v) => setAction(index, { ownerName: v })}
                  error={errors[`actions.${index}.owner.name`]}
                  required
                  autoComplete="off"
                  maxLength={200}
                />
              </div>
              <div className="samenspel-field-row">
                <TextField
                  label={t('plan.dueDate')}
                  type="date"
                  value={action.dueDate}
                  onChange={(v) => setAction(index, { dueDate: v })}
                  error={errors[`actions.${index}.dueDate`]}
                  required
                />
                <SelectField
                  label={t('plan.category')}
                  value={action.category}
                  options={categories}
                  onChange={(v) => setAction(index, { category: v })}
                  error={errors[`actions.${index}.category`]}
                />
              </div>
              <Button
                appearance="subtle-button"
                type="button"
                onClick={() => {
                  update((f) => ({ ...f, actions: f.actions.filter((a) => a.id !== action.id) }));
                  setRemoved(t('plan.actionRemoved', { n: index + 1 }));
                }}
              >
                {t('plan.removeAction', { n: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <AddButton
            label={t('plan.addAction')}
            onClick={() => {
              const id = newId();
              const lastGoal = form.goals[form.goals.length - 1];
              update((f) => ({
                ...f,
                actions: [
                  ...f.actions,
                  { id, goalId: '', description: '', ownerKind: 'professional', ownerName: defaultOwner, dueDate: '', status: 'open', category: lastGoal?.category ?? 'social' },
                ],
              }));
              setFocusItem(`plan-action-${id}`);
            }}
          />
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
                  setRemoved(t('plan.serviceRemoved', { n: index + 1 }));
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
              setFocusItem(`plan-service-${key}`);
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
                  setRemoved(t('plan.obligationRemoved', { n: index + 1 }));
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
              setFocusItem(`plan-obligation-${key}`);
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
                  setRemoved(t('plan.evaluationRemoved', { n: index + 1 }));
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
              setFocusItem(`plan-evaluation-${key}`);
            }}
          />
        </Part>

        <p role="status" className="samenspel-visually-hidden">
          {removed}
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
