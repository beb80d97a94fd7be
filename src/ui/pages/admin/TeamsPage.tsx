import { Button, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { formatPeriod } from '../../components/format.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading, SuccessAlert } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameById, useMunicipalities, useTeams } from './common.tsx';
import { TeamForm } from './TeamForm.tsx';

export default function TeamsPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const list = useTeams();
  const municipalities = useMunicipalities();
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const done = (text: string | null) => {
    setCreating(false);
    setMessage(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <>
      <PageTitle>{t('teams.title')}</PageTitle>
      <div ref={messageRef} tabIndex={-1} className="samenspel-focus-target">
        {message ? <SuccessAlert>{message}</SuccessAlert> : null}
      </div>
      {creating ? (
        <TeamForm item={null} onDone={done} />
      ) : (
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => { setMessage(null); setCreating(true); }}>
            {t('teams.new')}
          </Button>
        </div>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Paragraph>{t('admin.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('teams.caption')}
          captionHidden
          headers={[t('teams.name'), t('teams.kind'), t('teams.municipality'), t('teams.area'), t('teams.period')]}
        >
          {list.data.items.map((team) => (
            <TableRow key={team.id}>
              <Th scope="row">
                <AppLink to={`/beheer/teams/${encodeURIComponent(team.id)}`}>{team.name}</AppLink>
              </Th>
              <TableCell>{label('teamKind', team.kind)}</TableCell>
              <TableCell>{nameById(municipalities.data?.items, team.municipalityId)}</TableCell>
              <TableCell>{[...(team.areaPostcodes ?? []), ...(team.areaDistricts ?? [])].join(', ')}</TableCell>
              <TableCell>{formatPeriod(i18n, team.validFrom, team.validUntil)}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </>
  );
}
