import { Heading } from '@rijkshuisstijl-community/components-react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useStepName } from './ladder.tsx';
import type { StatusChange, Trajectory } from './trajectory-api.ts';

/** The status timeline, newest first: started, paused (why, until when), resumed, closed (why). */
export function StatusHistory({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useI18n();
  const entries = [...trajectory.history].reverse();
  return (
    <section className="samenspel-section" aria-labelledby="trajectory-history">
      <Heading level={2} id="trajectory-history">
        {t('trajectory.history')}
      </Heading>
      <ol className="samenspel-timeline" data-testid="trajectory-history">
        {entries.map((entry) => (
          <li key={entry.id} className="samenspel-timeline__entry">
            <HistoryEntry entry={entry} first={entry.id === trajectory.history[0]?.id} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function HistoryEntry({ entry, first }: { entry: StatusChange; first: boolean }) {
  const { t, label, formatDate } = useI18n();
  const stepName = useStepName();
  const title = first ? t('trajectory.history.started') : entry.status === 'paused' ? t('trajectory.history.paused')
    : entry.status === 'active' ? t('trajectory.history.resumed') : t('trajectory.history.closed');
  const details = [
    entry.pauseReason ? t('trajectory.history.reason', { reason: entry.pauseReason }) : null,
    entry.expectedResumeOn ? t('trajectory.history.expected', { date: formatDate(entry.expectedResumeOn) }) : null,
    entry.closingReason ? t('trajectory.history.reason', { reason: entry.closingReasonText ? `${label('closingReason', entry.closingReason)}: ${entry.closingReasonText}` : label('closingReason', entry.closingReason) }) : null,
    entry.ladderStep ? t('trajectory.history.ladder', { step: stepName(entry.ladderStep) }) : null,
    entry.note,
  ].filter(Boolean);
  return (
    <>
      <h3 className="samenspel-timeline__title">
        {title}
        <span className="samenspel-timeline__time">{t('trajectory.history.when', { date: formatDate(entry.effectiveOn), name: entry.recordedBy })}</span>
      </h3>
      {details.map((d, i) => (
        <p key={i} className="utrecht-paragraph">
          {d}
        </p>
      ))}
    </>
  );
}
