/**
 * Pause (reason and expected resume date), resume, or close (reason, exit interview, outcome and
 * the follow-up contacts after 1, 3 and 6 months) — one form per transition, from the current revision.
 */
import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckboxField, RadioGroupField, TextareaField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ExitInterviewFields, OutcomeFields, exitBody, exitDraft, outcomeBody, outcomeDraft, type ExitDraft, type OutcomeDraft } from './CloseParts.tsx';
import { LadderStepField } from './ladder.tsx';
import { closingReasons, type ClosingReason, type Trajectory } from './trajectory-api.ts';
import { useTrajectoryChange } from './useTrajectoryChange.ts';

export type StatusMode = 'paused' | 'active' | 'closed';
const titles: Record<StatusMode, MessageKey> = { paused: 'trajectory.pauseTitle', active: 'trajectory.resumeTitle', closed: 'trajectory.closeTitle' };
const submits: Record<StatusMode, MessageKey> = { paused: 'trajectory.pause', active: 'trajectory.resume', closed: 'trajectory.close' };

/** The form's own checks of the numbers, so a typo gets a clear message at its field. */
export function outcomeErrors(d: OutcomeDraft, at: string, t: (key: MessageKey) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (d.kind !== 'paid_work') return errors;
  const hours = Number(d.hoursPerWeek);
  if (!/^\d+$/.test(d.hoursPerWeek.trim()) || hours < 1 || hours > 60) errors[`${at}.hoursPerWeek`] = t('trajectory.error.hours');
  const percentage = Number(d.percentage);
  if (d.wageCostSubsidy && (!/^\d+$/.test(d.percentage.trim()) || percentage > 100)) errors[`${at}.wageCostSubsidyPercentage`] = t('trajectory.error.percentage');
  return errors;
}

export function StatusForm({ trajectory, mode, onDone }: { trajectory: Trajectory; mode: StatusMode; onDone: (message: string | null) => void }) {
  const { t, label } = useI18n();
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [pauseReason, setPauseReason] = useState('');
  const [expectedResumeOn, setExpectedResumeOn] = useState('');
  const [closingReason, setClosingReason] = useState<ClosingReason | ''>('');
  const [closingReasonText, setClosingReasonText] = useState('');
  const [ladderStep, setLadderStep] = useState('');
  const [note, setNote] = useState('');
  const [withExit, setWithExit] = useState(true);
  const [exit, setExit] = useState<ExitDraft>(exitDraft(todayIso()));
  const [withOutcome, setWithOutcome] = useState(true);
  const [outcome, setOutcome] = useState<OutcomeDraft>(outcomeDraft());
  const [followUps, setFollowUps] = useState(true);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const change = useTrajectoryChange(trajectory, (saved) => onDone(t(`trajectory.saved.${mode}` as MessageKey, { status: label('trajectoryStatus', saved.status) })));
  useFocusFirstInvalid(formRef, focusTrigger);
  const errors = clientErrors ?? fieldErrors(change.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!effectiveOn) found.effectiveOn = t('trajectory.error.date');
    if (mode === 'paused' && !pauseReason.trim()) found.pauseReason = t('trajectory.error.pauseReason');
    if (mode === 'paused' && !expectedResumeOn) found.expectedResumeOn = t('trajectory.error.expectedResumeOn');
    if (mode === 'closed' && !closingReason) found.closingReason = t('trajectory.error.closingReason');
    if (mode === 'closed' && withOutcome && !outcome.kind) found['outcome.kind'] = t('trajectory.error.outcomeKind');
    if (mode === 'closed' && withOutcome) Object.assign(found, outcomeErrors(outcome, 'outcome', t));
    if (Object.keys(found).length > 0) {
      change.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    change.mutate({
      part: '/status',
      body: {
        status: mode, effectiveOn,
        ...(ladderStep ? { ladderStep: Number(ladderStep) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(mode === 'paused' ? { pauseReason: pauseReason.trim(), expectedResumeOn } : {}),
        ...(mode === 'closed' ? {
          closingReason,
          ...(closingReason === 'other' ? { closingReasonText: closingReasonText.trim() } : {}),
          ...(withExit ? { exitInterview: exitBody(exit) } : {}),
          ...(withOutcome ? { outcome: outcomeBody(outcome) } : {}),
          ...(followUps ? {} : { followUps: [] }),
        } : {}),
      },
    }, { onError: () => setFocusTrigger({}) });
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="trajectory-status-title">
      <Heading level={3} id="trajectory-status-title" ref={headingRef} tabIndex={-1}>
        {t(titles[mode])}
      </Heading>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={change.error} knownFields={Object.keys(fieldErrors(change.error)).filter((p) => p !== 'status' && p !== 'revision')} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <TextField label={t(`trajectory.effectiveOn.${mode}` as MessageKey)} type="date" max={todayIso()} value={effectiveOn} onChange={setEffectiveOn} error={errors.effectiveOn} required />
        {mode === 'paused' ? (
          <>
            <TextareaField label={t('trajectory.pauseReason')} description={t('trajectory.pauseReasonDescription')} value={pauseReason} onChange={setPauseReason} error={errors.pauseReason} required maxLength={1000} rows={2} />
            <TextField label={t('trajectory.expectedResumeOn')} type="date" value={expectedResumeOn} onChange={setExpectedResumeOn} error={errors.expectedResumeOn} required />
          </>
        ) : null}
        {mode === 'closed' ? (
          <>
            <RadioGroupField
              legend={t('trajectory.closingReason')}
              name="closing-reason"
              value={closingReason}
              onChange={(v) => setClosingReason(v as ClosingReason)}
              error={errors.closingReason}
              options={closingReasons.map((r) => ({ value: r, label: label('closingReason', r) }))}
            />
            {closingReason === 'other' ? (
              <TextField label={t('trajectory.closingReasonText')} value={closingReasonText} onChange={setClosingReasonText} error={errors.closingReasonText} required maxLength={1000} autoComplete="off" />
            ) : null}
          </>
        ) : null}
        <LadderStepField label={t('trajectory.ladderStepNow')} description={t('trajectory.ladderStepNowDescription')} value={ladderStep} onChange={setLadderStep} error={errors.ladderStep} optional />
        {mode === 'closed' ? (
          <>
            <CheckboxField label={t('trajectory.withExit')} checked={withExit} onChange={setWithExit} />
            {withExit ? (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('trajectory.exit.title')}</legend>
                <ExitInterviewFields value={exit} onChange={setExit} errors={errors} at="exitInterview" />
              </fieldset>
            ) : null}
            <CheckboxField label={t('trajectory.withOutcome')} checked={withOutcome} onChange={setWithOutcome} />
            {withOutcome ? <OutcomeFields value={outcome} onChange={setOutcome} errors={errors} at="outcome" /> : null}
            <CheckboxField label={t('trajectory.scheduleFollowUps')} description={t('trajectory.scheduleFollowUpsDescription')} checked={followUps} onChange={setFollowUps} />
          </>
        ) : (
          <TextareaField label={t('trajectory.note')} value={note} onChange={setNote} optional maxLength={2000} rows={2} />
        )}
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={change.isPending} disabled={change.isPending}>
            {change.isPending ? t('app.saving') : t(submits[mode])}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
