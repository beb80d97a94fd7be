import { Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { formatPeriod } from '../../components/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Instrument, InstrumentSummary } from './catalogue-api.ts';

/** "€ 4.250 per traject", "Gratis". */
export function useCostText() {
  const { t, language } = useI18n();
  const euros = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return (cost: Instrument['cost']) => (cost.unit === 'free' ? t('catalogue.cost.free') : t(`catalogue.cost.${cost.unit}`, { amount: euros.format(cost.amountEuros) }));
}

/** What waiting there is: "wachtlijst 8 weken, 14 wachtenden, 30 plaatsen". */
export function useCapacityText() {
  const { t } = useI18n();
  return ({ places, waitingCount, waitingWeeks }: Instrument['capacity']) =>
    [
      waitingWeeks ? t('catalogue.capacity.waitingWeeks', { n: waitingWeeks }) : waitingWeeks === 0 ? t('catalogue.capacity.noWait') : null,
      waitingCount ? t('catalogue.capacity.waitingCount', { n: waitingCount }) : null,
      places ? t('catalogue.capacity.places', { n: places }) : null,
    ].filter(Boolean).join(', ');
}

/** The facts of an instrument as a description list. */
export function InstrumentFacts({ instrument }: { instrument: InstrumentSummary }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const cost = useCostText();
  const capacity = useCapacityText()(instrument.capacity);
  const rows: Array<[string, ReactNode]> = [
    [t('catalogue.field.provider'), instrument.provider.url ? <a className="nl-link rhc-link" href={instrument.provider.url} rel="noreferrer noopener" target="_blank">{instrument.provider.name}</a> : instrument.provider.name],
    [t('catalogue.field.law'), label('catalogue.law', instrument.law)],
    [t('catalogue.field.cost'), cost(instrument.cost)],
    ...(instrument.durationWeeks ? [[t('catalogue.field.duration'), t('catalogue.weeks', { n: instrument.durationWeeks })] as [string, string]] : []),
    ...(capacity ? [[t('catalogue.field.capacity'), capacity] as [string, string]] : []),
    [t('catalogue.field.how'), instrument.request.how],
    [t('catalogue.field.decidedBy'), instrument.request.decidedBy],
    ...(instrument.targetGroup ? [[t('catalogue.field.targetGroup'), instrument.targetGroup] as [string, string]] : []),
    [t('catalogue.field.validity'), formatPeriod(i18n, instrument.validFrom, instrument.validUntil ?? null)],
  ];
  return (
    <dl className="samenspel-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="samenspel-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One line: provider, cost, duration, waiting list; and the target group. */
export function InstrumentLine({ instrument }: { instrument: InstrumentSummary }) {
  const { t } = useI18n();
  const cost = useCostText();
  const capacity = useCapacityText()(instrument.capacity);
  const line = [instrument.provider.name, cost(instrument.cost), instrument.durationWeeks ? t('catalogue.weeks', { n: instrument.durationWeeks }) : null, capacity || null];
  return (
    <>
      <Paragraph className="samenspel-small">{line.filter(Boolean).join(' · ')}</Paragraph>
      {instrument.targetGroup ? <Paragraph>{t('catalogue.forWhom', { targetGroup: instrument.targetGroup })}</Paragraph> : null}
    </>
  );
}
