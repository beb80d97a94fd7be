import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { configurationKey, exportUrl, pagePath, useVersion, versionPath, versionsUrl } from './configuration-api.ts';
import { useConfigurationRoles } from './ConfigurationGuard.tsx';
import { ConfigurationFacts } from './ConfigurationFacts.tsx';
import { VersionStatus } from './VersionStatus.tsx';
import { WarningList } from './WarningList.tsx';

export default function ConfigurationVersionPage() {
  const { municipalityId = '', versionId = '' } = useParams();
  const { t, formatDate } = useI18n();
  const { canEdit } = useConfigurationRoles();
  const version = useVersion(municipalityId, versionId);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => api.delete(`${versionsUrl(municipalityId)}/${encodeURIComponent(versionId)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: configurationKey(municipalityId) });
      navigate(pagePath(municipalityId), { state: { saved: t('configuration.removed') } });
    },
  });

  if (version.isPending) return <Loading />;
  if (version.isError) return <ErrorAlert error={version.error} onRetry={() => void version.refetch()} />;
  const v = version.data;
  return (
    <>
      <PageTitle>{t('configuration.versionTitle', { date: formatDate(v.validFrom) })}</PageTitle>
      <Paragraph>
        <AppLink to={pagePath(municipalityId)}>{t('configuration.backToVersions')}</AppLink>
      </Paragraph>
      <Paragraph>
        <VersionStatus validFrom={v.validFrom} status={v.inForce ? 'in_force' : v.future ? 'future' : 'past'} />
        {v.note ? ` — ${v.note}` : ''}
      </Paragraph>
      <Paragraph className="samenspel-muted">{t('configuration.recordedBy', { name: v.createdBy.displayName })}</Paragraph>
      <div className="samenspel-actions">
        {canEdit && v.future ? <AppLink to={`${versionPath(municipalityId, v.id)}/wijzigen`}>{t('configuration.edit')}</AppLink> : null}
        {canEdit ? <AppLink to={`${pagePath(municipalityId)}/nieuw?van=${encodeURIComponent(v.id)}`}>{t('configuration.newFromThis')}</AppLink> : null}
        <a className="nl-link rhc-link" href={exportUrl(municipalityId, v.id)} download>
          {t('configuration.export')}
        </a>
        {canEdit && v.future ? (
          <Button appearance="secondary-action-button" type="button" busy={remove.isPending} disabled={remove.isPending} onClick={() => remove.mutate()}>
            {t('configuration.remove')}
          </Button>
        ) : null}
      </div>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <WarningList warnings={v.warnings} />
      <section className="samenspel-section" aria-labelledby="configuration-facts">
        <Heading level={2} id="configuration-facts">
          {t('configuration.facts')}
        </Heading>
        <ConfigurationFacts configuration={v.configuration} />
        <details>
          <summary>{t('configuration.fullJson')}</summary>
          <pre className="samenspel-small" tabIndex={0}>{JSON.stringify(v.configuration, null, 2)}</pre>
        </details>
      </section>
    </>
  );
}
