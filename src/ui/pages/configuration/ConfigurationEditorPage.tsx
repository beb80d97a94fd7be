import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useParams, useSearchParams } from 'react-router';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { pagePath, useVersion, useVersions } from './configuration-api.ts';
import { useConfigurationRoles } from './ConfigurationGuard.tsx';
import { starterConfiguration } from './editor/editor-state.ts';
import { EditorForm } from './editor/EditorForm.tsx';

const nextDay = (isoDate: string) => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** A new version (from the one in force, or from ?van=<version>), or a change of a version dated ahead. */
export default function ConfigurationEditorPage() {
  const { municipalityId = '', versionId } = useParams();
  const [search] = useSearchParams();
  const { t, formatDate } = useI18n();
  const { canEdit } = useConfigurationRoles();
  const versions = useVersions(municipalityId);
  const sourceId = versionId ?? search.get('van') ?? versions.data?.inForceId ?? undefined;
  const source = useVersion(municipalityId, sourceId);

  if (!canEdit) {
    return (
      <>
        <PageTitle>{t('error.forbiddenTitle')}</PageTitle>
        <Paragraph>{t('error.forbidden')}</Paragraph>
      </>
    );
  }
  if (versions.isPending || (sourceId && source.isPending)) return <Loading />;
  if (versions.isError) return <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />;
  if (source.isError) return <ErrorAlert error={source.error} onRetry={() => void source.refetch()} />;
  const from = source.data;
  return (
    <>
      <PageTitle>{versionId && from ? t('configuration.editTitle', { date: formatDate(from.validFrom) }) : t('configuration.newTitle')}</PageTitle>
      <Paragraph>
        <AppLink to={pagePath(municipalityId)}>{t('configuration.backToVersions')}</AppLink>
      </Paragraph>
      <Paragraph>{from && !versionId ? t('configuration.editor.startsFrom', { date: formatDate(from.validFrom) }) : t('configuration.editor.intro')}</Paragraph>
      <EditorForm
        key={sourceId ?? 'starter'}
        municipalityId={municipalityId}
        versionId={versionId}
        initial={from?.configuration ?? starterConfiguration()}
        initialValidFrom={versionId && from ? from.validFrom : nextDay(versions.data.today)}
        initialNote={versionId ? (from?.note ?? '') : ''}
      />
    </>
  );
}
