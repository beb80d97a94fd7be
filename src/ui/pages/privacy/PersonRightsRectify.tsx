import { TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { rightsUrl, type PersonRights } from '../../api/rights-queries.ts';
import { TextareaField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm } from '../admin/AdminForm.tsx';

const fields = ['givenNames', 'familyNamePrefix', 'familyName', 'birthDate', 'requestNote'] as const;

/** AVG art. 16: correct names or birth date on the resident's request; earlier values stay on record. */
export function PersonRightsRectify({ person, onDone }: { person: PersonRights; onDone: (message: string) => Promise<void> }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const [givenNames, setGivenNames] = useState(person.givenNames);
  const [familyNamePrefix, setFamilyNamePrefix] = useState(person.familyNamePrefix ?? '');
  const [familyName, setFamilyName] = useState(person.familyName);
  const [birthDate, setBirthDate] = useState(person.birthDate ?? '');
  const [requestNote, setRequestNote] = useState('');

  const save = useMutation({
    mutationFn: () => api.post(`${rightsUrl(person.id)}/rectification`, {
      givenNames, familyNamePrefix: familyNamePrefix.trim() || null, familyName, birthDate: birthDate || null, requestNote,
    }),
    onSuccess: async () => {
      setRequestNote('');
      await onDone(t('rights.rectify.done'));
    },
  });
  const errors = fieldErrors(save.error);
  const shown = (value: string | null | undefined, field: string) => (value ? (field === 'birthDate' ? formatDate(value) : value) : '—');

  return (
    <>
      <AdminForm
        title={t('rights.rectify.heading')}
        error={save.error}
        knownFields={Object.keys(errors).filter((k) => (fields as readonly string[]).includes(k))}
        busy={save.isPending}
        submitLabel={t('rights.rectify.submit')}
        onSubmit={() => save.mutate()}
        focusOnMount={false}
      >
        <TextField label={t('rights.field.givenNames')} value={givenNames} onChange={setGivenNames} error={errors.givenNames} required autoComplete="off" />
        <TextField label={t('rights.field.familyNamePrefix')} value={familyNamePrefix} onChange={setFamilyNamePrefix} error={errors.familyNamePrefix} optional autoComplete="off" />
        <TextField label={t('rights.field.familyName')} value={familyName} onChange={setFamilyName} error={errors.familyName} required autoComplete="off" />
        <TextField label={t('rights.field.birthDate')} type="date" value={birthDate} onChange={setBirthDate} error={errors.birthDate} optional />
        <TextareaField label={t('rights.rectify.requestNote')} description={t('rights.rectify.requestNoteDescription')} value={requestNote}
          onChange={setRequestNote} error={errors.requestNote} required rows={2} />
      </AdminForm>
      {person.rectifications.length > 0 ? (
        <DataTable caption={t('rights.rectify.history')} headers={[t('rights.col.when'), t('rights.col.by'), t('rights.rectify.previous'), t('rights.rectify.requestNote')]} testId="rectifications">
          {person.rectifications.map((r) => (
            <TableRow key={r.id}>
              <Th scope="row">{formatDateTime(r.rectifiedAt)}</Th>
              <TableCell>{r.rectifiedBy}</TableCell>
              <TableCell>{r.changedFields.map((f) => `${label('rights.field', f)}: ${shown(r.previousValues[f], f)}`).join('; ')}</TableCell>
              <TableCell>{r.requestNote}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
