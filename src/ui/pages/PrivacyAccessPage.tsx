import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { Alert } from '../components/Alert.tsx';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, isApiError, query } from '../api/client.ts';
import type { AccessLog, VerifyLogResult } from '../api/types.ts';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../components/status.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function PrivacyAccessPage() {
  const { t, label, formatDateTime } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const bsn = (searchParams.get('bsn') ?? '').replace(/\D/g, '');
  const [input, setInput] = useState(bsn);
  const [inputError, setInputError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const submitted = useRef(false);

  useEffect(() => setInput(bsn), [bsn]);

  const log = useQuery({
    queryKey: ['privacy', 'access-log', bsn],
    queryFn: ({ signal }) => api.get<AccessLog>(`/api/privacy/access-log${query({ bsn })}`, { signal }),
    enabled: bsn.length >= 8,
    retry: false,
  });

  useEffect(() => {
    if (submitted.current && (log.isSuccess || log.isError)) {
      submitted.current = false;
      resultHeadingRef.current?.focus();
    }
  }, [log.isSuccess, log.isError, log.data]);

  const serverBsnError =
    isApiError(log.error) && log.error.status === 400 ? log.error.issues.find((i) => i.path === 'bsn')?.message : undefined;

  const verify = useMutation({
    mutationFn: () => api.post<VerifyLogResult>('/api/privacy/verify-log'),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = input.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 9) {
      setInputError(t('privacy.bsnInvalid'));
      inputRef.current?.focus();
      return;
    }
    setInputError(undefined);
    submitted.current = true;
    setSearchParams({ bsn: digits });
    if (digits === bsn) void log.refetch();
  };

  return (
    <>
      <PageTitle>{t('privacy.title')}</PageTitle>
      <Paragraph>{t('privacy.intro')}</Paragraph>
      <form role="search" aria-label={t('privacy.title')} onSubmit={submit} noValidate className="samenspel-form samenspel-search-form">
        <TextField
          label={t('privacy.bsn')}
          description={t('privacy.bsnDescription')}
          name="bsn"
          value={input}
          onChange={setInput}
          inputMode="numeric"
          autoComplete="off"
          maxLength={11}
          error={inputError ?? serverBsnError}
          inputRef={inputRef}
          spellCheck={false}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('privacy.search')}
          </Button>
        </div>
      </form>

      {bsn.length >= 8 ? (
        <section className="samenspel-section">
          <Heading level={2} id="access-log-heading" ref={resultHeadingRef} tabIndex={-1}>
            {log.isSuccess ? t('privacy.personHeading', { name: log.data.person.displayName }) : t('privacy.caption')}
          </Heading>
          {log.isPending ? (
            <Loading />
          ) : log.isError ? (
            <ErrorAlert error={log.error} />
          ) : log.data.entries.length === 0 ? (
            <Paragraph>{t('privacy.noEntries')}</Paragraph>
          ) : (
            <DataTable
              caption={t('privacy.caption')}
              headers={[
                t('privacy.col.time'),
                t('privacy.col.user'),
                t('privacy.col.team'),
                t('privacy.col.role'),
                t('privacy.col.action'),
                t('privacy.col.activity'),
                t('privacy.col.outcome'),
              ]}
              testId="access-log"
            >
              {log.data.entries.map((entry) => (
                <TableRow key={String(entry.seq)}>
                  <Th scope="row">{formatDateTime(entry.time)}</Th>
                  <TableCell>{entry.user?.displayName ?? t('privacy.systemUser')}</TableCell>
                  <TableCell>{entry.actingTeam?.name ?? t('privacy.noTeam')}</TableCell>
                  <TableCell>{label('teamRole', entry.actingRole) !== entry.actingRole ? label('teamRole', entry.actingRole) : label('role', entry.actingRole)}</TableCell>
                  <TableCell>{label('action', entry.action)}</TableCell>
                  <TableCell>
                    {entry.processingActivity?.name ?? ''}
                    {entry.emergency ? <> <span className="samenspel-urgent-badge" data-testid="emergency-tag">{t('emergency.tag')}</span></> : null}
                  </TableCell>
                  <TableCell>{label('outcome', entry.outcome)}</TableCell>
                </TableRow>
              ))}
            </DataTable>
          )}
        </section>
      ) : null}

      <section className="samenspel-section">
        <Heading level={2} id="verify-heading">
          {t('privacy.verifyHeading')}
        </Heading>
        <Paragraph>{t('privacy.verifyIntro')}</Paragraph>
        <div className="samenspel-actions">
          <Button
            appearance="secondary-action-button"
            type="button"
            busy={verify.isPending}
            disabled={verify.isPending}
            onClick={() => verify.mutate()}
          >
            {verify.isPending ? t('privacy.verifyBusy') : t('privacy.verify')}
          </Button>
        </div>
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {verify.isSuccess ? (
          verify.data.intact ? (
            <Alert type="ok" className="samenspel-alert" data-testid="verify-result">
              <Paragraph>{t('privacy.intact', { n: verify.data.checked })}</Paragraph>
            </Alert>
          ) : (
            <Alert type="error" className="samenspel-alert" data-testid="verify-result">
              <Paragraph>
                {t('privacy.broken', {
                  seq: String(verify.data.firstBroken?.seq ?? '?'),
                  reason: verify.data.firstBroken?.reason ?? '',
                  n: verify.data.checked,
                })}
              </Paragraph>
            </Alert>
          )
        ) : null}
      </section>
    </>
  );
}
