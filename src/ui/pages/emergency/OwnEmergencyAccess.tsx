import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDateTimeShort } from '../../components/format.ts';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { ownEmergencyAccessKey, useOwnEmergencyAccess, type EmergencyAccess } from './emergency-api.ts';

/** Ends one's own emergency access; the dossier's cached contents go with it. */
export function useEndEmergencyAccess(onEnded: (access: EmergencyAccess) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<EmergencyAccess>(`/api/emergency-access/${encodeURIComponent(id)}/end`),
    onSuccess: async (ended) => {
      queryClient.removeQueries({ queryKey: ['dossier', ended.householdId] });
      queryClient.removeQueries({ queryKey: ['household', ended.householdId] });
      await queryClient.invalidateQueries({ queryKey: ownEmergencyAccessKey });
      onEnded(ended);
    },
  });
}

/** The user's running emergency accesses: when they started and end, to open or end now. */
export function OwnEmergencyAccess() {
  const i18n = useI18n();
  const { t } = i18n;
  const own = useOwnEmergencyAccess();
  const announcement = useAnnouncement();
  const end = useEndEmergencyAccess(() => announcement.announce(t('emergency.ended')));

  if (own.isPending) return <Loading />;
  if (own.isError) return <ErrorAlert error={own.error} onRetry={() => void own.refetch()} />;
  return (
    <>
      <AnnouncementArea announcement={announcement} error={end.error} />
      {own.data.items.length === 0 ? (
        <Paragraph>{t('emergency.mineNone')}</Paragraph>
      ) : (
        <DataTable
          caption={t('emergency.mineCaption')}
          captionHidden
          headers={[t('emergency.col.until'), t('emergency.col.started'), t('emergency.col.ground'), t('emergency.col.actions')]}
          testId="own-emergency-access"
        >
          {own.data.items.map((item) => (
            <TableRow key={item.id}>
              <Th scope="row">{formatDateTimeShort(i18n, item.expiresAt)}</Th>
              <TableCell>{formatDateTimeShort(i18n, item.startedAt)}</TableCell>
              <TableCell>{t(`emergency.ground.${item.ground}` as MessageKey)}</TableCell>
              <TableCell>
                <div className="samenspel-actions">
                  <AppLink to={`/huishoudens/${encodeURIComponent(item.householdId)}`}>{t('emergency.openDossier')}</AppLink>
                  <Button appearance="secondary-action-button" type="button" disabled={end.isPending} onClick={() => end.mutate(item.id)}>
                    {t('emergency.end')}
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}
