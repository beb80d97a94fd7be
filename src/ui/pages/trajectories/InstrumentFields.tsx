/** One instrument of a trajectory: from the municipality's catalogue, or by name and provider; with its start. */
import { SelectField, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { TrajectoryList } from './trajectory-api.ts';

export interface InstrumentDraft {
  catalogueInstrumentId: string;
  name: string;
  provider: string;
  startedOn: string;
}

export const emptyInstrument = (startedOn: string): InstrumentDraft => ({ catalogueInstrumentId: '', name: '', provider: '', startedOn });

/** The request body of an instrument, or null when nothing was chosen. */
export function instrumentBody(draft: InstrumentDraft) {
  if (!draft.catalogueInstrumentId && !draft.name.trim()) return null;
  return {
    ...(draft.catalogueInstrumentId ? { catalogueInstrumentId: draft.catalogueInstrumentId } : { name: draft.name.trim() }),
    ...(draft.provider.trim() && !draft.catalogueInstrumentId ? { provider: draft.provider.trim() } : {}),
    startedOn: draft.startedOn,
  };
}

export function InstrumentFields({ value, onChange, catalogue, errors, at, optional }: {
  value: InstrumentDraft; onChange: (value: InstrumentDraft) => void; catalogue: TrajectoryList['catalogue'];
  errors: Record<string, string>; at: string; optional?: boolean;
}) {
  const { t } = useI18n();
  const set = (part: Partial<InstrumentDraft>) => onChange({ ...value, ...part });
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t('trajectory.instrument')}
        {optional ? <span className="samenspel-optional"> {t('admin.optional')}</span> : null}
      </legend>
      {catalogue.length > 0 ? (
        <SelectField
          label={t('trajectory.instrument.catalogue')}
          value={value.catalogueInstrumentId}
          onChange={(id) => set({ catalogueInstrumentId: id })}
          error={errors[`${at}.catalogueInstrumentId`]}
          emptyOption={t('trajectory.instrument.notInCatalogue')}
          options={catalogue.map((c) => ({ value: c.id, label: t('trajectory.instrument.option', { name: c.name, provider: c.provider }) }))}
        />
      ) : null}
      {value.catalogueInstrumentId ? null : (
        <>
          <TextField label={t('trajectory.instrument.name')} description={t('trajectory.instrument.nameDescription')} value={value.name} onChange={(name) => set({ name })} error={errors[`${at}.name`]} maxLength={200} autoComplete="off" />
          <TextField label={t('trajectory.instrument.provider')} value={value.provider} onChange={(provider) => set({ provider })} optional maxLength={200} autoComplete="off" />
        </>
      )}
      <TextField label={t('trajectory.instrument.startedOn')} type="date" value={value.startedOn} onChange={(startedOn) => set({ startedOn })} error={errors[`${at}.startedOn`]} />
    </fieldset>
  );
}
