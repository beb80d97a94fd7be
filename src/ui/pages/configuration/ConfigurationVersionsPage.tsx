import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { nameById, useMunicipalities } from '../admin/common.tsx';
import { presetsPath } from '../presets/presets-api.ts';
import { exportUrl, pagePath, useVersion, useVersions, versionPath } from './configuration-api.ts';
import { useConfigurationRoles } from './ConfigurationGuard.tsx';
import { ImportForm } from './ImportForm.tsx';
import { statusOf, VersionStatus } from './VersionStatus.tsx';
import { WarningList } from './WarningList.tsx';

export default function ConfigurationVersionsPage() {
  const { municipalityId = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { canEdit } = useConfigurationRoles();
  const municipalities = useMunicipalities();
  const versions = useVersions(municipalityId);
  const inForce = useVersion(municipalityId, versions.data?.inForceId ?? undefined);
  const announcement = useAnnouncement();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const name = nameById(municipalities.data?.items, municipalityId);
  useEffect(() => {
    if (saved) announcement.announce(saved);
  }, [saved]);

  return (
    <>
      <PageTitle>{name ? t('configuration.ofMunicipality', { name }) : t('configuration.title')}</PageTitle>
      <Paragraph>{t('configuration.versionsIntro')}</Paragraph>
      <AnnouncementArea announcement={announcement} />
      {canEdit ? (
        <div className="samenspel-actions">
          <AppLink to={`${pagePath(municipalityId)}/nieuw`}>{t('configuration.newVersion')}</AppLink>
          <AppLink to={presetsPath(municipalityId)}>{t('presets.link')}</AppLink>
        </div>
      ) : null}
      <section className="samenspel-section" aria-labelledby="configuration-versions">
        <Heading level={2} id="configuration-versions">
          {t('configuration.versions')}
        </Heading>
        {versions.isPending ? <Loading /> : null}
        {versions.isError ? <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} /> : null}
        {versions.data && versions.data.items.length === 0 ? <Paragraph>{t('configuration.noVersions')}</Paragraph> : null}
        {versions.data && versions.data.items.length > 0 ? (
          <DataTable
            caption={t('configuration.versionsCaption')}
            captionHidden
            testId="configuration-versions"
            headers={[t('configuration.col.validFrom'), t('configuration.col.status'), t('configuration.col.note'), t('configuration.col.by'), t('configuration.col.export')]}
          >
            {versions.data.items.map((v) => {
              const current = v.id === versions.data.inForceId;
              return (
                <TableRow key={v.id} className={current ? 'samenspel-row--current' : undefined}>
                  <Th scope="row">
                    <AppLink to={versionPath(municipalityId, v.id)}>{formatDate(v.validFrom)}</AppLink>
                  </Th>
                  <TableCell>
                    <VersionStatus validFrom={v.validFrom} status={statusOf(v.validFrom, current, versions.data.today)} />
                  </TableCell>
                  <TableCell>{v.note ?? ''}</TableCell>
                  <TableCell>{v.createdBy.displayName}</TableCell>
                  <TableCell>
                    <a className="nl-link rhc-link" href={exportUrl(municipalityId, v.id)} download>
                      {t('configuration.exportVersion', { date: formatDate(v.validFrom) })}
                    </a>
                  </TableCell>
                </TableRow>
              );
            })}
          </DataTable>
        ) : null}
      </section>
      {inForce.data ? <WarningList warnings={inForce.data.warnings} /> : null}
      {canEdit ? <ImportForm municipalityId={municipalityId} today={versions.data?.today} onDone={announcement.announce} /> : null}
    </>
  );
}
