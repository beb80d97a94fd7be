import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** On the person page: the way to "Werk en route". */
export function WorkGuidanceLink({ personId }: { personId: string }) {
  const { t } = useI18n();
  return (
    <section className="samenspel-section" aria-labelledby="person-work">
      <Heading level={2} id="person-work">
        {t('work.linkTitle')}
      </Heading>
      <Paragraph>{t('work.linkIntro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/personen/${encodeURIComponent(personId)}/werk`}>{t('work.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
