import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { notificationsQueryKey, useNotifications } from '../api/queries.ts';
import type { AppNotification, NotificationList } from '../api/types.ts';
import { useCurrentUser } from '../auth.tsx';
import { AnnouncementArea, useAnnouncement } from '../components/announcement.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { formatAge, formatDateTimeShort } from '../components/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../components/status.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function NotificationsPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const announcement = useAnnouncement();
  const notifications = useNotifications();

  /** Mark one or more as read; the list and the count in the menu follow. */
  const markRead = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await api.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`);
      return ids;
    },
    onMutate: (ids) => {
      // Show it as read at once; the server's answer follows.
      const now = new Date().toISOString();
      queryClient.setQueryData<NotificationList>(notificationsQueryKey, (old) =>
        old
          ? {
              unread: old.items.filter((n) => !n.readAt && !ids.includes(n.id)).length,
              items: old.items.map((n) => (ids.includes(n.id) && !n.readAt ? { ...n, readAt: now } : n)),
            }
          : old,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });

  const teamName = (teamId: string | null) => (user.teams ?? []).find((tm) => tm.id === teamId)?.name;

  const link = (n: AppNotification) => {
    if (n.kind === 'urgent_registration' && n.teamId) {
      const name = teamName(n.teamId);
      return { to: `/teams/${encodeURIComponent(n.teamId)}/dagstart`, text: name ? t('notifications.toTriage', { team: name }) : t('notifications.toTriageNoTeam') };
    }
    if (n.householdId) return { to: `/huishoudens/${encodeURIComponent(n.householdId)}`, text: t('notifications.toDossier') };
    return null;
  };

  const data = notifications.data;
  const unreadIds = (data?.items ?? []).filter((n) => !n.readAt).map((n) => n.id);

  return (
    <>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} error={markRead.error} />
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <ErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : data && data.items.length === 0 ? (
        <Paragraph>{t('notifications.empty')}</Paragraph>
      ) : data ? (
        <>
          <p className="utrecht-paragraph" data-testid="notifications-unread">
            {data.unread === 0
              ? t('notifications.unreadNone')
              : data.unread === 1
                ? t('notifications.unreadCountOne')
                : t('notifications.unreadCount', { n: data.unread })}
          </p>
          {unreadIds.length > 1 ? (
            <div className="samenspel-actions">
              <Button
                appearance="secondary-action-button"
                type="button"
                disabled={markRead.isPending}
                onClick={() => markRead.mutate(unreadIds, { onSuccess: () => announcement.announce(t('notifications.allMarkedRead')) })}
              >
                {t('notifications.markAllRead')}
              </Button>
            </div>
          ) : null}
          <DataTable
            caption={t('notifications.caption')}
            captionHidden
            headers={[t('notifications.col.what'), t('notifications.col.when'), t('notifications.col.status'), t('notifications.col.actions')]}
            testId="notifications"
          >
            {data.items.map((n) => {
              const what = label('notificationKind', n.kind);
              const target = link(n);
              const when = formatAge(i18n, n.createdAt);
              return (
                <TableRow key={n.id} className={n.readAt ? undefined : 'samenspel-row--unread'}>
                  <Th scope="row">
                    {n.readAt ? what : <strong>{what}</strong>}
                    {target ? (
                      <>
                        <br />
                        <AppLink
                          to={target.to}
                          onClick={() => {
                            // Following the link counts as reading the notification.
                            if (!n.readAt) markRead.mutate([n.id]);
                          }}
                        >
                          {target.text}
                        </AppLink>
                      </>
                    ) : null}
                  </Th>
                  <TableCell>
                    <time dateTime={n.createdAt}>
                      {when} ({formatDateTimeShort(i18n, n.createdAt)})
                    </time>
                  </TableCell>
                  <TableCell>{n.readAt ? t('notifications.read') : <span className="samenspel-badge">{t('notifications.new')}</span>}</TableCell>
                  <TableCell>
                    {n.readAt ? null : (
                      <Button
                        appearance="subtle-button"
                        type="button"
                        disabled={markRead.isPending}
                        aria-label={t('notifications.markReadLabel', { what, when: formatDateTimeShort(i18n, n.createdAt) })}
                        onClick={() => markRead.mutate([n.id], { onSuccess: () => announcement.announce(t('notifications.markedRead')) })}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        </>
      ) : null}
    </>
  );
}
