import { Heading, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { usePrivacyNames, useRegister, useRuleHistory } from '../../api/privacy-queries.ts';
import { QueryTable } from '../../components/QueryTable.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The latest changes to the category rules: who, when, and what the rule was and became. */
export function RuleHistory() {
  const { t, formatDateTime } = useI18n();
  const history = useRuleHistory();
  const register = useRegister();
  const names = usePrivacyNames();
  const activity = (id: string | null) =>
    id === null ? t('whoSees.history.notSeen') : (register.data?.items.find((a) => a.id === id)?.name ?? id);
  return (
    <section className="samenspel-section" aria-labelledby="rule-history">
      <Heading level={2} id="rule-history">
        {t('whoSees.history')}
      </Heading>
      <QueryTable
        query={history}
        emptyText={t('whoSees.historyEmpty')}
        caption={t('whoSees.historyCaption')}
        headers={[t('register.history.when'), t('register.history.who'), t('whoSees.history.rule'), t('whoSees.history.old'), t('whoSees.history.new')]}
        testId="rule-history"
        row={(c) => (
          <TableRow key={c.id}>
            <Th scope="row">{formatDateTime(c.changedAt)}</Th>
            <TableCell>{c.changedBy.displayName}</TableCell>
            <TableCell>{t('whoSees.history.ruleText', { role: names.role(c.professionalRole), category: names.category(c.category) })}</TableCell>
            <TableCell>{activity(c.oldProcessingActivityId)}</TableCell>
            <TableCell>{activity(c.newProcessingActivityId)}</TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}
