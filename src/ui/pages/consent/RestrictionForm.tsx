import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { recordRestriction, refreshAfterSharingChange } from '../../api/consent-queries.ts';
import { restrictionTargetKinds, type NotEffective, type RestrictionTargetKind, type SharingChoices, type SharingMember } from '../../api/consent-types.ts';
import { useDataCategoryOptions } from '../../api/queries.ts';
import { CheckboxGroupField, RadioGroupField, SelectField, TextareaField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useFocusFirstError } from './Fieldset.tsx';

const targetFields: Record<RestrictionTargetKind, 'userId' | 'teamId' | 'organisationId' | 'role'> = { user: 'userId', team: 'teamId', organisation: 'organisationId', role: 'role' };
const knownFields = ['personIds', 'categories', 'appliesTo', 'appliesTo.userId', 'appliesTo.teamId', 'appliesTo.organisationId', 'appliesTo.role', 'reason'];

function restrictionErrors(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = path.startsWith('personIds') ? 'personIds' : path.startsWith('appliesTo') ? 'appliesTo' : path;
    found[field] ??= message;
  }
  return found;
}

/**
 * The resident withholds categories of their own data from one staff member, team, organisation or
 * role. Closes with the message to announce and what a legal duty keeps open (or null when cancelled).
 */
export function RestrictionForm({ householdId, members, choices, onDone }: {
  householdId: string; members: SharingMember[]; choices: SharingChoices; onDone: (message: string | null, notEffective?: NotEffective[]) => void;
}) {
  const { t, language } = useI18n();
  const categoryOptions = useDataCategoryOptions();
  const queryClient = useQueryClient();
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [kind, setKind] = useState<RestrictionTargetKind>('user');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const targets: Record<RestrictionTargetKind, { value: string; label: string }[]> = {
    user: choices.users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.teams.join(', ')})` })),
    team: choices.teams.map((x) => ({ value: x.id, label: x.name })),
    organisation: choices.organisations.map((x) => ({ value: x.id, label: x.name })),
    role: choices.roles.map((x) => ({ value: x.id, label: x.name[language] })),
  };

  const save = useMutation({
    mutationFn: () => recordRestriction(householdId, { personIds, categories, appliesTo: { [targetFields[kind]]: target }, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
    onSuccess: async (result) => {
      await refreshAfterSharingChange(queryClient);
      const seen = new Map(result.items.flatMap((r) => r.notEffectiveFor).map((n) => [`${n.category}:${n.role.id}`, n]));
      onDone(t('restriction.saved'), [...seen.values()]);
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstError(formRef, focusTrigger);

  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? restrictionErrors(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    const found: Record<string, string> = {};
    if (personIds.length === 0) found.personIds = t('restriction.error.persons');
    if (categories.length === 0) found.categories = t('consent.error.categories');
    if (!target) found.appliesTo = t('restriction.error.target');
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  const chooseKind = (value: string) => {
    setKind(value as RestrictionTargetKind);
    setTarget('');
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="restriction-form-title" data-testid="restriction-form">
      <Heading level={3} id="restriction-form-title" ref={headingRef} tabIndex={-1}>
        {t('restriction.formTitle')}
      </Heading>
      <Paragraph>{t('restriction.formIntro')}</Paragraph>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={[...knownFields, ...Object.keys(fieldErrors(save.error)).filter((p) => p.startsWith('personIds'))]} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <CheckboxGroupField
          legend={t('restriction.field.persons')}
          name="restriction-persons"
          values={personIds}
          onChange={clearing('personIds', setPersonIds)}
          error={errors.personIds}
          options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
        />
        <CheckboxGroupField
          legend={t('restriction.field.categories')}
          name="restriction-categories"
          values={categories}
          onChange={clearing('categories', setCategories)}
          error={errors.categories}
          options={categoryOptions}
        />
        <RadioGroupField
          legend={t('restriction.field.kind')}
          name="restriction-kind"
          value={kind}
          onChange={clearing('appliesTo', chooseKind)}
          options={restrictionTargetKinds.map((k) => ({ value: k, label: t(`restrictionKind.${k}` as MessageKey) }))}
        />
        <SelectField
          label={t('restriction.field.target')}
          value={target}
          onChange={clearing('appliesTo', setTarget)}
          error={errors.appliesTo}
          required
          emptyOption={t('consent.choose')}
          options={targets[kind]}
        />
        <TextareaField
          label={t('restriction.field.reason')}
          description={t('restriction.field.reasonDescription')}
          value={reason}
          onChange={clearing('reason', setReason)}
          error={errors.reason}
          optional
          rows={3}
          maxLength={2000}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('restriction.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
