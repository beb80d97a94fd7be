import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { retentionKey, totalRows, useRetentionDryRun, useRetentionRuns, type RetentionDryRun } from '../../api/rights-queries.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryTable } from '../../components/QueryTable.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const shortId = (id: string) => id.slice(0, 8);

function DryRun({ plan }: { plan: RetentionDryRun }) {
  const { t, label, formatDate, formatDateTime } = useI18n();
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([table, n]) => `${label('rights.table', table)} ${n}`).join(', ');
  return (
    <>
      <Paragraph>{t('retention.asOf', { when: formatDateTime(plan.asOf) })}</Paragraph>
      {plan.due.length === 0 ? (
        <Paragraph data-testid="retention-nothing-due">{t('retention.nothingDue')}</Paragraph>
      ) : (
        <DataTable caption={t('retention.dueCaption', { n: plan.due.length })} headers={[t('retention.col.household'), t('retention.col.rule'), t('retention.col.closed'), t('retention.col.keepUntil'), t('retention.col.persons'), t('retention.col.rows')]} testId="retention-due">
          {plan.due.map((d) => (
            <TableRow key={d.householdId}>
              <Th scope="row"><code>{shortId(d.householdId)}</code></Th>
              <TableCell>{t('retention.rule', { name: d.rule.name, months: d.rule.months })}</TableCell>
              <TableCell>{formatDate(d.lastClosedAt)}</TableCell>
              <TableCell>{formatDate(d.keepUntil)}</TableCell>
              <TableCell>{d.persons}</TableCell>
              <TableCell>{t('retention.rowsTotal', { n: totalRows(d.counts) })} ({rows(d.counts)})</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {plan.held.length > 0 ? (
        <DataTable caption={t('retention.heldCaption')} headers={[t('retention.col.household'), t('retention.col.rule'), t('retention.col.keepUntil'), t('retention.col.reason')]} testId="retention-held">
          {plan.held.map((h) => (
            <TableRow key={h.householdId}>
              <Th scope="row"><code>{shortId(h.householdId)}</code></Th>
              <TableCell>{t('retention.rule', { name: h.rule.name, months: h.rule.months })}</TableCell>
              <TableCell>{formatDate(h.keepUntil)}</TableCell>
              <TableCell>{h.reasons.map((r) => label('retention.held', r)).join(', ')}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

/** Retention (bewaartermijnen): the periods, the dry run, a run by hand with confirmation, the last runs. */
export default function RetentionPage() {
  const { t, label, formatDateTime } = useI18n();
  const dryRun = useRetentionDryRun();
  const runs = useRetentionRuns();
  const queryClient = useQueryClient();
  const announcement = useAnnouncement();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const run = useMutation({
    mutationFn: () => api.post<{ householdsDestroyed: number; householdsHeld: number; failures: number }>('/api/privacy/retention/runs', { confirm: true }),
    onSuccess: (result) => {
      setConfirming(false);
      announcement.announce(t('retention.runDone', { n: result.householdsDestroyed, held: result.householdsHeld, failures: result.failures }));
      void queryClient.invalidateQueries({ queryKey: retentionKey });
    },
  });

  return (
    <>
      <PageTitle>{t('retention.title')}</PageTitle>
      <Paragraph>{t('retention.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} error={run.error} />

      <section className="samenspel-section" aria-labelledby="retention-dry-run">
        <Heading level={2} id="retention-dry-run">{t('retention.dryRunHeading')}</Heading>
        {dryRun.isPending ? <Loading /> : dryRun.isError ? <ErrorAlert error={dryRun.error} onRetry={() => void dryRun.refetch()} /> : <DryRun plan={dryRun.data} />}
        <div className="samenspel-actions">
          {confirming ? (
            <>
              <Paragraph>{t('retention.confirmText')}</Paragraph>
              <Button ref={confirmRef} appearance="primary-action-button" type="button" busy={run.isPending} disabled={run.isPending} onClick={() => run.mutate()}>
                {t('retention.confirm')}
              </Button>
              <Button appearance="subtle-button" type="button" onClick={() => setConfirming(false)}>{t('admin.cancel')}</Button>
            </>
          ) : (
            <Button appearance="secondary-action-button" type="button" onClick={() => { announcement.clear(); setConfirming(true); }}>
              {t('retention.start')}
            </Button>
          )}
        </div>
      </section>

      <section className="samenspel-section" aria-labelledby="retention-runs">
        <Heading level={2} id="retention-runs">{t('retention.runsHeading')}</Heading>
        <QueryTable
          query={runs}
          emptyText={t('retention.noRuns')}
          caption={t('retention.runsHeading')}
          headers={[t('retention.col.started'), t('retention.col.by'), t('retention.col.destroyed'), t('retention.col.heldCount'), t('retention.col.failures')]}
          testId="retention-runs"
          row={(r) => (
            <TableRow key={r.id}>
              <Th scope="row">{formatDateTime(r.startedAt)}</Th>
              <TableCell>{r.startedBy ?? t('retention.bySchedule')}</TableCell>
              <TableCell>{r.householdsDestroyed}</TableCell>
              <TableCell>{r.householdsHeld}</TableCell>
              <TableCell>{r.failures}</TableCell>
            </TableRow>
          )}
        />
      </section>

      <section className="samenspel-section" aria-labelledby="retention-rules">
        <Heading level={2} id="retention-rules">{t('retention.rulesHeading')}</Heading>
        <Paragraph>{t('retention.rulesIntro')}</Paragraph>
        {dryRun.isSuccess ? (
          <DataTable caption={t('retention.rulesHeading')} captionHidden headers={[t('retention.col.activity'), t('retention.col.period'), t('retention.col.from')]} testId="retention-rules">
            {dryRun.data.rules.map((r) => (
              <TableRow key={r.activityId}>
                <Th scope="row">{r.name}</Th>
                <TableCell>{r.months === null ? t('retention.noPeriod') : t('retention.months', { n: r.months })}</TableCell>
                <TableCell>{r.from ? label('retention.from', r.from) : '—'}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        ) : null}
      </section>
    </>
  );
}
