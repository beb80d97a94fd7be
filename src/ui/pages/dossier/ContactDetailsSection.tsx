import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { HouseholdMember, HouseholdNetwork } from '../../api/types.ts';
import { AnnouncementArea } from '../../components/announcement.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ContactDetailForm } from './ContactDetailForm.tsx';
import { EntryActions } from './EntryActions.tsx';
import { useEntryEditing } from './useEntryEditing.ts';

/** The household's phone numbers, e-mail addresses and addresses, per member or for the household. */
export function ContactDetailsSection({
  householdId,
  members,
  network,
  canEdit,
}: {
  householdId: string;
  members: HouseholdMember[];
  network: UseQueryResult<HouseholdNetwork>;
  canEdit: boolean;
}) {
  const { t, label } = useI18n();
  const { announcement, editing, open, close, remove, addButton } = useEntryEditing(householdId, 'contact-details');
  const details = network.data?.contactDetails ?? [];
  const changing = details.find((d) => d.id === editing);
  const whose = (personId: string | null) =>
    personId ? (members.find((m) => m.personId === personId)?.displayName ?? '') : t('contactDetails.household');

  return (
    <section className="samenspel-section" aria-labelledby="dossier-contact-details">
      <Heading level={2} id="dossier-contact-details">
        {t('contactDetails.title')}
      </Heading>
      <AnnouncementArea announcement={announcement} error={remove.error} />
      {network.isPending ? (
        <Loading />
      ) : network.isError ? (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      ) : details.length === 0 ? (
        <Paragraph>{t('contactDetails.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('contactDetails.caption')}
          captionHidden
          headers={[
            t('contactDetails.col.kind'),
            t('contactDetails.col.value'),
            t('contactDetails.col.of'),
            t('contactDetails.col.note'),
            ...(canEdit ? [t('contactDetails.col.actions')] : []),
          ]}
          testId="dossier-contact-details"
        >
          {details.map((d) => (
            <TableRow key={d.id}>
              <Th scope="row">{label('contactDetailKind', d.kind)}</Th>
              <TableCell>{d.value}</TableCell>
              <TableCell>{whose(d.personId)}</TableCell>
              <TableCell>{d.note ?? ''}</TableCell>
              {canEdit ? (
                <TableCell>
                  <EntryActions
                    changeLabel={t('contactDetails.editLabel', { value: d.value })}
                    removeLabel={t('contactDetails.removeLabel', { value: d.value })}
                    confirmText={t('contactDetails.confirmRemove', { value: d.value })}
                    onChange={() => open(d.id)}
                    onRemove={() => remove.mutate({ id: d.id, message: t('contactDetails.removed') })}
                    removing={remove.isPending && remove.variables?.id === d.id}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </DataTable>
      )}
      {!canEdit ? null : editing === 'new' || changing ? (
        <ContactDetailForm key={editing} householdId={householdId} members={members} entry={changing} onDone={close} />
      ) : (
        <div className="samenspel-actions">
          <Button ref={addButton} appearance="secondary-action-button" type="button" onClick={() => open('new')}>
            {t('contactDetails.add')}
          </Button>
        </div>
      )}
    </section>
  );
}
