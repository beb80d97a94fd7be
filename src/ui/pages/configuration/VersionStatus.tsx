import { useI18n } from '../../i18n/i18n.tsx';

export type Status = 'in_force' | 'future' | 'past';

export const statusOf = (validFrom: string, current: boolean, today: string): Status =>
  current ? 'in_force' : validFrom > today ? 'future' : 'past';

/** In force (as a badge, not by colour alone), coming into force on a date, or replaced. */
export function VersionStatus({ status, validFrom }: { status: Status; validFrom: string }) {
  const { t, formatDate } = useI18n();
  if (status === 'in_force') return <span className="samenspel-badge">{t('configuration.status.inForce')}</span>;
  if (status === 'future') return <>{t('configuration.status.future', { date: formatDate(validFrom) })}</>;
  return <>{t('configuration.status.past')}</>;
}
