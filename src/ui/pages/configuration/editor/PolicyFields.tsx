import { Heading } from '@rijkshuisstijl-community/components-react';
import { CheckboxField, SelectField, TextField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { numberFrom, numberText, type FormParts, type SetForm } from './editor-state.ts';
import type { ErrorAt } from './field-errors.ts';

/** Thresholds for upscaling, caseload and contact norms, and the intake policy. */
export function PolicyFields({ form, setForm, err, teams }: { form: FormParts; setForm: SetForm; err: ErrorAt; teams: Array<{ key: string; name: string }> }) {
  const { t, label } = useI18n();
  const { thresholds, norms, intake } = form;
  const setThresholds = (part: Partial<FormParts['thresholds']>) => setForm((f) => ({ ...f, thresholds: { ...f.thresholds, ...part } }));
  const setNorms = (part: Partial<FormParts['norms']>) => setForm((f) => ({ ...f, norms: { ...f.norms, ...part } }));
  const setIntake = (part: Partial<FormParts['intake']>) => setForm((f) => ({ ...f, intake: { ...f.intake, ...part } }));
  return (
    <>
      <section className="samenspel-section" aria-labelledby="editor-thresholds">
        <Heading level={2} id="editor-thresholds">
          {t('configuration.editor.thresholds')}
        </Heading>
        <div className="samenspel-field-row">
          <TextField label={t('configuration.upscaleAfterMonths')} description={t('configuration.emptyIsNone')} inputMode="numeric"
            value={numberText(thresholds.upscaleAfterMonths)} onChange={(v) => setThresholds({ upscaleAfterMonths: numberFrom(v) })} error={err('thresholds.upscaleAfterMonths')} />
          <TextField label={t('configuration.upscaleAfterContacts')} description={t('configuration.emptyIsNone')} inputMode="numeric"
            value={numberText(thresholds.upscaleAfterContacts)} onChange={(v) => setThresholds({ upscaleAfterContacts: numberFrom(v) })} error={err('thresholds.upscaleAfterContacts')} />
        </div>
        <SelectField label={t('configuration.upscaleTo')} value={thresholds.upscaleTo ?? ''} emptyOption={t('configuration.noTeam')}
          options={teams.map((x) => ({ value: x.key, label: x.name }))}
          onChange={(v) => setForm((f) => {
            const { upscaleTo: _, ...rest } = f.thresholds;
            return { ...f, thresholds: v ? { ...rest, upscaleTo: v } : rest };
          })}
          error={err('thresholds.upscaleTo')} />
      </section>
      <section className="samenspel-section" aria-labelledby="editor-norms">
        <Heading level={2} id="editor-norms">
          {t('configuration.editor.norms')}
        </Heading>
        <div className="samenspel-field-row">
          <TextField label={t('configuration.caseload')} description={t('configuration.emptyIsNone')} inputMode="numeric"
            value={numberText(norms.caseloadPerProfessional)} onChange={(v) => setNorms({ caseloadPerProfessional: numberFrom(v) })} error={err('norms.caseloadPerProfessional')} />
          <TextField label={t('configuration.contactEveryDays')} description={t('configuration.emptyIsNone')} inputMode="numeric"
            value={numberText(norms.contactEveryDays)} onChange={(v) => setNorms({ contactEveryDays: numberFrom(v) })} error={err('norms.contactEveryDays')} />
        </div>
      </section>
      <section className="samenspel-section" aria-labelledby="editor-intake">
        <Heading level={2} id="editor-intake">
          {t('configuration.editor.intake')}
        </Heading>
        <SelectField label={t('configuration.integralIntake')} value={intake.integralIntake} onChange={(integralIntake) => setIntake({ integralIntake })}
          options={['when_needed', 'everyone'].map((value) => ({ value, label: label('configuration.integralIntake', value) }))} error={err('intake.integralIntake')} />
        <SelectField label={t('configuration.instrument')} value={intake.instrument} onChange={(instrument) => setIntake({ instrument })}
          options={['zrm-13', 'zrm-11'].map((value) => ({ value, label: label('configuration.instrument', value) }))} error={err('intake.instrument')} />
        <CheckboxField label={t('configuration.duoIntake')} checked={intake.duoIntake} onChange={(duoIntake) => setIntake({ duoIntake })} error={err('intake.duoIntake')} />
        <CheckboxField label={t('configuration.participationLadder')} checked={intake.participationLadder}
          onChange={(participationLadder) => setIntake({ participationLadder })} error={err('intake.participationLadder')} />
      </section>
    </>
  );
}
