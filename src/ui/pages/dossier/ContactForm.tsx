import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { useDataCategoryOptions } from '../../api/queries.ts';
import { contactForms, contactPlaces } from '../../api/types.ts';
import { RadioGroupField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { nowForDateTimeInput } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const knownFields = ['occurredAt', 'place', 'form', 'participants', 'report', 'category'];

/** Capitalise the first letter (the place and form labels are written to be used inside a sentence). */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * Record a contact with the household. Defaults: now, at the resident's home, a face-to-face
 * conversation, data category "social". Closes with the message to announce (null when cancelled).
 */
export function ContactFormSection({ householdId, onDone }: { householdId: string; onDone: (message: string | null) => void }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const categoryOptions = useDataCategoryOptions();
  const [defaultOccurredAt] = useState(() => nowForDateTimeInput());
  const [occurredAt, setOccurredAt] = useState(defaultOccurredAt);
  const [place, setPlace] = useState<string>('home');
  const [form, setForm] = useState<string>('visit');
  const [participants, setParticipants] = useState('');
  const [report, setReport] = useState('');
  const [category, setCategory] = useState('social');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () =>
      api.post(`/api/households/${encodeURIComponent(householdId)}/contacts`, {
        // Left at its default ("now", to the minute): the moment of saving, to the second, so the contact
        // is ordered after what happened earlier in that same minute.
        occurredAt: (occurredAt === defaultOccurredAt ? new Date() : new Date(occurredAt)).toISOString(),
        place,
        form,
        participants: participants.trim(),
        report: report.trim(),
        category,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dossier', householdId] });
      onDone(t('contact.saved'));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);

  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(save.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    const found: Record<string, string> = {};
    const when = new Date(occurredAt);
    if (!occurredAt || Number.isNaN(when.getTime())) found.occurredAt = t('contact.occurredAtRequired');
    else if (when.getTime() > Date.now() + 60_000) found.occurredAt = t('contact.occurredAtFuture');
    if (!participants.trim()) found.participants = t('contact.participantsRequired');
    if (!report.trim()) found.report = t('contact.reportRequired');
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="contact-form-title">
      <Heading level={3} id="contact-form-title" ref={headingRef} tabIndex={-1}>
        {t('contact.title')}
      </Heading>
      {clientErrors ? Object.keys(errors).length > 0 ? <FormSummaryAlert /> : null : <FormError error={save.error} knownFields={knownFields} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <TextField
          label={t('contact.occurredAt')}
          description={t('contact.occurredAtDescription')}
          type="datetime-local"
          value={occurredAt}
          onChange={clearing('occurredAt', setOccurredAt)}
          error={errors.occurredAt}
          max={nowForDateTimeInput()}
          required
        />
        <RadioGroupField
          legend={t('contact.place')}
          name="place"
          inline
          value={place}
          onChange={clearing('place', setPlace)}
          error={errors.place}
          options={contactPlaces.map((p) => ({ value: p, label: capitalise(label('contactPlace', p)) }))}
        />
        <RadioGroupField
          legend={t('contact.form')}
          name="form"
          inline
          value={form}
          onChange={clearing('form', setForm)}
          error={errors.form}
          options={contactForms.map((f) => ({ value: f, label: capitalise(label('contactForm', f)) }))}
        />
        <TextField
          label={t('contact.participants')}
          description={t('contact.participantsDescription')}
          value={participants}
          onChange={clearing('participants', setParticipants)}
          error={errors.participants}
          required
          autoComplete="off"
          maxLength={500}
        />
        <TextareaField
          label={t('contact.report')}
          description={t('contact.reportDescription')}
          value={report}
          onChange={clearing('report', setReport)}
          error={errors.report}
          required
          rows={5}
          maxLength={10000}
        />
        <SelectField label={t('contact.category')} value={category} onChange={clearing('category', setCategory)} error={errors.category} required options={categoryOptions} />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('contact.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
