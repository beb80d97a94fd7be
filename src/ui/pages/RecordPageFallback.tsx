import { isNotFound } from '../api/client.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../components/status.tsx';
import { NotFoundContent } from './NotFoundPage.tsx';

/**
 * What a record's page shows until its record is loaded: the title with a loading indicator or the
 * error (with retry); when the API answers 404, the not-found page with the server's message.
 */
export function RecordPageFallback({ query, title }: { query: { isError: boolean; error: unknown; refetch: () => unknown }; title: string }) {
  if (query.isError && isNotFound(query.error)) return <NotFoundContent error={query.error} />;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : <Loading />}
    </>
  );
}
