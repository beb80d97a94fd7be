/**
 * On the dossier (for the coordinator and the assigned professional): the household's kitchen-table
 * intakes with a way to start one (ZRM 13 or 11 domains), and the way to the household's plan.
 */
import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client.ts';
import { intakesQueryKey, useInstruments } from '../../api/intake-plan-queries.ts';
import type { Intake, IntakeSummary } from '../../api/intake-plan-types.ts';
import type { ListResponse } from '../../api/types.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { RadioGroupField } from '../../components/fields.tsx';
import { formatDateTimeShort } from '../../components/format.ts';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

const startable = ['zrm-13', 'zrm-11'] as const;

export function IntakesSection({ householdId }: { householdId: string }) {
  const i18n = useI18n();
  const { t, language, formatDate } = i18n;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const instruments = useInstruments();
  const [instrumentId, setInstrumentId] = useState<string>('zrm-13');
  const intakes = useQuery({
    queryKey: intakesQueryKey(householdId),
    queryFn: ({ signal }) => api.get<ListResponse<IntakeSummary>>(`/api/households/${encodeURIComponent(householdId)}/intakes`, { signal }),
  });
  const start = useMutation({
    mutationFn: () => api.post<Intake>(`/api/households/${encodeURIComponent(householdId)}/intakes`, { instrumentId }),
    onSuccess: (intake) => {
      queryClient.setQueryData(['intake', intake.id], intake);
      void queryClient.invalidateQueries({ queryKey: intakesQueryKey(householdId) });
      navigate(`/intakes/${encodeURIComponent(intake.id)}`);
    },
  });

  // Only the coordinator and the assigned professional work on intakes (403 for others): show nothing.
  if (intakes.isError && isApiError(intakes.error) && intakes.error.status === 403) return null;

  const instrumentName = (id: string, version?: number) => {
    const found = instruments.data?.items.find((i) => i.id === id && (version === undefined || i.version === version)) ?? instruments.data?.items.find((i) => i.id === id);
    return found ? found.name[language] : id;
  };

  return (
    <>
      <section className="samenspel-section" aria-labelledby="dossier-intakes">
        <Heading level={2} id="dossier-intakes">
          {t('intakes.title')}
        </Heading>
        {intakes.isPending ? (
          <Loading />
        ) : intakes.isError ? (
          <ErrorAlert error={intakes.error} onRetry={() => void intakes.refetch()} />
        ) : intakes.data.items.length === 0 ? (
          <Paragraph>{t('intakes.none')}</Paragraph>
        ) : (
          <DataTable
            caption={t('intakes.caption')}
            captionHidden
            headers={[t('intakes.col.intake'), t('intakes.col.instrument'), t('intakes.col.status'), t('intakes.col.startedBy')]}
            testId="dossier-intakes"
          >
            {intakes.data.items.map((item) => (
              <TableRow key={item.id}>
                <Th scope="row">
                  <AppLink to={`/intakes/${encodeURIComponent(item.id)}`}>{t('intakes.startedOn', { when: formatDateTimeShort(i18n, item.createdAt) })}</AppLink>
                </Th>
                <TableCell>{instrumentName(item.instrument.id, item.instrument.version)}</TableCell>
                <TableCell>{item.status === 'final' ? t('intakes.final', { date: formatDate(item.finalisedAt) }) : t('intakes.draft')}</TableCell>
                <TableCell>{item.startedBy}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
        <form
          className="samenspel-form samenspel-subform"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            start.mutate();
          }}
        >
          <RadioGroupField
            legend={t('intakes.instrument')}
            name="instrument"
            value={instrumentId}
            onChange={setInstrumentId}
            options={startable.map((id) => ({ value: id, label: instrumentName(id), description: t(`intakes.instrument.${id}`) }))}
          />
          {start.error ? <ErrorAlert error={start.error} /> : null}
          <div className="samenspel-actions">
            <Button appearance="primary-action-button" type="submit" busy={start.isPending} disabled={start.isPending}>
              {t('intakes.start')}
            </Button>
          </div>
        </form>
      </section>

      <section className="samenspel-section" aria-labelledby="dossier-plan">
        <Heading level={2} id="dossier-plan">
          {t('plan.title')}
        </Heading>
        <Paragraph>{t('plan.dossierText')}</Paragraph>
        <Paragraph>
          <AppLink to={`/huishoudens/${encodeURIComponent(householdId)}/plan`}>{t('plan.open')}</AppLink>
        </Paragraph>
      </section>
    </>
  );
}
