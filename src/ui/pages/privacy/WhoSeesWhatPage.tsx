import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { usePrivacyNames, useProfessionalRoles } from '../../api/privacy-queries.ts';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AccessRules } from './AccessRules.tsx';
import { roleSentences } from './role-sentences.ts';
import { RuleForm } from './RuleForm.tsx';
import { RuleHistory } from './RuleHistory.tsx';

export default function WhoSeesWhatPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const roles = useProfessionalRoles();
  const names = usePrivacyNames();

  return (
    <>
      <PageTitle>{t('whoSees.title')}</PageTitle>
      <Paragraph>{t('whoSees.intro')}</Paragraph>
      <section className="samenspel-section" aria-labelledby="who-sees-roles">
        <Heading level={2} id="who-sees-roles">
          {t('whoSees.rolesHeading')}
        </Heading>
        {roles.isError ? (
          <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} />
        ) : !roles.isSuccess || !names.ready ? (
          <Loading />
        ) : (
          roles.data.items.map((role) => {
            const { sentences, never } = roleSentences(role, i18n, names.category, names.pick(role));
            return (
              <section key={role.id} className="samenspel-section" aria-labelledby={`role-${role.id}`} data-testid={`role-${role.id}`}>
                <Heading level={3} id={`role-${role.id}`}>
                  {names.pick(role)}
                </Heading>
                <Paragraph>{sentences.join(' ')}</Paragraph>
                <Paragraph>{never}</Paragraph>
              </section>
            );
          })
        )}
      </section>
      <RuleForm />
      <RuleHistory />
      <AccessRules />
    </>
  );
}
