import type { CategoryRuleView, ProfessionalRoleView } from '../../api/privacy-types.ts';
import type { I18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Category names for running text: "werk en participatie, inkomen en uitkering en schulden". */
export function categoryList(ids: string[], language: I18n['language'], categoryName: (id: string) => string): string {
  return new Intl.ListFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(ids.map((id) => lowerFirst(categoryName(id))));
}

/**
 * A role's category rules as plain sentences, e.g. "Een klantmanager / werkprofessional ziet werk en
 * participatie en inkomen en uitkering — voor Werk en inkomen (wettelijke plicht, Participatiewet art. 7, 10).
 * Sociaal: alleen met toestemming van de inwoner." — and what the role never sees.
 */
export function roleSentences(role: ProfessionalRoleView, i18n: I18n, categoryName: (id: string) => string, roleName: string) {
  const { t, label, language } = i18n;
  const list = (ids: string[]) => categoryList(ids, language, categoryName);
  const subjectKey = `whoSees.subject.${role.id}` as MessageKey;
  const subject = t(subjectKey) === subjectKey ? t('whoSees.subjectFallback', { name: roleName }) : t(subjectKey);

  const byActivity = new Map<string, CategoryRuleView[]>();
  for (const rule of role.rules.filter((r) => !r.requiresConsent)) {
    byActivity.set(rule.processingActivity.id, [...(byActivity.get(rule.processingActivity.id) ?? []), rule]);
  }
  const withConsent = role.rules.filter((r) => r.requiresConsent).map((r) => r.category);

  const sentences = [...byActivity.values()].map((rules, index) => {
    const activity = rules[0]!.processingActivity;
    const kind = lowerFirst(label('legalBasisKind', activity.legalBasisKind));
    return t(index === 0 ? 'whoSees.sees' : 'whoSees.alsoSees', {
      subject,
      categories: list(rules.map((r) => r.category)),
      activity: activity.endedOn ? t('whoSees.endedActivity', { name: activity.name }) : activity.name,
      basis: activity.legalBasisArticle ? `${kind}, ${activity.legalBasisArticle}` : kind,
    });
  });
  if (sentences.length === 0) sentences.push(t(withConsent.length > 0 ? 'whoSees.seesNothingWithoutConsent' : 'whoSees.seesNothing', { subject }));
  if (withConsent.length > 0) sentences.push(t('whoSees.consentOnly', { categories: upperFirst(list(withConsent)) }));

  const never = role.neverSees.length > 0 ? t('whoSees.never', { categories: list(role.neverSees) }) : t('whoSees.neverNone');
  return { sentences, never };
}
