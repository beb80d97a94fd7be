import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { ListResponse, Session } from '../api/types.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryTable } from '../components/QueryTable.tsx';
import { ErrorAlert, SuccessAlert } from '../components/status.tsx';
import { Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function SessionsPage() {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(false);
  const headingRef = useRef<HTMLDivElement>(null);

  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: ({ signal }) => api.get<ListResponse<Session>>('/api/auth/sessions', { signal }),
  });

  const end = useMutation({
    mutationFn: (id: string) => api.delete(`/api/auth/sessions/${encodeURIComponent(id)}`),
    onSuccess: async () => {
      setEnded(true);
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
      headingRef.current?.focus();
    },
  });

  return (
    <>
      <PageTitle>{t('sessions.title')}</PageTitle>
      <Paragraph>{t('sessions.intro')}</Paragraph>
      <div ref={headingRef} tabIndex={-1} className="samenspel-focus-target">
        {ended && !end.isPending ? <SuccessAlert>{t('sessions.ended')}</SuccessAlert> : null}
        {end.isError ? <ErrorAlert error={end.error} /> : null}
      </div>
      <QueryTable
        query={sessions}
        emptyText={t('sessions.none')}
        caption={t('sessions.caption')}
        headers={[
          t('sessions.col.created'),
          t('sessions.col.lastSeen'),
          t('sessions.col.expires'),
          t('sessions.col.client'),
          t('sessions.col.ip'),
          t('sessions.col.actions'),
        ]}
        testId="sessions"
        row={(s) => (
          <TableRow key={s.id} className={s.current ? 'samenspel-row--current' : undefined}>
            <Th scope="row">{formatDateTime(s.createdAt)}</Th>
            <TableCell>{formatDateTime(s.lastSeenAt)}</TableCell>
            <TableCell>{formatDateTime(s.expiresAt)}</TableCell>
            <TableCell className="samenspel-small">{s.userAgent ?? ''}</TableCell>
            <TableCell>{s.clientIp ?? ''}</TableCell>
            <TableCell>
              {s.current ? (
                <strong className="samenspel-badge">{t('sessions.current')}</strong>
              ) : (
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  hint="danger"
                  aria-label={t('sessions.endLabel', { date: formatDateTime(s.createdAt) })}
                  disabled={end.isPending}
                  onClick={() => {
                    setEnded(false);
                    end.mutate(s.id);
                  }}
                >
                  {t('sessions.end')}
                </Button>
              )}
            </TableCell>
          </TableRow>
        )}
      />
    </>
  );
}
