import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { formatTime } from '../../components/format.ts';
import { ErrorAlert } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useOwnEmergencyAccess } from './emergency-api.ts';
import type { EmergencyLocationState } from './EmergencyRequestPage.tsx';
import { useEndEmergencyAccess } from './OwnEmergencyAccess.tsx';

/** On the dossier: "you are viewing with emergency access, until hh:mm", with a way to end it. */
export function EmergencyBanner({ householdId }: { householdId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const own = useOwnEmergencyAccess();
  const end = useEndEmergencyAccess(() => void navigate('/noodtoegang', { state: { flash: 'emergency.ended' } satisfies EmergencyLocationState }));
  const running = own.data?.items.find((a) => a.householdId === householdId);
  if (!running) return null;
  return (
    <Alert type="warning" className="samenspel-alert samenspel-screen-only" data-testid="emergency-banner">
      <Paragraph>
        <strong>{t('emergency.banner', { time: formatTime(i18n, running.expiresAt) })}</strong>
      </Paragraph>
      <Paragraph>{t('emergency.bannerReadOnly')}</Paragraph>
      {end.isError ? <ErrorAlert error={end.error} /> : null}
      <div className="samenspel-actions">
        <Button appearance="secondary-action-button" type="button" busy={end.isPending} disabled={end.isPending} onClick={() => end.mutate(running.id)}>
          {t('emergency.bannerEnd')}
        </Button>
      </div>
    </Alert>
  );
}
