/**
 * A new assessment of the distance to work: the scale, the ladder step (default the latest score),
 * the municipality's own classification, the answers a target-group check asks for, and a short
 * motivation. Saving it makes the routing proposal.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { RadioGroupField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../components/format.ts';
import { FormError, FormSummaryAlert, fieldErrors, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { LadderStepField } from '../trajectories/ladder.tsx';
import { useWorkGuidanceChange } from './useWorkGuidanceChange.ts';
import { distances, type WorkGuidance } from './work-guidance-api.ts';

const expectedMonths = ['3', '6', '12', '24', '60'];
const knownFields = ['assessedOn', 'distance', 'ladderStep', 'classification', 'workLimitation', 'expectedMonthsToWork', 'motivation'];

export function AssessmentForm({ view, onDone }: { view: WorkGuidance; onDone: (message: string | null) => void }) {
  const { t, label, formatDate } = useI18n();
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [distance, setDistance] = useState('');
  const [ladderStep, setLadderStep] = useState('');
  const [classification, setClassification] = useState('');
  const [workLimitation, setWorkLimitation] = useState('unknown');
  const [expected, setExpected] = useState('');
  const [motivation, setMotivation] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [focusTrigger, setFocusTrigger] = useState<object | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const save = useWorkGuidanceChange(view.person.id, `/api/persons/${encodeURIComponent(view.person.id)}/work-assessments`, () => onDone(t('work.assessmentSaved')));
  useFocusFirstInvalid(formRef, focusTrigger);
  const errors = clientErrors ?? fieldErrors(save.error);
  const classifications = view.options?.classifications ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!distance) found.distance = t('work.error.distance');
    if (!motivation.trim()) found.motivation = t('work.error.motivation');
    if (Object.keys(found).length > 0) {
      save.reset();
      setClientErrors(found);
      setFocusTrigger({});
      return;
    }
    setClientErrors(null);
    save.mutate({
      assessedOn, distance, motivation,
      ...(ladderStep ? { ladderStep: Number(ladderStep) } : {}),
      ...(classification ? { classification } : {}),
      ...(workLimitation !== 'unknown' ? { workLimitation: workLimitation === 'yes' } : {}),
      ...(expected ? { expectedMonthsToWork: Number(expected) } : {}),
    }, { onError: () => setFocusTrigger({}) });
  };

  return (
    <section className="samenspel-form-section samenspel-subform" aria-labelledby="work-assessment-form">
      <Heading level={3} id="work-assessment-form" ref={headingRef} tabIndex={-1}>
        {t('work.assessment.formTitle')}
      </Heading>
      <Paragraph>{t('work.assessment.formIntro')}</Paragraph>
      {clientErrors ? <FormSummaryAlert /> : <FormError error={save.error} knownFields={knownFields} />}
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        <TextField label={t('work.field.assessedOn')} type="date" max={todayIso()} value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} required />
        <RadioGroupField
          legend={t('work.field.distance')}
          name="distance"
          value={distance}
          onChange={setDistance}
          error={errors.distance}
          options={distances.map((d) => ({ value: d, label: label('workDistance', d), description: t(`workDistanceHint.${d}` as MessageKey) }))}
        />
        <LadderStepField
          label={t('work.field.ladderStep')}
          description={view.ladder ? t('work.field.ladderFromScore', { step: view.ladder.step, date: formatDate(view.ladder.on) }) : t('work.field.ladderNoScore')}
          value={ladderStep}
          onChange={setLadderStep}
          error={errors.ladderStep}
          optional
        />
        {classifications.length > 0 ? (
          <SelectField
            label={t('work.field.classification')}
            description={t('work.field.classificationDescription')}
            value={classification}
            onChange={setClassification}
            error={errors.classification}
            optional
            emptyOption={t('work.field.noClassification')}
            options={classifications.map((c) => ({ value: c.key, label: c.name }))}
          />
        ) : null}
        <RadioGroupField
          legend={t('work.field.workLimitation')}
          description={t('work.field.workLimitationDescription')}
          name="workLimitation"
          inline
          value={workLimitation}
          onChange={setWorkLimitation}
          error={errors.workLimitation}
          options={['unknown', 'yes', 'no'].map((v) => ({ value: v, label: t(`work.answer.${v}` as MessageKey) }))}
        />
        <SelectField
          label={t('work.field.expectedWork')}
          description={t('work.field.expectedWorkDescription')}
          value={expected}
          onChange={setExpected}
          error={errors.expectedMonthsToWork}
          optional
          emptyOption={t('work.answer.unknown')}
          options={expectedMonths.map((m) => ({ value: m, label: t(`work.expected.${m}` as MessageKey) }))}
        />
        <TextareaField label={t('work.field.motivation')} value={motivation} onChange={setMotivation} error={errors.motivation} required maxLength={2000} rows={3} />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={save.isPending} disabled={save.isPending}>
            {save.isPending ? t('app.saving') : t('work.submitAssessment')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => onDone(null)}>
            {t('work.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
