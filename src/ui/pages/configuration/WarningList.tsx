import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ModelWarning } from './configuration-api.ts';

/** The model check: combinations the sources show going wrong, each with the sources' reason. */
export function WarningList({ warnings, level = 2 }: { warnings: ModelWarning[]; level?: 2 | 3 }) {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <section className="samenspel-section" aria-labelledby={headingId} data-testid="model-check">
      <Heading level={level} id={headingId}>
        {t('configuration.warnings.title')}
      </Heading>
      {warnings.length === 0 ? (
        <Paragraph>{t('configuration.warnings.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('configuration.warnings.intro', { n: warnings.length })}</Paragraph>
          <ul className="samenspel-card-list">
            {warnings.map((w, index) => (
              <li key={`${w.code}-${index}`} className="samenspel-card">
                <Paragraph>
                  <strong>{w.message[language]}</strong>
                </Paragraph>
                <Paragraph>{w.reason[language]}</Paragraph>
                <Paragraph className="samenspel-muted samenspel-small">
                  {t('configuration.warnings.where', { path: w.path, sources: w.sources.join(', ') })}
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
