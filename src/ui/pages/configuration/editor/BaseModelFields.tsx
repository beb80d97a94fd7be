import { Heading } from '@rijkshuisstijl-community/components-react';
import { RadioGroupField, SelectField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { baseModels, professionalProfiles, workGuidancePlaces, type FormParts, type SetForm } from './editor-state.ts';
import type { ErrorAt } from './field-errors.ts';

export function BaseModelFields({ form, setForm, err }: { form: FormParts; setForm: SetForm; err: ErrorAt }) {
  const { t, label } = useI18n();
  return (
    <section className="samenspel-section" aria-labelledby="editor-base-model">
      <Heading level={2} id="editor-base-model">
        {t('configuration.editor.baseModel')}
      </Heading>
      <RadioGroupField
        legend={t('configuration.baseModel')}
        name="baseModel"
        value={form.baseModel}
        onChange={(baseModel) => setForm((f) => ({ ...f, baseModel }))}
        options={baseModels.map((value) => ({ value, label: value, description: label('configuration.baseModel', value) }))}
        error={err('baseModel')}
      />
      <SelectField
        label={t('configuration.workGuidance')}
        value={form.workGuidance}
        onChange={(workGuidance) => setForm((f) => ({ ...f, workGuidance }))}
        options={workGuidancePlaces.map((value) => ({ value, label: label('configuration.workGuidance', value) }))}
        error={err('workGuidance')}
      />
      <SelectField
        label={t('configuration.professionalProfile')}
        value={form.professionalProfile}
        onChange={(professionalProfile) => setForm((f) => ({ ...f, professionalProfile }))}
        options={professionalProfiles.map((value) => ({ value, label: label('configuration.professionalProfile', value) }))}
        error={err('professionalProfile')}
      />
    </section>
  );
}
