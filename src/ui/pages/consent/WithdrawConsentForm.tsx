import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { refreshAfterSharingChange, withdrawConsent } from '../../api/consent-queries.ts';
import type { Consent } from '../../api/consent-types.ts';
import { TextareaField } from '../../components/fields.tsx';
import { FormError, fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSharingText } from './sharing-text.ts';

/** Withdraw one consent, with an optional note. Closes with the message to announce (null when cancelled). */
export function WithdrawConsentForm({ householdId, consent, onDone }: { householdId: string; consent: Consent; onDone: (message: string | null) => void }) {
  const { t } = useI18n();
  const text = useSharingText();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: () => withdrawConsent(householdId, consent.id, note.trim()),
    onSuccess: async () => {
      await refreshAfterSharingChange(queryClient);
      onDone(t('consent.withdrawn', { name: consent.person.displayName }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="consent-withdraw-title" data-testid="consent-withdraw-form">
      <Heading level={3} id="consent-withdraw-title" ref={headingRef} tabIndex={-1}>
        {t('consent.withdrawTitle')}
      </Heading>
      <Paragraph>
        {t('consent.withdrawWhat', { name: consent.person.displayName, categories: text.categories(consent.categories), recipient: text.recipient(consent.recipient) })}
      </Paragraph>
      <FormError error={save.error} knownFields={['note']} />
      <form onSubmit={submit} noValidate className="samenspel-form">
        <TextareaField
          label={t('consent.withdrawNote')}
          description={t('consent.withdrawNoteDescription')}
          value={note}
          onChange={setNote}
          error={fieldErrors(save.error).note}
          optional
          rows={3}
          maxLength={2000}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('consent.withdrawSubmit')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
