import { DataSummaryItem, Heading, Paragraph, TableCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useParams } from 'react-router';
import { useActivity, useActivityHistory, usePrivacyNames } from '../../api/privacy-queries.ts';
import type { ActivityVersion, ProcessingActivityDetail } from '../../api/privacy-types.ts';
import { useAnnouncement } from '../../components/announcement.tsx';
import { QueryTable } from '../../components/QueryTable.tsx';
import { Loading } from '../../components/status.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AdminRecordHeader, EditableDetails } from '../admin/AdminRecord.tsx';
import { RecordPageFallback } from '../RecordPageFallback.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { basisText, fieldLabel, fieldValue, retentionText, statusText } from './register-format.ts';
import { categoryList } from './role-sentences.ts';

export default function ActivityPage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const activity = useActivity(id);
  const names = usePrivacyNames();
  const announcement = useAnnouncement();

  if (!activity.isSuccess) return <RecordPageFallback query={activity} title={t('register.title')} />;
  const a = activity.data;

  return (
    <>
      <AdminRecordHeader backTo="/privacy/verwerkingsregister" title={a.name} announcement={announcement} />
      <EditableDetails
        headingId="activity-details"
        heading={t('register.details')}
        announcement={announcement}
        form={(onDone) => <ActivityForm item={a} onDone={onDone} />}
      >
        <DataSummaryItem itemKey={t('register.field.id')} itemValue={a.id} />
        <DataSummaryItem itemKey={t('register.field.purpose')} itemValue={a.purpose} />
        <DataSummaryItem itemKey={t('register.field.legalBasisKind')} itemValue={basisText(a, i18n)} />
        <DataSummaryItem itemKey={t('register.field.legalBasis')} itemValue={a.legalBasis} />
        <DataSummaryItem itemKey={t('register.field.dataCategories')} itemValue={a.dataCategories.map(names.category).join(', ') || t('register.none')} />
        <DataSummaryItem itemKey={t('register.field.recipients')} itemValue={a.recipients || t('register.none')} />
        <DataSummaryItem itemKey={t('register.col.retention')} itemValue={retentionText(a, i18n)} />
        <DataSummaryItem itemKey={t('register.col.status')} itemValue={statusText(a, i18n)} />
        <DataSummaryItem itemKey={t('register.field.updatedAt')} itemValue={formatDateTime(a.updatedAt)} />
      </EditableDetails>
      {a.legalBasisKind === 'consent' ? <Paragraph>{t('register.consentNote')}</Paragraph> : null}
      <UsedBy activity={a} />
      <History id={a.id} />
    </>
  );
}

function UsedBy({ activity }: { activity: ProcessingActivityDetail }) {
  const { t, language } = useI18n();
  const names = usePrivacyNames();
  const byRole = new Map<string, string[]>();
  for (const role of names.roles) {
    const categories = names.categories.map((c) => c.id)
      .filter((c) => activity.usedBy.some((r) => r.professionalRole === role.id && r.category === c));
    if (categories.length > 0) byRole.set(role.id, categories);
  }
  return (
    <section className="samenspel-section" aria-labelledby="activity-used-by">
      <Heading level={2} id="activity-used-by">
        {t('register.usedBy')}
      </Heading>
      {!names.ready ? (
        <Loading />
      ) : byRole.size === 0 ? (
        <Paragraph>{t('register.usedByNone')}</Paragraph>
      ) : (
        <UnorderedList>
          {[...byRole].map(([role, categories]) => (
            <UnorderedListItem key={role}>
              {t('register.usedByItem', { role: names.role(role), categories: categoryList(categories, language, names.category) })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function History({ id }: { id: string }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const history = useActivityHistory(id);
  const names = usePrivacyNames();
  const describe = (v: ActivityVersion) =>
    v.created
      ? [t('register.history.created')]
      : v.changes.map((c) =>
          t('register.history.change', {
            field: fieldLabel(c.field, i18n),
            old: fieldValue(c.field, c.old, i18n, names.category),
            new: fieldValue(c.field, c.new, i18n, names.category),
          }),
        );
  return (
    <section className="samenspel-section" aria-labelledby="activity-history">
      <Heading level={2} id="activity-history">
        {t('register.history')}
      </Heading>
      <QueryTable
        query={history}
        emptyText={t('register.historyEmpty')}
        caption={t('register.historyCaption')}
        headers={[t('register.history.when'), t('register.history.who'), t('register.history.what')]}
        testId="activity-history"
        row={(v) => (
          <TableRow key={v.id}>
            <Th scope="row">{formatDateTime(v.changedAt)}</Th>
            <TableCell>{v.changedBy.displayName}</TableCell>
            <TableCell>
              {describe(v).map((line, index) => (
                <div key={index}>{line}</div>
              ))}
            </TableCell>
          </TableRow>
        )}
      />
    </section>
  );
}
