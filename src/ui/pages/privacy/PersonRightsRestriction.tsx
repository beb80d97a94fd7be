import { Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { restrictionGrounds, rightsUrl, type PersonRights } from '../../api/rights-queries.ts';
import { Alert } from '../../components/Alert.tsx';
import { SelectField, TextareaField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm } from '../admin/AdminForm.tsx';

/** AVG art. 18: the data is kept but not used until the restriction is lifted. */
export function PersonRightsRestriction({ person, onDone }: { person: PersonRights; onDone: (message: string) => Promise<void> }) {
  const { t, label, formatDateTime } = useI18n();
  const [ground, setGround] = useState<string>('accuracy_contested');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const active = person.restrictions.find((r) => r.liftedAt === null);

  const change = useMutation({
    mutationFn: () => active
      ? api.post(`${rightsUrl(person.id)}/restriction/lift`, { note: note.trim() || undefined })
      : api.post(`${rightsUrl(person.id)}/restriction`, { ground, reason }),
    onSuccess: async () => {
      setReason('');
      setNote('');
      await onDone(active ? t('rights.restrict.lifted') : t('rights.restrict.done'));
    },
  });
  const errors = fieldErrors(change.error);

  return (
    <>
      {active ? (
        <Alert type="warning" className="samenspel-alert" data-testid="restriction-active">
          <Paragraph>{t('rights.restrict.active', { since: formatDateTime(active.restrictedAt), ground: label('rights.ground', active.ground), reason: active.reason })}</Paragraph>
        </Alert>
      ) : null}
      <AdminForm
        title={t('rights.restrict.heading')}
        error={change.error}
        knownFields={Object.keys(errors).filter((k) => ['ground', 'reason', 'note'].includes(k))}
        busy={change.isPending}
        submitLabel={active ? t('rights.restrict.lift') : t('rights.restrict.submit')}
        onSubmit={() => change.mutate()}
        focusOnMount={false}
      >
        {active ? (
          <TextareaField label={t('rights.restrict.liftNote')} value={note} onChange={setNote} error={errors.note} optional rows={2} />
        ) : (
          <>
            <Paragraph>{t('rights.restrict.intro')}</Paragraph>
            <SelectField label={t('rights.restrict.ground')} value={ground} onChange={setGround} error={errors.ground} required
              options={restrictionGrounds.map((g) => ({ value: g, label: label('rights.ground', g) }))} />
            <TextareaField label={t('rights.restrict.reason')} value={reason} onChange={setReason} error={errors.reason} required rows={2} />
          </>
        )}
      </AdminForm>
      {person.restrictions.length > 0 ? (
        <DataTable caption={t('rights.restrict.history')} headers={[t('rights.col.when'), t('rights.restrict.ground'), t('rights.restrict.reason'), t('rights.col.by'), t('rights.restrict.liftedCol')]} testId="restrictions">
          {person.restrictions.map((r) => (
            <TableRow key={r.id}>
              <Th scope="row">{formatDateTime(r.restrictedAt)}</Th>
              <TableCell>{label('rights.ground', r.ground)}</TableCell>
              <TableCell>{r.reason}</TableCell>
              <TableCell>{r.restrictedBy}</TableCell>
              <TableCell>{r.liftedAt ? t('rights.restrict.liftedBy', { when: formatDateTime(r.liftedAt), name: r.liftedBy ?? '' }) : t('rights.restrict.stillActive')}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
