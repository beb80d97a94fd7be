import type { ActivityFields, ProcessingActivity } from '../../api/privacy-types.ts';
import type { I18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

export function basisText(a: Pick<ProcessingActivity, 'legalBasisKind' | 'legalBasisArticle'>, { t, label }: I18n): string {
  const kind = label('legalBasisKind', a.legalBasisKind);
  return a.legalBasisArticle ? t('register.article', { kind, article: a.legalBasisArticle }) : kind;
}

export function retentionText(a: Pick<ProcessingActivity, 'retentionMonths' | 'retentionFrom'>, { t, label }: I18n): string {
  if (a.retentionMonths === null || a.retentionFrom === null) return t('register.retentionNone');
  return t('register.retention', { months: a.retentionMonths, from: label('retentionFrom', a.retentionFrom) });
}

export function statusText(a: Pick<ProcessingActivity, 'endedOn'>, { t, formatDate }: I18n): string {
  return a.endedOn ? t('register.ended', { date: formatDate(a.endedOn) }) : t('register.active');
}

export const fieldLabel = (field: keyof ActivityFields, { t }: I18n) => t(`register.field.${field}` as MessageKey);

/** One value of a register entry as a reader sees it (for the history). */
export function fieldValue(field: keyof ActivityFields, value: unknown, i18n: I18n, categoryName: (id: string) => string): string {
  const { t, label, formatDate } = i18n;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('register.empty');
  switch (field) {
    case 'dataCategories': return (value as string[]).map(categoryName).join(', ');
    case 'legalBasisKind': return label('legalBasisKind', String(value));
    case 'retentionFrom': return label('retentionFromOption', String(value));
    case 'endedOn': return formatDate(String(value));
    default: return String(value);
  }
}
