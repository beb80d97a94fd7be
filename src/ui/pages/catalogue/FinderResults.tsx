import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { FinderAnswer, FinderItem, InstrumentSummary } from './catalogue-api.ts';
import { InstrumentFacts } from './InstrumentDetails.tsx';

const groups = [
  { key: 'fitting', title: 'finder.fitting', intro: 'finder.fittingIntro', none: 'finder.noneFitting' },
  { key: 'notFitting', title: 'finder.notFitting', intro: 'finder.notFittingIntro', none: 'finder.noneNotFitting' },
  { key: 'unknown', title: 'finder.unknown', intro: 'finder.unknownIntro', none: 'finder.noneUnknown' },
] as const satisfies ReadonlyArray<{ key: keyof FinderAnswer; title: MessageKey; intro: MessageKey; none: MessageKey }>;

export function FinderResults({ answer }: { answer: FinderAnswer }) {
  const { t } = useI18n();
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} className="samenspel-section" aria-labelledby={`finder-${g.key}`} data-testid={`finder-${g.key}`}>
          <Heading level={2} id={`finder-${g.key}`}>
            {t(g.title, { count: answer[g.key].length })}
          </Heading>
          <Paragraph className="samenspel-muted">{answer[g.key].length === 0 ? t(g.none) : t(g.intro)}</Paragraph>
          <ul className="samenspel-card-list">
            {answer[g.key].map((item) => (
              <li key={item.instrument.id}>
                <ResultCard item={item} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

const isSummary = (instrument: FinderItem<unknown>['instrument']): instrument is InstrumentSummary => typeof instrument === 'object' && instrument !== null && 'request' in instrument;

function ResultCard({ item }: { item: FinderItem<InstrumentSummary> | FinderItem }) {
  const { t, language, label } = useI18n();
  const { instrument } = item;
  return (
    <article className="samenspel-card" aria-labelledby={`instrument-${instrument.id}`}>
      <Heading level={3} id={`instrument-${instrument.id}`} className="samenspel-card__title">
        {instrument.name}
      </Heading>
      <Paragraph className="samenspel-small">
        {label('catalogue.kind', instrument.kind)} · {instrument.provider.name}
      </Paragraph>
      {item.criteria.length === 0 ? (
        <Paragraph>{t('finder.noCriteria')}</Paragraph>
      ) : (
        <ul className="samenspel-judged" aria-label={t('finder.criteriaLabel', { name: instrument.name })}>
          {item.criteria.map((c, i) => (
            <li key={i}>
              <span className={`samenspel-outcome samenspel-outcome--${c.outcome}`}>{t(`finder.outcome.${c.outcome}`)}</span>
              <span>{c.explanation[language]}</span>
            </li>
          ))}
        </ul>
      )}
      {item.remarks.length > 0 ? <Paragraph className="samenspel-small">{item.remarks.map((r) => r[language]).join(' · ')}</Paragraph> : null}
      {isSummary(instrument) ? (
        <details>
          <summary>{t('finder.details')}</summary>
          <InstrumentFacts instrument={instrument} />
        </details>
      ) : null}
    </article>
  );
}
