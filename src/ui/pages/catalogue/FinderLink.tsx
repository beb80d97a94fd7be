import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** On the person page: the way to the instrument finder. */
export function FinderLink({ personId }: { personId: string }) {
  const { t } = useI18n();
  return (
    <section className="samenspel-section" aria-labelledby="person-instruments">
      <Heading level={2} id="person-instruments">
        {t('finder.linkTitle')}
      </Heading>
      <Paragraph>{t('finder.linkIntro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/personen/${encodeURIComponent(personId)}/instrumenten`}>{t('finder.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
