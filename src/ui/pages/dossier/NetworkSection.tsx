import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { HouseholdNetwork } from '../../api/types.ts';
import { AnnouncementArea } from '../../components/announcement.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { EntryActions } from './EntryActions.tsx';
import { NetworkForm } from './NetworkForm.tsx';
import { useEntryEditing } from './useEntryEditing.ts';

/** "Netwerk rond het huishouden": the people and organisations around the household and what they can do. */
export function NetworkSection({ householdId, network, canEdit }: { householdId: string; network: UseQueryResult<HouseholdNetwork>; canEdit: boolean }) {
  const { t, label } = useI18n();
  const { announcement, editing, open, close, remove, addButton } = useEntryEditing(householdId, 'network');
  const entries = network.data?.network ?? [];
  const changing = entries.find((e) => e.id === editing);

  return (
    <section className="samenspel-section" aria-labelledby="dossier-network">
      <Heading level={2} id="dossier-network">
        {t('network.title')}
      </Heading>
      <Paragraph>{t('network.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} error={remove.error} />
      {network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      ) : entries.length === 0 ? (
        <Paragraph>{t('network.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('network.title')}
          captionHidden
          headers={[
            t('network.col.name'),
            t('network.col.relation'),
            t('network.col.canHelpWith'),
            t('network.col.contact'),
            ...(canEdit ? [t('network.col.actions')] : []),
          ]}
          testId="dossier-network"
        >
          {entries.map((e) => (
            <TableRow key={e.id}>
              <Th scope="row">
                {e.name}
                {e.kind === 'organisation' ? <span className="samenspel-muted"> ({label('networkKind', e.kind)})</span> : null}
              </Th>
              <TableCell>{label('networkRelation', e.relation)}</TableCell>
              <TableCell className="samenspel-pre-line">{e.canHelpWith ?? ''}</TableCell>
              <TableCell>{e.contact ?? ''}</TableCell>
              {canEdit ? (
                <TableCell>
                  <EntryActions
                    changeLabel={t('network.editLabel', { name: e.name })}
                    removeLabel={t('network.removeLabel', { name: e.name })}
                    confirmText={t('network.confirmRemove', { name: e.name })}
                    onChange={() => open(e.id)}
                    onRemove={() => remove.mutate({ id: e.id, message: t('network.removed', { name: e.name }) })}
                    removing={remove.isPending && remove.variables?.id === e.id}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </DataTable>
      )}
      {!canEdit ? null : editing === 'new' || changing ? (
        <NetworkForm key={editing} householdId={householdId} entry={changing} onDone={close} />
      ) : (
        <div className="samenspel-actions">
          <Button ref={addButton} appearance="secondary-action-button" type="button" onClick={() => open('new')}>
            {t('network.add')}
          </Button>
        </div>
      )}
    </section>
  );
}
