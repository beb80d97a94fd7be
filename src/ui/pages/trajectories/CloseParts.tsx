/** The exit interview and the outcome: fields of the closing form, and forms of their own afterwards. */
import { RadioGroupField, CheckboxField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { employerKinds, outcomeKinds, type ExitInterview, type Outcome, type OutcomeKind } from './trajectory-api.ts';

export interface ExitDraft { heldOn: string; whatHelped: string; whatDidNot: string; ownWords: string; satisfaction: string }
export interface OutcomeDraft {
  kind: OutcomeKind | ''; hoursPerWeek: string; employerKind: string; wageCostSubsidy: boolean; percentage: string;
  jobsAgreement: boolean; garantiebaan: boolean; description: string;
}

export const exitDraft = (heldOn: string, stored?: ExitInterview | null): ExitDraft => ({
  heldOn: stored?.heldOn ?? heldOn, whatHelped: stored?.whatHelped ?? '', whatDidNot: stored?.whatDidNot ?? '', ownWords: stored?.ownWords ?? '',
  satisfaction: stored?.satisfaction ? String(stored.satisfaction) : '',
});

export const outcomeDraft = (stored?: Outcome | null): OutcomeDraft => ({
  kind: stored?.kind ?? '', hoursPerWeek: stored?.hoursPerWeek ? String(stored.hoursPerWeek) : '', employerKind: stored?.employerKind ?? '',
  wageCostSubsidy: stored?.wageCostSubsidy ?? false, percentage: stored?.wageCostSubsidyPercentage != null ? String(stored.wageCostSubsidyPercentage) : '',
  jobsAgreement: stored?.jobsAgreementRegistered ?? false, garantiebaan: stored?.garantiebaan ?? false, description: stored?.description ?? '',
});

const trimmed = (text: string) => (text.trim() ? text.trim() : undefined);
const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));

export function exitBody(d: ExitDraft) {
  return { heldOn: d.heldOn, whatHelped: trimmed(d.whatHelped), whatDidNot: trimmed(d.whatDidNot), ownWords: trimmed(d.ownWords), satisfaction: number(d.satisfaction) };
}

export function outcomeBody(d: OutcomeDraft) {
  if (d.kind !== 'paid_work') return { kind: d.kind, description: trimmed(d.description) };
  return {
    kind: d.kind, hoursPerWeek: number(d.hoursPerWeek), employerKind: d.employerKind || undefined, wageCostSubsidy: d.wageCostSubsidy,
    wageCostSubsidyPercentage: d.wageCostSubsidy ? number(d.percentage) : undefined, jobsAgreementRegistered: d.jobsAgreement, garantiebaan: d.garantiebaan,
    description: trimmed(d.description),
  };
}

export function ExitInterviewFields({ value, onChange, errors, at }: { value: ExitDraft; onChange: (v: ExitDraft) => void; errors: Record<string, string>; at: string }) {
  const { t } = useI18n();
  const set = (part: Partial<ExitDraft>) => onChange({ ...value, ...part });
  return (
    <>
      <TextField label={t('trajectory.exit.heldOn')} type="date" value={value.heldOn} onChange={(heldOn) => set({ heldOn })} error={errors[`${at}.heldOn`]} required />
      <TextareaField label={t('trajectory.exit.whatHelped')} value={value.whatHelped} onChange={(whatHelped) => set({ whatHelped })} error={errors[`${at}.whatHelped`]} maxLength={5000} rows={3} />
      <TextareaField label={t('trajectory.exit.whatDidNot')} value={value.whatDidNot} onChange={(whatDidNot) => set({ whatDidNot })} optional maxLength={5000} rows={3} />
      <TextareaField label={t('trajectory.exit.ownWords')} description={t('trajectory.exit.ownWordsDescription')} value={value.ownWords} onChange={(ownWords) => set({ ownWords })} optional maxLength={5000} rows={3} />
      <SelectField
        label={t('trajectory.exit.satisfaction')}
        value={value.satisfaction}
        onChange={(satisfaction) => set({ satisfaction })}
        error={errors[`${at}.satisfaction`]}
        optional
        emptyOption={t('trajectory.exit.satisfactionNone')}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`trajectory.exit.satisfaction.${n}` as 'trajectory.exit.satisfaction.1') }))}
      />
    </>
  );
}

export function OutcomeFields({ value, onChange, errors, at }: { value: OutcomeDraft; onChange: (v: OutcomeDraft) => void; errors: Record<string, string>; at: string }) {
  const { t, label } = useI18n();
  const set = (part: Partial<OutcomeDraft>) => onChange({ ...value, ...part });
  return (
    <>
      <RadioGroupField
        legend={t('trajectory.outcome.kind')}
        name={`${at}-kind`}
        value={value.kind}
        onChange={(kind) => set({ kind: kind as OutcomeKind })}
        error={errors[`${at}.kind`]}
        options={outcomeKinds.map((k) => ({ value: k, label: label('outcomeKind', k) }))}
      />
      {value.kind === 'paid_work' ? (
        <>
          <TextField label={t('trajectory.outcome.hours')} inputMode="numeric" value={value.hoursPerWeek} onChange={(hoursPerWeek) => set({ hoursPerWeek })} error={errors[`${at}.hoursPerWeek`]} required maxLength={2} autoComplete="off" />
          <SelectField
            label={t('trajectory.outcome.employerKind')}
            value={value.employerKind}
            onChange={(employerKind) => set({ employerKind })}
            optional
            emptyOption={t('trajectory.outcome.employerKindNone')}
            options={employerKinds.map((k) => ({ value: k, label: label('employerKind', k) }))}
          />
          <CheckboxField label={t('trajectory.outcome.subsidy')} checked={value.wageCostSubsidy} onChange={(wageCostSubsidy) => set({ wageCostSubsidy })} error={errors[`${at}.wageCostSubsidy`]} />
          {value.wageCostSubsidy ? (
            <TextField label={t('trajectory.outcome.percentage')} description={t('trajectory.outcome.percentageDescription')} inputMode="numeric" value={value.percentage} onChange={(percentage) => set({ percentage })} error={errors[`${at}.wageCostSubsidyPercentage`]} required maxLength={3} autoComplete="off" />
          ) : null}
          <CheckboxField label={t('trajectory.outcome.jobsAgreement')} description={t('trajectory.outcome.jobsAgreementDescription')} checked={value.jobsAgreement} onChange={(jobsAgreement) => set({ jobsAgreement })} />
          <CheckboxField label={t('trajectory.outcome.garantiebaan')} checked={value.garantiebaan} onChange={(garantiebaan) => set({ garantiebaan })} />
        </>
      ) : null}
      {value.kind ? (
        <TextField label={t(value.kind === 'paid_work' ? 'trajectory.outcome.descriptionWork' : 'trajectory.outcome.description')} value={value.description} onChange={(description) => set({ description })} optional maxLength={1000} autoComplete="off" />
      ) : null}
    </>
  );
}
