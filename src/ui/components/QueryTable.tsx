import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ListResponse } from '../api/types.ts';
import { ErrorAlert, Loading } from './status.tsx';
import { DataTable } from './Table.tsx';

/**
 * The items of a list query as a table: a loading indicator, the error (with retry), a text when
 * there are none, or the table. Its caption is visually hidden: a heading on the page names it.
 */
export function QueryTable<T>({
  query,
  emptyText,
  caption,
  headers,
  testId,
  row,
}: {
  query: UseQueryResult<ListResponse<T>>;
  emptyText: string;
  caption: string;
  headers: ReactNode[];
  testId?: string;
  /** One <TableRow> (with its key) for an item. */
  row: (item: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) return <Paragraph>{emptyText}</Paragraph>;
  return (
    <DataTable caption={caption} captionHidden headers={headers} testId={testId}>
      {query.data.items.map((item) => row(item))}
    </DataTable>
  );
}
