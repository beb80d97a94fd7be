import { Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import type { WithheldItem } from '../../api/consent-types.ts';
import { useDataCategoryName } from '../../api/queries.ts';
import { Alert } from '../../components/Alert.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** What the dossier page's consent form starts with when opened from this notice. */
export interface RecordConsentState {
  recordConsent: { categories: string[] };
}

export const recordConsentHash = '#toestemming-vastleggen';

/**
 * "3 items zijn niet zichtbaar: …" per data category with the reason. Where consent would open
 * an item: the way to record it, or to discuss the case anonymously instead.
 */
export function WithheldNotice({ withheld, householdId }: { withheld: WithheldItem[]; householdId?: string }) {
  const { t } = useI18n();
  const categoryName = useDataCategoryName();
  if (withheld.length === 0) return null;
  const total = withheld.reduce((sum, w) => sum + w.count, 0);
  const needingConsent = [...new Set(withheld.filter((w) => w.reason === 'needs_consent').map((w) => w.category))];
  const dossier = householdId ? `/huishoudens/${encodeURIComponent(householdId)}` : null;
  const state: RecordConsentState = { recordConsent: { categories: needingConsent } };

  return (
    <Alert type="info" className="samenspel-alert" data-testid="withheld-notice">
      <Paragraph>{total === 1 ? t('withheld.summaryOne') : t('withheld.summary', { count: total })}</Paragraph>
      <UnorderedList>
        {withheld.map((w) => (
          <UnorderedListItem key={`${w.category}:${w.reason}`}>
            {t(w.count > 1 ? 'withheld.itemCount' : 'withheld.item', {
              category: categoryName(w.category),
              count: w.count,
              reason: t(`withheld.reason.${w.reason}` as MessageKey),
            })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {needingConsent.length === 0 ? null : dossier ? (
        <>
          <Paragraph>{t('withheld.offer')}</Paragraph>
          <div className="samenspel-actions">
            <AppLink to={{ pathname: dossier, hash: recordConsentHash }} state={state} data-testid="withheld-record-consent">
              {t('withheld.recordConsent')}
            </AppLink>
            <AppLink to={`${dossier}/casusbespreking`}>{t('withheld.discussAnonymously')}</AppLink>
          </div>
        </>
      ) : (
        <Paragraph>{t('withheld.offerNoHousehold')}</Paragraph>
      )}
    </Alert>
  );
}
