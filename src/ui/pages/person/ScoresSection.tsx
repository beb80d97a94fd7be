/**
 * On the person page: the ZRM scores per life domain over time (chart plus a table with the same
 * numbers) and the participation-ladder steps. Only for those who may see them: when the API answers
 * 403 (or 404), the section is not shown at all.
 */
import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { api, isApiError } from '../../api/client.ts';
import { withheldOf } from '../../api/consent-types.ts';
import { scoresQueryKey, useInstruments } from '../../api/intake-plan-queries.ts';
import type { ScoreHistory } from '../../api/intake-plan-types.ts';
import { Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';

const ScoresChart = lazy(() => import('./ScoresChart.tsx'));

const ladderId = 'participatieladder';

export function ScoresSection({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useI18n();
  const scores = useQuery({
    queryKey: scoresQueryKey(personId),
    queryFn: ({ signal }) => api.get<ScoreHistory>(`/api/persons/${encodeURIComponent(personId)}/scores`, { signal }),
  });
  if (scores.isError && isApiError(scores.error) && (scores.error.status === 403 || scores.error.status === 404)) return null;
  if (scores.isPending) return <Loading />;
  if (scores.isError) return null;

  const zrm = scores.data.instruments.filter((i) => i.id !== ladderId && i.moments.length > 0);
  const ladder = scores.data.instruments.find((i) => i.id === ladderId && i.moments.length > 0);
  return (
    <section className="samenspel-section" aria-labelledby="scores" data-testid="person-scores">
      <Heading level={2} id="scores" tabIndex={-1}>
        {t('scores.title')}
      </Heading>
      <WithheldNotice withheld={withheldOf(scores.data)} />
      {zrm.length === 0 && !ladder ? <Paragraph>{t('scores.none')}</Paragraph> : null}
      {zrm.map((instrument) => (
        <ZrmScores key={`${instrument.id}@${instrument.version}`} instrument={instrument} personName={personName} />
      ))}
      {ladder ? <LadderScores instrument={ladder} personName={personName} /> : null}
    </section>
  );
}

type InstrumentHistory = ScoreHistory['instruments'][number];

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

function ZrmScores({ instrument, personName }: { instrument: InstrumentHistory; personName: string }) {
  const { t, language, formatDate } = useI18n();
  const definitions = useInstruments();
  const definition = definitions.data?.items.find((i) => i.id === instrument.id);
  const max = definition?.scale.max ?? 5;
  const levels = definition?.scale.levels ?? [];
  const { moments } = instrument;
  const first = moments[0]!;
  const last = moments[moments.length - 1]!;
  const domainNames = useMemo(() => instrument.domains.map((d) => d.name[language]), [instrument, language]);
  const series = useMemo(
    () => moments.map((m) => ({ name: formatDate(m.assessedOn), values: instrument.domains.map((d) => m.scores[d.code] ?? null) })),
    [moments, instrument, formatDate],
  );
  const dates = moments.map((m) => formatDate(m.assessedOn));
  const chartLabel = t('scores.chartLabel', { instrument: instrument.name[language], name: personName, dates: dates.join(', ') });

  return (
    <>
      <Heading level={3}>{instrument.name[language]}</Heading>
      {levels.length > 0 ? (
        <Paragraph className="samenspel-small">{levels.map((l) => `${l.score} = ${l.name[language].toLocaleLowerCase(language)}`).join(' · ')}</Paragraph>
      ) : null}
      <figure className="samenspel-figure">
        <Suspense fallback={<Loading />}>
          <ScoresChart label={chartLabel} domains={domainNames} moments={series} max={max} />
        </Suspense>
        <figcaption className="samenspel-small">{t('scores.chartCaption')}</figcaption>
      </figure>
      <DataTable
        caption={t('scores.tableCaption', { instrument: instrument.name[language], name: personName })}
        headers={[t('scores.col.domain'), ...dates, ...(moments.length > 1 ? [t('scores.col.change')] : [])]}
        testId="scores-table"
      >
        {instrument.domains.map((d) => {
          const a = first.scores[d.code];
          const b = last.scores[d.code];
          return (
            <TableRow key={d.code}>
              <Th scope="row">{d.name[language]}</Th>
              {moments.map((m) => (
                <TableCell key={m.intakeId}>{m.scores[d.code] ?? ''}</TableCell>
              ))}
              {moments.length > 1 ? <TableCell>{a !== undefined && b !== undefined ? signed(b - a) : ''}</TableCell> : null}
            </TableRow>
          );
        })}
      </DataTable>
    </>
  );
}

function LadderScores({ instrument, personName }: { instrument: InstrumentHistory; personName: string }) {
  const { t, language, formatDate } = useI18n();
  const definitions = useInstruments();
  const levels = new Map((definitions.data?.items.find((i) => i.id === instrument.id)?.scale.levels ?? []).map((l) => [l.score, l.name[language]]));
  const code = instrument.domains[0]?.code ?? 'participation';
  return (
    <>
      <Heading level={3}>{instrument.name[language]}</Heading>
      <DataTable
        caption={t('scores.ladderCaption', { name: personName })}
        headers={[t('scores.col.date'), t('scores.col.step')]}
        testId="ladder-table"
      >
        {instrument.moments.map((m) => {
          const step = m.scores[code];
          return (
            <TableRow key={m.intakeId}>
              <Th scope="row">{formatDate(m.assessedOn)}</Th>
              <TableCell>{step === undefined ? '' : t('intake.ladderStep', { n: step, name: levels.get(step) ?? '' })}</TableCell>
            </TableRow>
          );
        })}
      </DataTable>
    </>
  );
}
