import { DataSummary, DataSummaryItem } from '@rijkshuisstijl-community/components-react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Assessment } from './work-guidance-api.ts';

/** How an assessment's parts read: "Trede 3 (laatste score)", "Binnen een jaar", "Ja". */
export function useAssessmentTexts() {
  const { t } = useI18n();
  return {
    ladder: (a: Assessment) => (a.ladderStep === null ? t('work.notAssessed') : t(a.ladderSource === 'score' ? 'work.ladder.fromScore' : 'work.ladder.byAssessor', { step: a.ladderStep })),
    expected: (a: Assessment) => (a.expectedMonthsToWork === null ? t('work.notAssessed') : t(`work.expected.${a.expectedMonthsToWork}` as MessageKey)),
    limitation: (a: Assessment) => (a.workLimitation === null ? t('work.notAssessed') : t(a.workLimitation ? 'work.answer.yes' : 'work.answer.no')),
  };
}

export function AssessmentSummary({ assessment }: { assessment: Assessment }) {
  const { t, label, formatDate } = useI18n();
  const texts = useAssessmentTexts();
  return (
    <DataSummary appearance="row" data-testid="work-assessment">
      <DataSummaryItem itemKey={t('work.summary.distance')} itemValue={label('workDistance', assessment.distance)} />
      <DataSummaryItem itemKey={t('work.summary.ladder')} itemValue={texts.ladder(assessment)} />
      <DataSummaryItem itemKey={t('work.summary.classification')} itemValue={assessment.classification?.name ?? t('work.field.noClassification')} />
      <DataSummaryItem itemKey={t('work.summary.workLimitation')} itemValue={texts.limitation(assessment)} />
      <DataSummaryItem itemKey={t('work.summary.expected')} itemValue={texts.expected(assessment)} />
      <DataSummaryItem itemKey={t('work.summary.motivation')} itemValue={assessment.motivation} />
      <DataSummaryItem itemKey={t('work.summary.on')} itemValue={formatDate(assessment.assessedOn)} />
      <DataSummaryItem itemKey={t('work.summary.by')} itemValue={assessment.assessedBy.displayName} />
    </DataSummary>
  );
}
