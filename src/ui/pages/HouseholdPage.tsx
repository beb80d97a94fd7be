import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../api/client.ts';
import type { Household } from '../api/types.ts';
import { AppLink } from '../components/AppLink.tsx';
import { formatPeriod } from '../components/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { DataTable, Th } from '../components/Table.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { RecordPageFallback } from './RecordPageFallback.tsx';

export default function HouseholdPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, label } = i18n;

  const household = useQuery({
    queryKey: ['household', id],
    queryFn: ({ signal }) => api.get<Household>(`/api/households/${encodeURIComponent(id)}`, { signal }),
  });

  if (!household.isSuccess) return <RecordPageFallback query={household} title={t('household.titleLoading')} />;

  const h = household.data;
  return (
    <>
      <PageTitle>{h.name}</PageTitle>

      <section>
        <Heading level={2} id="household-members">
          {t('household.members')}
        </Heading>
        {h.members.length === 0 ? (
          <Paragraph>{t('household.noMembers')}</Paragraph>
        ) : (
          <DataTable
            caption={t('household.members')}
            captionHidden
            headers={[t('household.col.name'), t('household.col.role'), t('household.col.period')]}
          >
            {h.members.map((m) => (
              <TableRow key={`${m.personId}-${m.validFrom ?? ''}`}>
                <Th scope="row">
                  <AppLink to={`/personen/${encodeURIComponent(m.personId)}`}>{m.displayName}</AppLink>
                </Th>
                <TableCell>{label('householdRole', m.role)}</TableCell>
                <TableCell>{formatPeriod(i18n, m.validFrom, m.validUntil)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>

      <section className="samenspel-section">
        <Heading level={2} id="household-teams">
          {t('household.teams')}
        </Heading>
        {h.teams.length === 0 ? (
          <Paragraph>{t('household.noTeams')}</Paragraph>
        ) : (
          <DataTable caption={t('household.teams')} captionHidden headers={[t('household.col.team'), t('household.col.kind')]}>
            {h.teams.map((team) => (
              <TableRow key={team.id}>
                <Th scope="row">{team.name}</Th>
                <TableCell>{label('teamKind', team.kind)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
