import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Municipality } from '../../api/types.ts';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading, SuccessAlert, fieldErrors } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminForm } from './AdminForm.tsx';
import { nullable, optional, useMunicipalities } from './common.tsx';

export default function MunicipalitiesPage() {
  const { t } = useI18n();
  const list = useMunicipalities();
  const [editing, setEditing] = useState<Municipality | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const done = (text: string | null) => {
    setEditing(null);
    setMessage(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('municipalities.title')}</PageTitle>
      <div ref={messageRef} tabIndex={-1} className="samenspel-focus-target">
        {message ? <SuccessAlert>{message}</SuccessAlert> : null}
      </div>
      {editing === null ? (
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => { setMessage(null); setEditing('new'); }}>
            {t('municipalities.new')}
          </Button>
        </div>
      ) : (
        <MunicipalityForm key={editing === 'new' ? 'new' : editing.id} item={editing === 'new' ? null : editing} onDone={done} />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('admin.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('municipalities.caption')}
          captionHidden
          headers={[t('municipalities.name'), t('municipalities.cbsCode'), t('admin.actions')]}
        >
          {list.data.items.map((m) => (
            <TableRow key={m.id}>
              <Th scope="row">{m.name}</Th>
              <TableCell>{m.cbsCode ?? ''}</TableCell>
              <TableCell>
                <Button
                  appearance="subtle-button"
                  type="button"
                  aria-label={t('admin.editLabel', { name: m.name })}
                  onClick={() => { setMessage(null); setEditing(m); }}
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

function MunicipalityForm({ item, onDone }: { item: Municipality | null; onDone: (message: string | null) => void }) {
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
