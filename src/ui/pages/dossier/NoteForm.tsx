import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { useDataCategoryOptions } from '../../api/queries.ts';
import type { HouseholdMember } from '../../api/types.ts';
import { CheckboxGroupField, SelectField, TextareaField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const knownFields = ['text', 'category', 'about'];

/**
 * Write a free note in the dossier, about the household or some of its members. A note is never
 * changed afterwards. Closes with the message to announce (null when cancelled).
 */
export function NoteForm({ householdId, members, onDone }: { householdId: string; members: HouseholdMember[]; onDone: (message: string | null) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const categoryOptions = useDataCategoryOptions();
  const [text, setText] = useState('');
  const [category, setCategory] = useState('social');
  const [about, setAbout] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () => api.post(`/api/households/${encodeURIComponent(householdId)}/notes`, { text: text.trim(), category, about }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dossier', householdId] });
      onDone(t('note.saved'));
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);

  const serverErrors = fieldErrors(save.error);
  const aboutError = Object.entries(serverErrors).find(([path]) => path.startsWith('about'))?.[1];
  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? { ...serverErrors, ...(aboutError ? { about: aboutError } : {}) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    if (!text.trim()) {
      save.reset();
      setClientErrors({ text: t('note.textRequired') });
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="note-form-title">
      <Heading level={3} id="note-form-title" ref={headingRef} tabIndex={-1}>
        {t('note.title')}
      </Heading>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={[...knownFields, ...Object.keys(serverErrors).filter((p) => p.startsWith('about'))]} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <TextareaField
          label={t('note.text')}
          description={t('note.textDescription')}
          value={text}
          onChange={clearing('text', setText)}
          error={errors.text}
          required
          rows={6}
          maxLength={10000}
        />
        <SelectField label={t('contact.category')} value={category} onChange={clearing('category', setCategory)} error={errors.category} required options={categoryOptions} />
        {members.length > 0 ? (
          <CheckboxGroupField
            legend={t('note.about')}
            description={t('note.aboutDescription')}
            name="about"
            values={about}
            onChange={clearing('about', setAbout)}
            error={errors.about}
            options={members.map((m) => ({ value: m.personId, label: m.displayName }))}
          />
        ) : null}
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('note.save')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
