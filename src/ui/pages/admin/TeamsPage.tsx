import { TableCell } from '@rijkshuisstijl-community/components-react';
import { AppLink } from '../../components/AppLink.tsx';
import { formatPeriod } from '../../components/format.ts';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminListPage } from './AdminListPage.tsx';
import { nameById, useMunicipalities, useTeams } from './common.tsx';
import { TeamForm } from './TeamForm.tsx';

export default function TeamsPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const list = useTeams();
  const municipalities = useMunicipalities();
  return (
    <AdminListPage
      title={t('teams.title')}
      newLabel={t('teams.new')}
      list={list}
      caption={t('teams.caption')}
      headers={[t('teams.name'), t('teams.kind'), t('teams.municipality'), t('teams.area'), t('teams.period')]}
      row={(team) => (
        <>
          <Th scope="row">
            <AppLink to={`/beheer/teams/${encodeURIComponent(team.id)}`}>{team.name}</AppLink>
          </Th>
          <TableCell>{label('teamKind', team.kind)}</TableCell>
          <TableCell>{nameById(municipalities.data?.items, team.municipalityId)}</TableCell>
          <TableCell>{[...(team.areaPostcodes ?? []), ...(team.areaDistricts ?? [])].join(', ')}</TableCell>
          <TableCell>{formatPeriod(i18n, team.validFrom, team.validUntil)}</TableCell>
        </>
      )}
      form={(_item, onDone) => <TeamForm item={null} onDone={onDone} />}
    />
  );
}
