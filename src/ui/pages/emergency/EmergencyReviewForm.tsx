import { Button } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { RadioGroupField, TextareaField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid, useShownErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { emergencyQueueKey, type EmergencyQueueItem } from './emergency-api.ts';

const outcomes = ['justified', 'not_justified'] as const;

/** Justified or not, with a note; the access then leaves the queue. */
export function EmergencyReviewForm({ item, onReviewed }: { item: EmergencyQueueItem; onReviewed: (message: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const review = useMutation({
    mutationFn: () => api.post(`/api/privacy/emergency-access/${encodeURIComponent(item.id)}/review`, { outcome, note: note.trim() }),
    onSuccess: async () => {
      onReviewed(t('emergencyReview.saved', {
        user: item.user.displayName, household: item.household.name, outcome: t(`emergencyReview.outcome.${outcome}` as MessageKey).toLowerCase(),
      }));
      await queryClient.invalidateQueries({ queryKey: emergencyQueueKey });
    },
    onError: () => setFocusTrigger({}),
  });
  useFocusFirstInvalid(formRef, focusTrigger);
  const { errors, clearing, submitted } = useShownErrors(clientErrors ?? fieldErrors(review.error));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitted();
    const problems: Record<string, string> = {};
    if (!outcome) problems.outcome = t('emergencyReview.outcomeRequired');
    if (!note.trim()) problems.note = t('emergencyReview.noteRequired');
    if (Object.keys(problems).length > 0) {
      review.reset();
      setClientErrors(problems);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    review.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form samenspel-assign-form">
      {clientErrors ? <FormSummaryAlert /> : <FormError error={review.error} knownFields={['outcome', 'note']} />}
      <RadioGroupField
        legend={t('emergencyReview.outcome')}
        name={`outcome-${item.id}`}
        value={outcome}
        onChange={clearing('outcome', setOutcome)}
        error={errors.outcome}
        inline
        options={outcomes.map((o) => ({
          value: o,
          label: t(`emergencyReview.outcome.${o}` as MessageKey),
          ...(o === 'not_justified' ? { description: t('emergencyReview.outcome.not_justified.description') } : {}),
        }))}
      />
      <TextareaField
        label={t('emergencyReview.note')}
        description={t('emergencyReview.noteDescription')}
        value={note}
        onChange={clearing('note', setNote)}
        error={errors.note}
        required
        rows={3}
        maxLength={2000}
      />
      <div className="samenspel-actions">
        <Button appearance="primary-action-button" type="submit" busy={review.isPending} disabled={review.isPending}>
          {review.isPending ? t('app.saving') : t('emergencyReview.save')}
        </Button>
      </div>
    </form>
  );
}
