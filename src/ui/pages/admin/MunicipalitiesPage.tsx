import { TableCell } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Municipality } from '../../api/types.ts';
import { TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { AdminListPage, EditCell } from './AdminListPage.tsx';
import { nullable, optional, useMunicipalities } from './common.tsx';

export default function MunicipalitiesPage() {
  const { t } = useI18n();
  const list = useMunicipalities();
  return (
    <AdminListPage
      title={t('municipalities.title')}
      newLabel={t('municipalities.new')}
      list={list}
      caption={t('municipalities.caption')}
      headers={[t('municipalities.name'), t('municipalities.cbsCode'), t('admin.actions')]}
      row={(m, edit) => (
        <>
          <Th scope="row">{m.name}</Th>
          <TableCell>{m.cbsCode ?? ''}</TableCell>
          <EditCell name={m.name} onEdit={edit} />
        </>
      )}
      form={(item, onDone) => <MunicipalityForm item={item} onDone={onDone} />}
    />
  );
}

function MunicipalityForm({ item, onDone }: { item: Municipality | null; onDone: FormDone }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [name, setName] = useState(item?.name ?? '');
  const [cbsCode, setCbsCode] = useState(item?.cbsCode ?? '');

  const save = useMutation({
    mutationFn: () =>
      item
        ? api.patch<Municipality>(`/api/municipalities/${encodeURIComponent(item.id)}`, { name: name.trim(), cbsCode: nullable(cbsCode) })
        : api.post<Municipality>('/api/municipalities', { name: name.trim(), cbsCode: optional(cbsCode) }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'municipalities'] });
      onDone(item ? t('admin.saved') : t('admin.created', { name: saved?.name ?? name }));
    },
  });
  const errors = fieldErrors(save.error);

  return (
    <AdminForm
      title={item ? t('admin.editLabel', { name: item.name }) : t('municipalities.new')}
      error={save.error}
      knownFields={['name', 'cbsCode']}
      busy={save.isPending}
      submitLabel={item ? t('admin.save') : t('admin.create')}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('municipalities.name')} value={name} onChange={setName} error={errors.name} required autoComplete="off" />
      <TextField
        label={t('municipalities.cbsCode')}
        description={t('municipalities.cbsCodeDescription')}
        value={cbsCode}
        onChange={setCbsCode}
        error={errors.cbsCode}
        optional
        autoComplete="off"
      />
    </AdminForm>
  );
}
