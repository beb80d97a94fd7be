import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { networkQueryKey, useDataCategoryOptions } from '../../api/queries.ts';
import { contactDetailKinds, type ContactDetail, type HouseholdMember } from '../../api/types.ts';
import { RadioGroupField, SelectField, TextField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const knownFields = ['kind', 'value', 'personId', 'note', 'category'];
const inputType = { phone: 'tel', email: 'email', postal: 'text', other: 'text' } as const;

/** Add a phone number, e-mail address or address of the household, or change one (`entry`). Closes with the message to announce. */
export function ContactDetailForm({
  householdId,
  members,
  entry,
  onDone,
}: {
  householdId: string;
  members: HouseholdMember[];
  entry?: ContactDetail;
  onDone: (message: string | null) => void;
}) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const categoryOptions = useDataCategoryOptions();
  const [kind, setKind] = useState<ContactDetail['kind']>(entry?.kind ?? 'phone');
  const [value, setValue] = useState(entry?.value ?? '');
  const [personId, setPersonId] = useState(entry?.personId ?? '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [category, setCategory] = useState(entry?.category ?? 'social');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = `contact-detail-form-title-${entry?.id ?? 'new'}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () => {
      const body = { kind, value: value.trim(), ...(personId ? { personId } : {}), ...(note.trim() ? { note: note.trim() } : {}), category };
      const base = `/api/households/${encodeURIComponent(householdId)}/contact-details`;
      return entry ? api.put(`${base}/${encodeURIComponent(entry.id)}`, body) : api.post(base, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: networkQueryKey(householdId) });
      onDone(t(entry ? 'contactDetails.changed' : 'contactDetails.added'));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);

  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    if (!value.trim()) {
      save.reset();
      setClientErrors({ value: t('contactDetails.valueRequired') });
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby={titleId}>
      <Heading level={3} id={titleId} ref={headingRef} tabIndex={-1}>
        {entry ? t('contactDetails.editTitle', { value: entry.value }) : t('contactDetails.add')}
      </Heading>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={knownFields} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <RadioGroupField
          legend={t('contactDetails.kind')}
          name={`contact-detail-kind-${entry?.id ?? 'new'}`}
          inline
          value={kind}
          onChange={clearing('kind', (k: string) => setKind(k as ContactDetail['kind']))}
          error={errors.kind}
          options={contactDetailKinds.map((k) => ({ value: k, label: label('contactDetailKind', k) }))}
        />
        <TextField
          label={t('contactDetails.value')}
          type={inputType[kind]}
          value={value}
          onChange={clearing('value', setValue)}
          error={errors.value}
          required
          autoComplete="off"
          maxLength={200}
        />
        <SelectField
          label={t('contactDetails.person')}
          value={personId}
          onChange={clearing('personId', setPersonId)}
          error={errors.personId}
          emptyOption={t('contactDetails.household')}
          options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
        />
        <TextField
          label={t('contactDetails.note')}
          description={t('contactDetails.noteDescription')}
          value={note}
          onChange={clearing('note', setNote)}
          error={errors.note}
          optional
          autoComplete="off"
          maxLength={500}
        />
        <SelectField label={t('contact.category')} value={category} onChange={clearing('category', setCategory)} error={errors.category} required options={categoryOptions} />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('contactDetails.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
