import { Button, Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { Alert } from '../components/Alert.tsx';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, query } from '../api/client.ts';
import type { ListResponse, PersonSummary } from '../api/types.ts';
import { AppLink } from '../components/AppLink.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../components/status.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function PersonSearchPage() {
  const { t, formatDate } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const [input, setInput] = useState(q);
  const [inputError, setInputError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const submitted = useRef(false);

  useEffect(() => {
    setInput(q);
  }, [q]);

  const results = useQuery({
    queryKey: ['persons', 'search', q],
    queryFn: ({ signal }) => api.get<ListResponse<PersonSummary>>(`/api/persons${query({ q, limit: 25 })}`, { signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });

  // After a search, move focus to the results heading so the outcome is read out.
  useEffect(() => {
    if (submitted.current && results.isSuccess && !results.isPlaceholderData) {
      submitted.current = false;
      resultsHeadingRef.current?.focus();
    }
  }, [results.isSuccess, results.isPlaceholderData, results.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = input.trim();
    if (value.length < 2) {
      setInputError(t('persons.queryTooShort'));
      inputRef.current?.focus();
      return;
    }
    setInputError(undefined);
    submitted.current = true;
    setSearchParams({ q: value });
    if (value === q) void results.refetch();
  };

  const items = results.data?.items ?? [];

  return (
    <>
      <PageTitle>{t('persons.title')}</PageTitle>
      <Paragraph>{t('persons.intro')}</Paragraph>
      <Alert type="info" className="samenspel-alert">
        <Paragraph>{t('persons.scopeNote')}</Paragraph>
      </Alert>

      <form role="search" aria-label={t('persons.title')} onSubmit={submit} noValidate className="samenspel-form samenspel-search-form">
        <TextField
          label={t('persons.query')}
          description={t('persons.queryDescription')}
          name="q"
          type="search"
          value={input}
          onChange={setInput}
          error={inputError}
          inputRef={inputRef}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit">
            {t('persons.search')}
          </Button>
        </div>
      </form>

      {q.length >= 2 ? (
        <section className="samenspel-section">
          <Heading level={2} id="search-results-heading" ref={resultsHeadingRef} tabIndex={-1}>
            {t('persons.results', { q })}
          </Heading>
          {results.isPending ? (
            <Loading />
          ) : results.isError ? (
            <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
          ) : items.length === 0 ? (
            <div role="status">
              <Paragraph>
                <strong>{t('persons.noResults')}</strong>
              </Paragraph>
              <Paragraph>{t('persons.noResultsHint', { q })}</Paragraph>
            </div>
          ) : (
            <>
              <p role="status" className="samenspel-result-count">
                {items.length === 1 ? t('persons.resultCountOne') : t('persons.resultCount', { n: items.length })}
              </p>
              {results.isFetching ? <Loading /> : null}
              <DataTable
                caption={t('persons.results', { q })}
                captionHidden
                headers={[t('persons.col.name'), t('persons.col.birthDate'), t('persons.col.address')]}
                testId="person-results"
              >
                {items.map((person) => (
                  <TableRow key={person.id}>
                    <Th scope="row">
                      {person.abilities?.get === false ? (
                        person.displayName
                      ) : (
                        <AppLink to={`/personen/${encodeURIComponent(person.id)}`}>{person.displayName}</AppLink>
                      )}
                    </Th>
                    <TableCell>{formatDate(person.birthDate)}</TableCell>
                    <TableCell>{[person.postcode, person.city].filter(Boolean).join(' ')}</TableCell>
                  </TableRow>
                ))}
              </DataTable>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
