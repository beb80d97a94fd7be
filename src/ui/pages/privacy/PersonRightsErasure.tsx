import { Button, Heading, Paragraph, TableCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { rightsUrl, type ErasureBlocker, type ErasureResult, type PersonRights } from '../../api/rights-queries.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';

export function blockerText(b: ErasureBlocker, { t, formatDate }: I18n): string {
  switch (b.kind) {
    case 'open_case': return t('rights.blocker.open_case', { household: b.household, team: b.team });
    case 'legal_duty': return b.keepUntil
      ? t('rights.blocker.legal_duty', { activity: b.activity, article: b.article ?? '—', until: formatDate(b.keepUntil) })
      : t('rights.blocker.legal_duty_open', { activity: b.activity, article: b.article ?? '—' });
    case 'emergency_access_unreviewed': return t('rights.blocker.emergency_access_unreviewed', { household: b.household });
    case 'restricted': return t('rights.blocker.restricted');
  }
}

/** AVG art. 17: erase when the law allows; otherwise say why not. Asks for confirmation first. */
export function PersonRightsErasure({ person, onErased }: { person: PersonRights; onErased: (result: ErasureResult) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const erase = useMutation({
    mutationFn: () => api.post<ErasureResult>(`${rightsUrl(person.id)}/erasure`, { confirm: true }),
    onSuccess: onErased,
  });
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const { erasure } = person;

  return (
    <section className="samenspel-section" aria-labelledby="rights-erasure">
      <Heading level={2} id="rights-erasure">
        {t('rights.erase.heading')}
      </Heading>
      {erasure.allowed ? (
        <Paragraph>{t('rights.erase.allowed', { destroyed: erasure.householdsDestroyed, shared: erasure.householdsShared })}</Paragraph>
      ) : (
        <Alert type="warning" className="samenspel-alert" data-testid="erasure-refused">
          <Paragraph>{t('rights.erase.refused')}</Paragraph>
          <UnorderedList>
            {erasure.blockers.map((b, i) => (
              <UnorderedListItem key={i}>{blockerText(b, i18n)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {erase.isError ? <ErrorAlert error={erase.error} /> : null}
      {erasure.allowed && !confirming ? (
        <div className="samenspel-actions">
          <Button appearance="secondary-action-button" type="button" onClick={() => setConfirming(true)}>
            {t('rights.erase.start')}
          </Button>
        </div>
      ) : null}
      {erasure.allowed && confirming ? (
        <div className="samenspel-actions">
          <Paragraph>{t('rights.erase.confirmText', { name: person.displayName })}</Paragraph>
          <Button ref={confirmRef} appearance="primary-action-button" type="button" busy={erase.isPending} disabled={erase.isPending} onClick={() => erase.mutate()}>
            {t('rights.erase.confirm')}
          </Button>
          <Button appearance="subtle-button" type="button" onClick={() => setConfirming(false)}>
            {t('admin.cancel')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

/** What was destroyed, in counts per table; the processing log stays. */
export function PersonRightsErased({ name, result }: { name: string; result: ErasureResult }) {
  const { t, label } = useI18n();
  return (
    <>
      <PageTitle>{t('rights.erased.title', { name })}</PageTitle>
      <Alert type="ok" className="samenspel-alert">
        <Paragraph>{t('rights.erased.done')}</Paragraph>
        {result.kept.households > 0 ? <Paragraph>{t('rights.erased.kept', { n: result.kept.households })}</Paragraph> : null}
      </Alert>
      <DataTable caption={t('rights.erased.caption')} headers={[t('rights.col.table'), t('rights.col.rows')]} testId="erased-counts">
        {Object.entries(result.counts).map(([table, n]) => (
          <TableRow key={table}>
            <Th scope="row">{label('rights.table', table)}</Th>
            <TableCell>{n}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Paragraph>{t('rights.erased.log')}</Paragraph>
      <Paragraph>
        <AppLink to="/privacy/rechten">{t('rights.erased.next')}</AppLink>
      </Paragraph>
    </>
  );
}
