import { useI18n } from '../../i18n/i18n.tsx';
import type { Closing, Pause, TrajectoryStatus } from './trajectory-api.ts';

/** "Actief", "Gepauzeerd tot 12-01-2027 (verwacht)", "Afgesloten op … — doel bereikt". */
export function StatusText({ status, pause, closing }: { status: TrajectoryStatus; pause: Pause | null; closing: Closing | null }) {
  const { t, label, formatDate } = useI18n();
  if (status === 'paused' && pause) {
    return (
      <>
        {t('trajectory.pausedUntil', { date: formatDate(pause.expectedResumeOn) })}
        {pause.overdue ? (
          <>
            {' '}
            <span className="samenspel-badge">{t('trajectory.resumeOverdue')}</span>
          </>
        ) : null}
      </>
    );
  }
  if (status === 'closed' && closing) return <>{t('trajectory.closedOn', { date: formatDate(closing.on), reason: label('closingReason', closing.reason) })}</>;
  return <>{label('trajectoryStatus', status)}</>;
}
