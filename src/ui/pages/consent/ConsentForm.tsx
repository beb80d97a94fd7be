import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { recordConsent, refreshAfterSharingChange } from '../../api/consent-queries.ts';
import { consentForms, type SharingChoices, type SharingMember } from '../../api/consent-types.ts';
import { CheckboxGroupField, RadioGroupField, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { Fieldset, useFocusFirstError } from './Fieldset.tsx';
import { useSharingText } from './sharing-text.ts';

const knownFields = ['personIds', 'categories', 'recipient', 'recipient.teamId', 'recipient.organisationId', 'recipient.role', 'processingActivityId', 'validFrom', 'validUntil', 'form', 'witnessedBy'];

/** The server's issues at the fields of this form ("personIds.1" shows at the members). */
function consentErrors(error: unknown): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const field = path.startsWith('personIds') ? 'personIds' : path;
    found[field] ??= message;
  }
  return found;
}

/**
 * Record the consent the resident gave: who, which data, with whom, for what, from when until when,
 * and how. Closes with the message to announce (null when cancelled).
 */
export function ConsentForm({ householdId, members, choices, initialCategories, onDone }: {
  householdId: string; members: SharingMember[]; choices: SharingChoices; initialCategories: string[]; onDone: (message: string | null) => void;
}) {
  const { t, language } = useI18n();
  const text = useSharingText();
  const queryClient = useQueryClient();
  const adults = members.filter((m) => m.adult);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [activityId, setActivityId] = useState(() => choices.activities.find((a) => a.id === 'consent-sharing')?.id ?? choices.activities[0]?.id ?? '');
  const activity = choices.activities.find((a) => a.id === activityId);
  const [categories, setCategories] = useState<string[]>(() => initialCategories.filter((c) => activity?.categories.includes(c) ?? true));
  const [teamId, setTeamId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validUntil, setValidUntil] = useState('');
  const [form, setForm] = useState<string>('signed_paper');
  const [witnessedBy, setWitnessedBy] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      recordConsent(householdId, {
        personIds, categories: categories.filter((c) => activity?.categories.includes(c) ?? true), processingActivityId: activityId, validFrom, form,
        recipient: { ...(teamId ? { teamId } : {}), ...(organisationId ? { organisationId } : {}), ...(role ? { role } : {}) },
        ...(validUntil ? { validUntil } : {}),
        ...(form === 'verbal' ? { witnessedBy: witnessedBy.trim() } : {}),
      }),
    onSuccess: async () => {
      await refreshAfterSharingChange(queryClient);
      onDone(t('consent.saved', { names: members.filter((m) => personIds.includes(m.personId)).map((m) => m.displayName).join(', ') }));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstError(formRef, focusTrigger);

  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? consentErrors(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    const found: Record<string, string> = {};
    if (personIds.length === 0) found.personIds = t('consent.error.persons');
    if (categories.length === 0) found.categories = t('consent.error.categories');
    if (!teamId && !organisationId && !role) found.recipient = t('consent.error.recipient');
    if (form === 'verbal' && !witnessedBy.trim()) found.witnessedBy = t('consent.error.witness');
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  const recipientError = errors.recipient ?? errors['recipient.teamId'] ?? errors['recipient.organisationId'] ?? errors['recipient.role'];
  const pickRecipient = (set: (value: string) => void) => clearing('recipient', set);

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="consent-form-title" data-testid="consent-form">
      <Heading level={3} id="consent-form-title" ref={headingRef} tabIndex={-1}>
        {t('consent.formTitle')}
      </Heading>
      <Paragraph>{t('consent.formIntro')}</Paragraph>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={[...knownFields, ...Object.keys(fieldErrors(save.error)).filter((p) => p.startsWith('personIds'))]} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <CheckboxGroupField
          legend={t('consent.field.persons')}
          description={adults.length < members.length ? t('consent.field.personsDescription') : undefined}
          name="personIds"
          values={personIds}
          onChange={clearing('personIds', setPersonIds)}
          error={errors.personIds}
          options={adults.map((m) => ({ value: m.personId, label: m.displayName }))}
        />
        {choices.activities.length > 1 ? (
          <SelectField
            label={t('consent.field.purpose')}
            value={activityId}
            onChange={clearing('processingActivityId', setActivityId)}
            error={errors.processingActivityId}
            required
            options={choices.activities.map((a) => ({ value: a.id, label: a.name }))}
          />
        ) : null}
        <CheckboxGroupField
          legend={t('consent.field.categories')}
          name="categories"
          values={categories}
          onChange={clearing('categories', setCategories)}
          error={errors.categories}
          options={(activity?.categories ?? []).map((c) => ({ value: c, label: text.categoryName(c) }))}
        />
        <Fieldset legend={t('consent.field.recipient')} description={t('consent.field.recipientDescription')} error={recipientError} testId="consent-recipient">
          <SelectField label={t('consent.field.team')} value={teamId} onChange={pickRecipient(setTeamId)} emptyOption={t('consent.none')}
            options={choices.teams.map((x) => ({ value: x.id, label: x.name }))} />
          <SelectField label={t('consent.field.organisation')} value={organisationId} onChange={pickRecipient(setOrganisationId)} emptyOption={t('consent.none')}
            options={choices.organisations.map((x) => ({ value: x.id, label: x.name }))} />
          <SelectField label={t('consent.field.role')} value={role} onChange={pickRecipient(setRole)} emptyOption={t('consent.none')}
            options={choices.roles.map((x) => ({ value: x.id, label: x.name[language] }))} />
        </Fieldset>
        <div className="samenspel-field-row">
          <TextField label={t('consent.field.validFrom')} type="date" value={validFrom} onChange={clearing('validFrom', setValidFrom)} error={errors.validFrom} required />
          <TextField label={t('consent.field.validUntil')} description={t('consent.field.validUntilDescription')} type="date" value={validUntil}
            onChange={clearing('validUntil', setValidUntil)} error={errors.validUntil} optional />
        </div>
        <RadioGroupField
          legend={t('consent.field.form')}
          name="consent-form"
          value={form}
          onChange={clearing('form', setForm)}
          error={errors.form}
          options={consentForms.map((f) => ({ value: f, label: t(`consentForm.${f}` as MessageKey) }))}
        />
        {form === 'verbal' ? (
          <TextField label={t('consent.field.witness')} description={t('consent.field.witnessDescription')} value={witnessedBy}
            onChange={clearing('witnessedBy', setWitnessedBy)} error={errors.witnessedBy} required autoComplete="off" maxLength={200} />
        ) : null}
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('consent.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
