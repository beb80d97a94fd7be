import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components/fields.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Mandate } from '../configuration-api.ts';
import { holderKinds, mandateDecisions, numberFrom, numberText, type FormParts, type SetForm } from './editor-state.ts';
import type { ErrorAt } from './field-errors.ts';

const holderFor = (kind: string, teams: Array<{ key: string }>): Mandate['holder'] =>
  kind === 'team' ? { kind, team: teams[0]?.key ?? '' } : kind === 'regional_service' ? { kind, name: '' } : { kind };

const keysFrom = (text: string) => text.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);

/** Keys typed as a list; the text stays as typed while the keys follow it. */
function KeysField({ keys, onChange, error }: { keys: string[]; onChange: (keys: string[]) => void; error: string | undefined }) {
  const { t } = useI18n();
  const [text, setText] = useState(keys.join(', '));
  return (
    <TextField label={t('configuration.discretionaryRoomKeys')} description={t('configuration.discretionaryRoomKeysHint')} optional
      value={text} onChange={(v) => { setText(v); onChange(keysFrom(v)); }} error={error} />
  );
}

export function MandateFields({ form, setForm, err, teams }: { form: FormParts; setForm: SetForm; err: ErrorAt; teams: Array<{ key: string; name: string }> }) {
  const { t, label } = useI18n();
  const setMandate = (index: number, update: (m: Mandate) => Mandate) =>
    setForm((f) => ({ ...f, mandates: f.mandates.map((m, i) => (i === index ? update(m) : m)) }));
  const teamOptions = (current: string | undefined) => [
    ...teams.map((x) => ({ value: x.key, label: x.name })),
    ...(current && !teams.some((x) => x.key === current) ? [{ value: current, label: current }] : []),
  ];
  return (
    <section className="samenspel-section" aria-labelledby="editor-mandates">
      <Heading level={2} id="editor-mandates">
        {t('configuration.mandates')}
      </Heading>
      <Paragraph>{t('configuration.mandatesIntro')}</Paragraph>
      {form.mandates.map((m, i) => (
        <fieldset key={`${i}/${form.mandates.length}`} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset samenspel-fieldset samenspel-subform">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('configuration.mandateNumber', { n: i + 1 })}</legend>
          <div className="samenspel-field-row">
            <SelectField label={t('configuration.decision')} value={m.decision} onChange={(decision) => setMandate(i, (x) => ({ ...x, decision }))}
              options={mandateDecisions.map((value) => ({ value, label: label('configuration.decision', value) }))} error={err(`mandates.${i}.decision`)} />
            <SelectField label={t('configuration.holder')} value={m.holder.kind} onChange={(kind) => setMandate(i, (x) => ({ ...x, holder: holderFor(kind, teams) }))}
              options={holderKinds.map((value) => ({ value, label: label('configuration.holder', value) }))} error={err(`mandates.${i}.holder`)} />
          </div>
          {m.holder.kind === 'team' ? (
            <SelectField label={t('configuration.holderTeam')} value={m.holder.team ?? ''} emptyOption={t('configuration.chooseTeam')} options={teamOptions(m.holder.team)}
              onChange={(team) => setMandate(i, (x) => ({ ...x, holder: { kind: 'team', team } }))} error={err(`mandates.${i}.holder.team`)} />
          ) : null}
          {m.holder.kind === 'municipality' ? (
            <TextField label={t('configuration.holderBody')} value={m.holder.body ?? ''} optional
              onChange={(body) => setMandate(i, (x) => ({ ...x, holder: body ? { kind: 'municipality', body } : { kind: 'municipality' } }))} error={err(`mandates.${i}.holder.body`)} />
          ) : null}
          {m.holder.kind === 'regional_service' ? (
            <TextField label={t('configuration.holderName')} value={m.holder.name ?? ''}
              onChange={(name) => setMandate(i, (x) => ({ ...x, holder: { kind: 'regional_service', name } }))} error={err(`mandates.${i}.holder.name`)} />
          ) : null}
          <div className="samenspel-field-row">
            <TextField label={t('configuration.spendingLimit')} inputMode="numeric" optional value={numberText(m.spendingLimitEuros)}
              onChange={(v) => setMandate(i, (x) => {
                const { spendingLimitEuros: _, ...rest } = x;
                const n = numberFrom(v);
                return n === null ? rest : { ...rest, spendingLimitEuros: n };
              })} error={err(`mandates.${i}.spendingLimitEuros`)} />
            <KeysField keys={m.discretionaryRoom} onChange={(discretionaryRoom) => setMandate(i, (x) => ({ ...x, discretionaryRoom }))}
              error={err(`mandates.${i}.discretionaryRoom`, true)} />
          </div>
          <Button appearance="subtle-button" type="button" onClick={() => setForm((f) => ({ ...f, mandates: f.mandates.filter((_, k) => k !== i) }))}>
            {t('configuration.removeMandate', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button appearance="secondary-action-button" type="button"
        onClick={() => setForm((f) => ({ ...f, mandates: [...f.mandates, { decision: 'wmo_provision', holder: { kind: 'municipality' }, discretionaryRoom: [] }] }))}>
        {t('configuration.addMandate')}
      </Button>
    </section>
  );
}
