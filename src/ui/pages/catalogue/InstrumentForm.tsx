import { Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { AdminForm, type FormDone } from '../admin/AdminForm.tsx';
import { catalogueKey, catalogueUrl, costUnits, instrumentKinds, laws, useCriteriaLanguage, type Instrument } from './catalogue-api.ts';
import { fieldPaths, toFields, toInput, type InstrumentFields } from './instrument-form.ts';

/** Adds or changes one instrument of the catalogue (administrators). */
export function InstrumentForm({ municipalityId, item, today, onDone }: { municipalityId: string; item: Instrument | null; today: string; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<InstrumentFields>(() => toFields(item, today));
  const [criteriaError, setCriteriaError] = useState<string | null>(null);
  const language = useCriteriaLanguage();
  const set = (key: keyof InstrumentFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      item ? api.put<Instrument>(`/api/catalogue/${encodeURIComponent(item.id)}`, body) : api.post<Instrument>(catalogueUrl(municipalityId), body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: catalogueKey(municipalityId) });
      onDone(item ? t('catalogue.saved', { name: saved.name }) : t('catalogue.created', { name: saved.name }));
    },
  });
  const errors = fieldErrors(save.error);
  const err = (key: keyof InstrumentFields) => errors[fieldPaths[key]];
  const criteriaIssues = isApiError(save.error) ? save.error.issues.filter((i) => i.path.startsWith('criteria')) : [];

  const submit = () => {
    const result = toInput(fields, item?.provider.organisationId);
    if ('criteriaError' in result) {
      save.reset();
      setCriteriaError(t('catalogue.form.criteriaNotJson', { message: result.criteriaError }));
      return;
    }
    setCriteriaError(null);
    save.mutate(result.body);
  };
  const options = (values: readonly string[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));

  return (
    <AdminForm
      title={item ? t('catalogue.form.editTitle', { name: item.name }) : t('catalogue.form.newTitle')}
      error={save.error}
      knownFields={[...Object.values(fieldPaths), ...criteriaIssues.map((i) => i.path)]}
      busy={save.isPending}
      submitLabel={item ? t('admin.save') : t('catalogue.form.create')}
      onSubmit={submit}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('catalogue.field.name')} value={fields.name} onChange={set('name')} error={err('name')} required autoComplete="off" />
      <TextField label={t('catalogue.field.key')} description={t('catalogue.field.keyDescription')} value={fields.key} onChange={set('key')} error={err('key')} required autoComplete="off" spellCheck={false} />
      <TextareaField label={t('catalogue.field.description')} value={fields.description} onChange={set('description')} error={err('description')} optional />
      <SelectField label={t('catalogue.field.kind')} value={fields.kind} onChange={set('kind')} options={options(instrumentKinds, 'catalogue.kind')} error={err('kind')} />
      <SelectField label={t('catalogue.field.law')} value={fields.law} onChange={set('law')} options={options(laws, 'catalogue.law')} error={err('law')} />
      <TextField label={t('catalogue.field.provider')} value={fields.providerName} onChange={set('providerName')} error={err('providerName')} required autoComplete="off" />
      <TextField label={t('catalogue.field.providerUrl')} value={fields.providerUrl} onChange={set('providerUrl')} error={err('providerUrl')} optional autoComplete="off" spellCheck={false} />
      <SelectField label={t('catalogue.field.costUnit')} value={fields.costUnit} onChange={set('costUnit')} options={options(costUnits, 'catalogue.costUnit')} error={err('costUnit')} />
      {fields.costUnit === 'free' ? null : (
        <TextField label={t('catalogue.field.amount')} value={fields.amountEuros} onChange={set('amountEuros')} error={err('amountEuros')} inputMode="text" required autoComplete="off" />
      )}
      <TextField label={t('catalogue.field.durationWeeks')} value={fields.durationWeeks} onChange={set('durationWeeks')} error={err('durationWeeks')} inputMode="numeric" optional autoComplete="off" />
      <TextField label={t('catalogue.field.places')} value={fields.places} onChange={set('places')} error={err('places')} inputMode="numeric" optional autoComplete="off" />
      <TextField label={t('catalogue.field.waitingCount')} value={fields.waitingCount} onChange={set('waitingCount')} error={err('waitingCount')} inputMode="numeric" optional autoComplete="off" />
      <TextField label={t('catalogue.field.waitingWeeks')} value={fields.waitingWeeks} onChange={set('waitingWeeks')} error={err('waitingWeeks')} inputMode="numeric" optional autoComplete="off" />
      <TextareaField label={t('catalogue.field.how')} value={fields.how} onChange={set('how')} error={err('how')} required />
      <TextField label={t('catalogue.field.decidedBy')} value={fields.decidedBy} onChange={set('decidedBy')} error={err('decidedBy')} required autoComplete="off" />
      <TextareaField label={t('catalogue.field.targetGroup')} value={fields.targetGroup} onChange={set('targetGroup')} error={err('targetGroup')} optional rows={2} />
      <TextareaField
        label={t('catalogue.field.criteria')}
        description={t('catalogue.field.criteriaDescription')}
        value={fields.criteria}
        onChange={set('criteria')}
        error={criteriaError ?? err('criteria') ?? (criteriaIssues.length > 0 ? t('catalogue.form.criteriaIssues', { count: criteriaIssues.length }) : undefined)}
        rows={6}
      />
      {criteriaIssues.length > 0 ? (
        <UnorderedList data-testid="criteria-issues">
          {criteriaIssues.map((issue) => (
            <UnorderedListItem key={issue.path}>
              <code>{issue.path}</code>: {issue.message}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      <details className="samenspel-small">
        <summary>{t('catalogue.form.criteriaHelp')}</summary>
        <Paragraph className="samenspel-small">{t('catalogue.form.criteriaExample')}</Paragraph>
        <UnorderedList>
          {(language.data?.items ?? []).map((k) => (
            <UnorderedListItem key={k.kind}>
              <code>{k.kind}</code>: {label('catalogue.criterion', k.kind) === k.kind ? k.description : label('catalogue.criterion', k.kind)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </details>
      <TextField label={t('catalogue.field.validFrom')} type="date" value={fields.validFrom} onChange={set('validFrom')} error={err('validFrom')} required />
      <TextField label={t('catalogue.field.validUntil')} type="date" value={fields.validUntil} onChange={set('validUntil')} error={err('validUntil')} optional />
    </AdminForm>
  );
}
