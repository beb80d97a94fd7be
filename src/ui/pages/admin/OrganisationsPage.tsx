import { TableCell } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { organisationKinds, type Organisation } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { fieldErrors } from '../../components/status.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm, type FormDone } from './AdminForm.tsx';
import { AdminListPage, EditCell } from './AdminListPage.tsx';
import { nameById, useMunicipalities, useOrganisations } from './common.tsx';

export default function OrganisationsPage() {
  const { t, label } = useI18n();
  const list = useOrganisations();
  const municipalities = useMunicipalities();
  return (
    <AdminListPage
      title={t('organisations.title')}
      newLabel={t('organisations.new')}
      list={list}
      caption={t('organisations.caption')}
      headers={[t('organisations.name'), t('organisations.kind'), t('organisations.municipality'), t('admin.actions')]}
      row={(o, edit) => (
        <>
          <Th scope="row">{o.name}</Th>
          <TableCell>{label('orgKind', o.kind)}</TableCell>
          <TableCell>{nameById(municipalities.data?.items, o.municipalityId)}</TableCell>
          <EditCell name={o.name} onEdit={edit} />
        </>
      )}
      form={(item, onDone) => <OrganisationForm item={item} onDone={onDone} />}
    />
  );
}

function OrganisationForm({ item, onDone }: { item: Organisation | null; onDone: FormDone }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const municipalities = useMunicipalities();
  const [name, setName] = useState(item?.name ?? '');
  const [kind, setKind] = useState<string>(item?.kind ?? 'welfare');
  const [municipalityId, setMunicipalityId] = useState(item?.municipalityId ?? '');

  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), kind, municipalityId: municipalityId || null };
      return item
        ? api.patch<Organisation>(`/api/organisations/${encodeURIComponent(item.id)}`, body)
        : api.post<Organisation>('/api/organisations', { ...body, municipalityId: municipalityId || undefined });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'organisations'] });
      onDone(item ? t('admin.saved') : t('admin.created', { name: saved?.name ?? name }));
    },
  });
  const errors = fieldErrors(save.error);

  return (
    <AdminForm
      title={item ? t('admin.editLabel', { name: item.name }) : t('organisations.new')}
      error={save.error}
      knownFields={['name', 'kind', 'municipalityId']}
      busy={save.isPending}
      submitLabel={item ? t('admin.save') : t('admin.create')}
      onSubmit={() => save.mutate()}
      onCancel={() => onDone(null)}
    >
      <TextField label={t('organisations.name')} value={name} onChange={setName} error={errors.name} required autoComplete="off" />
      <SelectField
        label={t('organisations.kind')}
        value={kind}
        onChange={setKind}
        error={errors.kind}
        required
        options={organisationKinds.map((k) => ({ value: k, label: label('orgKind', k) }))}
      />
      <SelectField
        label={t('organisations.municipality')}
        value={municipalityId}
        onChange={setMunicipalityId}
        error={errors.municipalityId}
        optional
        emptyOption={t('admin.none')}
        options={(municipalities.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
      />
    </AdminForm>
  );
}
