import type { Consent, Restriction } from '../../api/consent-types.ts';
import { useDataCategoryName } from '../../api/queries.ts';
import { formatDateTimeShort } from '../../components/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

/** Consents and restrictions as the short texts the tables, forms and messages use. */
export function useSharingText() {
  const i18n = useI18n();
  const { t, language, formatDate } = i18n;
  const categoryName = useDataCategoryName();
  return {
    categories: (ids: readonly string[]) => ids.map(categoryName).join(', '),
    categoryName,
    recipient: (r: Consent['recipient']) => [r.team?.name, r.organisation?.name, r.role?.name[language]].filter(Boolean).join(', '),
    period: (c: Pick<Consent, 'validFrom' | 'validUntil'>) =>
      c.validUntil
        ? t('consent.periodRange', { from: formatDate(c.validFrom), until: formatDate(c.validUntil) })
        : t('consent.periodFrom', { from: formatDate(c.validFrom) }),
    form: (c: Pick<Consent, 'form' | 'witnessedBy'>) =>
      c.form === 'verbal' && c.witnessedBy ? t('consent.verbalWitness', { witness: c.witnessedBy }) : t(`consentForm.${c.form}` as MessageKey),
    target: (r: Pick<Restriction, 'appliesTo'>) => t(`restrictionTarget.${r.appliesTo.kind}` as MessageKey, { name: r.appliesTo.name[language] }),
    moment: (iso: string) => formatDateTimeShort(i18n, iso),
  };
}
