/**
 * "Welke instrumenten passen?" for one household member: the municipality's current instruments
 * judged against the member's data (through the access layer; each search is logged), in three
 * groups — fitting, not fitting with every reason, and unknown with what is missing.
 */
import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, fieldErrors } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { WithheldNotice } from '../dossier/WithheldNotice.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { useFinder, type FinderAnswer } from './catalogue-api.ts';
import { FinderResults } from './FinderResults.tsx';
import './catalogue.css';

export default function FinderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const given = { hoursPerWeek: params.get('uren') ?? undefined, maxWaitWeeks: params.get('start') ?? undefined };
  const finder = useFinder(id, given);
  const back = (
    <Paragraph>
      <AppLink to={`/personen/${encodeURIComponent(id)}`}>{t('finder.back')}</AppLink>
    </Paragraph>
  );
  const search = (hours: string, start: string) => setParams(Object.fromEntries(Object.entries({ uren: hours.trim(), start: start.trim() }).filter(([, v]) => v !== '')));

  if (finder.isError && isApiError(finder.error) && (finder.error.status === 403 || finder.error.status === 400)) {
    return (
      <>
        {back}
        <PageTitle>{t('finder.titleLoading')}</PageTitle>
        {finder.error.status === 400 ? <FinderForm given={given} errors={fieldErrors(finder.error)} onSearch={search} /> : <ErrorAlert error={finder.error} />}
      </>
    );
  }
  if (!finder.isSuccess) return <RecordPageFallback query={finder} title={t('finder.titleLoading')} />;
  const answer: FinderAnswer = finder.data;
  return (
    <>
      {back}
      <PageTitle>{t('finder.title', { name: answer.person.displayName })}</PageTitle>
      <Paragraph>{t('finder.intro', { name: answer.person.displayName, municipality: answer.municipality.name })}</Paragraph>
      <FinderForm given={given} errors={{}} onSearch={search} />
      <WithheldNotice withheld={answer.withheld} />
      <FinderResults answer={answer} />
    </>
  );
}

function FinderForm({ given, errors, onSearch }: { given: { hoursPerWeek?: string; maxWaitWeeks?: string }; errors: Record<string, string>; onSearch: (hours: string, start: string) => void }) {
  const { t } = useI18n();
  const [hours, setHours] = useState(given.hoursPerWeek ?? '');
  const [start, setStart] = useState(given.maxWaitWeeks ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(hours, start);
  };
  return (
    <section className="samenspel-section" aria-labelledby="finder-given">
      <Heading level={2} id="finder-given">
        {t('finder.given')}
      </Heading>
      <form onSubmit={submit} noValidate className="samenspel-form samenspel-catalogue-filters">
        <TextField label={t('finder.hours')} description={t('finder.hoursDescription')} value={hours} onChange={setHours} error={errors.hoursPerWeek} inputMode="numeric" optional autoComplete="off" testId="finder-hours" />
        <TextField label={t('finder.start')} value={start} onChange={setStart} error={errors.maxWaitWeeks} inputMode="numeric" optional autoComplete="off" />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('finder.search')}
          </Button>
        </div>
      </form>
    </section>
  );
}
