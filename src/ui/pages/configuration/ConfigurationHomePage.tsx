import { Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMunicipalities } from '../admin/common.tsx';
import { pagePath } from './configuration-api.ts';

export default function ConfigurationHomePage() {
  const { t } = useI18n();
  const municipalities = useMunicipalities();
  return (
    <>
      <PageTitle>{t('configuration.title')}</PageTitle>
      <Paragraph>{t('configuration.intro')}</Paragraph>
      {municipalities.isPending ? <Loading /> : null}
      {municipalities.isError ? <ErrorAlert error={municipalities.error} onRetry={() => void municipalities.refetch()} /> : null}
      {municipalities.data ? (
        <UnorderedList>
          {municipalities.data.items.map((m) => (
            <UnorderedListItem key={m.id}>
              <AppLink to={pagePath(m.id)}>{t('configuration.ofMunicipality', { name: m.name })}</AppLink>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </>
  );
}
