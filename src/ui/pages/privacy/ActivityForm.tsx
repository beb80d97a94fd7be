import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { registerQueryKey, usePrivacyNames } from '../../api/privacy-queries.ts';
import { legalBasisKinds, retentionMoments, type ProcessingActivity } from '../../api/privacy-types.ts';
import { CheckboxGroupField, SelectField, TextareaField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from '../admin/AdminForm.tsx';

const fields = ['id', 'name', 'purpose', 'legalBasis', 'legalBasisKind', 'legalBasisArticle', 'dataCategories', 'recipients', 'retentionMonths', 'retentionFrom', 'endedOn'];

/** A whole number of months as a number; anything else goes to the server as typed, which explains what is wrong. */
const months = (value: string): number | string | null => (value.trim() === '' ? null : /^\d+$/.test(value.trim()) ? Number(value) : value);

/** Add (item = null) or change a register entry. */
export function ActivityForm({ item, onDone }: { item: ProcessingActivity | null; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const names = usePrivacyNames();
  const [id, setId] = useState('');
  const [name, setName] = useState(item?.name ?? '');
  const [purpose, setPurpose] = useState(item?.purpose ?? '');
  const [legalBasis, setLegalBasis] = useState(item?.legalBasis ?? '');
  const [legalBasisKind, setLegalBasisKind] = useState<string>(item?.legalBasisKind ?? 'public_task');
  const [legalBasisArticle, setLegalBasisArticle] = useState(item?.legalBasisArticle ?? '');
  const [dataCategories, setDataCategories] = useState<string[]>(item?.dataCategories ?? []);
  const [recipients, setRecipients] = useState(item?.recipients ?? '');
  const [retentionMonths, setRetentionMonths] = useState(item?.retentionMonths === null || !item ? '' : String(item.retentionMonths));
  const [retentionFrom, setRetentionFrom] = useState<string>(item?.retentionFrom ?? '');
  const [endedOn, setEndedOn] = useState(item?.endedOn ?? '');

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name, purpose, legalBasis, legalBasisKind, legalBasisArticle: legalBasisArticle.trim() || null, dataCategories, recipients,
        retentionMonths: months(retentionMonths), retentionFrom: retentionFrom || null,
      };
      return item
        ? api.patch<ProcessingActivity>(`/api/privacy/processing-activities/${encodeURIComponent(item.id)}`, { ...body, endedOn: endedOn || null })
        : api.post<ProcessingActivity>('/api/privacy/processing-activities', { ...body, id: id.trim() });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: registerQueryKey });
      onDone(item ? t('register.saved') : t('register.created', { name: saved.name }));
    },
  });
  const errors = fieldErrors(save.error);
  const err = (path: string) => errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];

  return (
    <AdminForm
      title={item ? t('register.editLabel', { name: item.name }) : t('register.new')}
      error={save.error}
      knownFields={Object.keys(errors).filter((k) => fields.some((f) => k === f || k.startsWith(`${f}.`)))}
      busy={save.isPending}
      submitLabel={item ? t('admin.save') : t('admin.create')}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      {item ? null : (
        <TextField label={t('register.field.id')} description={t('register.field.idDescription')} value={id} onChange={setId}
          error={err('id')} required autoComplete="off" spellCheck={false} />
      )}
      <TextField label={t('register.field.name')} value={name} onChange={setName} error={err('name')} required autoComplete="off" />
      <TextareaField label={t('register.field.purpose')} value={purpose} onChange={setPurpose} error={err('purpose')} required rows={3} />
      <SelectField
        label={t('register.field.legalBasisKind')}
        description={t('register.field.legalBasisKindDescription')}
        value={legalBasisKind}
        onChange={setLegalBasisKind}
        error={err('legalBasisKind')}
        required
        options={legalBasisKinds.map((k) => ({ value: k, label: label('legalBasisKind', k) }))}
      />
      <TextField label={t('register.field.legalBasisArticle')} description={t('register.field.legalBasisArticleDescription')}
        value={legalBasisArticle} onChange={setLegalBasisArticle} error={err('legalBasisArticle')} autoComplete="off" />
      <TextareaField label={t('register.field.legalBasis')} description={t('register.field.legalBasisDescription')}
        value={legalBasis} onChange={setLegalBasis} error={err('legalBasis')} required rows={2} />
      <CheckboxGroupField
        legend={t('register.field.dataCategories')}
        name="dataCategories"
        options={names.categories.map((c) => ({ value: c.id, label: names.pick(c) }))}
        values={dataCategories}
        onChange={setDataCategories}
        error={err('dataCategories')}
      />
      <TextareaField label={t('register.field.recipients')} value={recipients} onChange={setRecipients} error={err('recipients')} rows={2} optional />
      <TextField label={t('register.field.retentionMonths')} description={t('register.field.retentionMonthsDescription')}
        value={retentionMonths} onChange={setRetentionMonths} error={err('retentionMonths')} inputMode="numeric" autoComplete="off" optional />
      <SelectField
        label={t('register.field.retentionFrom')}
        value={retentionFrom}
        onChange={setRetentionFrom}
        error={err('retentionFrom')}
        emptyOption={t('register.field.retentionFromNone')}
        options={retentionMoments.map((m) => ({ value: m, label: label('retentionFromOption', m) }))}
        optional
      />
      {item ? (
        <TextField label={t('register.field.endedOn')} description={t('register.field.endedOnDescription')} type="date"
          value={endedOn} onChange={setEndedOn} error={err('endedOn')} optional />
      ) : null}
    </AdminForm>
  );
}
