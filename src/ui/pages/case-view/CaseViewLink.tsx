import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useOwnEmergencyAccess } from '../emergency/emergency-api.ts';

/** On the dossier, for those who may see its contents (not through emergency access). */
export function CaseViewLink({ householdId }: { householdId: string }) {
  const { t } = useI18n();
  const own = useOwnEmergencyAccess();
  if (!own.isSuccess || own.data.items.some((a) => a.householdId === householdId)) return null;
  return (
    <Paragraph className="samenspel-screen-only">
      <AppLink to={`/huishoudens/${encodeURIComponent(householdId)}/casusbespreking`} data-testid="case-view-link">
        {t('caseView.link')}
      </AppLink>
    </Paragraph>
  );
}
