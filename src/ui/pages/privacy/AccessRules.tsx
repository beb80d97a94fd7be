import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { useAccessRules, useRegister } from '../../api/privacy-queries.ts';
import { QueryTable } from '../../components/QueryTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The access layer's resource rules, in the words of src/access/rules.ts. */
export function AccessRules() {
  const { t, language } = useI18n();
  const rules = useAccessRules();
  const register = useRegister();
  return (
    <section className="samenspel-section" aria-labelledby="access-rules">
      <Heading level={2} id="access-rules">
        {t('whoSees.accessRules')}
      </Heading>
      <Paragraph>{t('whoSees.accessRulesIntro')}</Paragraph>
      <QueryTable
        query={rules}
        emptyText={t('register.none')}
        caption={t('whoSees.accessRulesCaption')}
        headers={[t('whoSees.col.rule'), t('whoSees.col.activity')]}
        testId="access-rules"
        row={(rule) => (
          <TableRow key={rule.id}>
            <TableCell>{rule.explanation[language]}</TableCell>
            <TableCell>{register.data?.items.find((a) => a.id === rule.processingActivityId)?.name ?? rule.processingActivityId}</TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}
