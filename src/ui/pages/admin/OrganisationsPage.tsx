import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { organisationKinds, type Organisation } from '../../api/types.ts';
import { SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading, SuccessAlert, fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm } from './AdminForm.tsx';
import { nameById, useMunicipalities, useOrganisations } from './common.tsx';

export default function OrganisationsPage() {
  const { t, label } = useI18n();
  const list = useOrganisations();
  const municipalities = useMunicipalities();
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const done = (text: string | null) => {
    setEditing(null);
    setMessage(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <div ref={messageRef} tabIndex={-1} className="samenspel-focus-target">
        {message ? <SuccessAlert>{message}</SuccessAlert> : null}
      </div>
      {editing === null ? (
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => { setMessage(null); setEditing('new'); }}>
            {t('organisations.new')}
          </Button>
        </div>
      ) : (
        <OrganisationForm key={editing === 'new' ? 'new' : editing.id} item={editing === 'new' ? null : editing} onDone={done} />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('admin.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('organisations.caption')}
          captionHidden
          headers={[t('organisations.name'), t('organisations.kind'), t('organisations.municipality'), t('admin.actions')]}
        >
          {list.data.items.map((o) => (
            <TableRow key={o.id}>
              <Th scope="row">{o.name}</Th>
              <TableCell>{label('orgKind', o.kind)}</TableCell>
              <TableCell>{nameById(municipalities.data?.items, o.municipalityId)}</TableCell>
              <TableCell>
                <Button
                  appearance="subtle-button"
                  type="button"
                  aria-label={t('admin.editLabel', { name: o.name })}
                  onClick={() => { setMessage(null); setEditing(o); }}
                >
                  {t('admin.edit')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}

function OrganisationForm({ item, onDone }: { item: Organisation | null; onDone: (message: string | null) => void }) {
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
