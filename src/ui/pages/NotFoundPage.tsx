import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { isApiError } from '../api/client.ts';
import { AppLink } from '../components/AppLink.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** "Pagina niet gevonden" content; also used when the API answers 404 for a record (shows the server's message). */
export function NotFoundContent({ error }: { error?: unknown }) {
  const { t } = useI18n();
  const message = isApiError(error) && error.status === 404 ? error.message : undefined;
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      {message ? <Paragraph>{message}</Paragraph> : null}
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </>
  );
}

export default function NotFoundPage() {
  return <NotFoundContent />;
}
