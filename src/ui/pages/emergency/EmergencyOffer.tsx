import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { isNotFound } from '../../api/client.ts';
import { useOptionalUser } from '../../auth.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Under "not found" for a household: team staff may ask for emergency access to it. */
export function EmergencyOffer({ householdId, query }: { householdId: string; query: { isError: boolean; error: unknown } }) {
  const { t } = useI18n();
  const user = useOptionalUser();
  if (!query.isError || !isNotFound(query.error) || (user?.teams?.length ?? 0) === 0) return null;
  return (
    <Paragraph data-testid="emergency-offer">
      {t('emergency.offer')} <AppLink to={`/noodtoegang?huishouden=${encodeURIComponent(householdId)}`}>{t('emergency.offerLink')}</AppLink>
    </Paragraph>
  );
}
