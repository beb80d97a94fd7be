import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Outlet } from 'react-router';
import { hasRole, useCurrentUser } from '../../auth.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Administrators keep the organisation model; managers and the privacy officer read it. */
export function useConfigurationRoles() {
  const user = useCurrentUser();
  const canEdit = hasRole(user, 'administrator');
  return { canEdit, canRead: canEdit || hasRole(user, 'manager') || hasRole(user, 'privacy_officer') };
}

export default function ConfigurationGuard() {
  const { t } = useI18n();
  if (!useConfigurationRoles().canRead) {
    return (
      <>
        <PageTitle>{t('error.forbiddenTitle')}</PageTitle>
        <Paragraph>{t('error.forbidden')}</Paragraph>
      </>
    );
  }
  return <Outlet />;
}
