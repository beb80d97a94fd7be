/** Confirming the proposal (with a note if wanted), or departing from it with a required reason and, if chosen, another route. */
import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SelectField, TextareaField } from '../../components/fields.tsx';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWorkGuidanceChange } from './useWorkGuidanceChange.ts';
import type { Proposal } from './work-guidance-api.ts';

export type DecisionMode = 'confirm' | 'override';

export function DecisionForm({ personId, proposal, mode, onDone }: { personId: string; proposal: Proposal; mode: DecisionMode; onDone: (message: string | null) => void }) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const [route, setRoute] = useState('');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const decide = useWorkGuidanceChange(personId, `/api/routing-proposals/${encodeURIComponent(proposal.id)}/${mode}`, () => onDone(t(mode === 'confirm' ? 'work.confirmed' : 'work.overridden')));
  useFocusFirstInvalid(formRef, focusTrigger);
  const errors = clientErrors ?? fieldErrors(decide.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'override' && !reason.trim()) {
      decide.reset();
      setClientErrors({ reason: t('work.error.reason') });
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    const body = mode === 'confirm' ? { ...(note.trim() ? { note } : {}) } : { reason, ...(route ? { route } : {}), ...(note.trim() ? { note } : {}) };
    decide.mutate(body, { onError: () => setFocusTrigger({}) });
  };

  const title = t(mode === 'confirm' ? 'work.decision.confirmTitle' : 'work.decision.overrideTitle');
  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="work-decision-form">
      <Heading level={4} id="work-decision-form" ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={decide.error} knownFields={['reason', 'route', 'note']} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        {mode === 'override' ? (
          <>
            <TextareaField label={t('work.field.reason')} description={t('work.field.reasonDescription')} value={reason} onChange={setReason} error={errors.reason} required maxLength={2000} rows={3} />
            {proposal.alternatives.length > 0 ? (
              <SelectField
                label={t('work.field.route')}
                value={route}
                onChange={setRoute}
                error={errors.route}
                optional
                emptyOption={t('work.field.noRoute')}
                options={proposal.alternatives.filter((a) => a.key !== proposal.route?.key).map((a) => ({ value: a.key, label: a.title[language] }))}
              />
            ) : null}
          </>
        ) : null}
        <TextareaField label={t('work.field.note')} description={t('work.field.noteDescription')} value={note} onChange={setNote} error={errors.note} optional maxLength={2000} rows={2} />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={decide.isPending} disabled={decide.isPending}>
            {decide.isPending ? t('app.saving') : t(mode === 'confirm' ? 'work.submitConfirm' : 'work.submitOverride')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('work.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
