import { Button, DataSummary, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState, type ReactNode } from 'react';
import { AnnouncementArea, type Announcement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { FormDone } from './AdminForm.tsx';

/** Top of an administration record's page: the link back to its list, its name, and the announcement area. */
export function AdminRecordHeader({
  backTo,
  title,
  announcement,
  error,
}: {
  backTo: string;
  title: string;
  announcement: Announcement;
  /** The error of the page's last action, if any. */
  error?: unknown;
}) {
  const { t } = useI18n();
  return (
    <>
      <Paragraph>
        <AppLink to={backTo}>{t('admin.back')}</AppLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      <AnnouncementArea announcement={announcement} error={error} />
    </>
  );
}

/** A record's details (DataSummaryItems) with an Edit button; while editing, the form takes their place. */
export function EditableDetails({
  headingId,
  heading,
  announcement,
  form,
  children,
}: {
  headingId: string;
  heading: string;
  announcement: Announcement;
  form: (onDone: FormDone) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return form((message) => {
      setEditing(false);
      announcement.announce(message);
    });
  }
  return (
    <section>
      <Heading level={2} id={headingId}>
        {heading}
      </Heading>
      <DataSummary appearance="row">{children}</DataSummary>
      <div className="samenspel-actions">
        <Button
          appearance="secondary-action-button"
          type="button"
          onClick={() => {
            announcement.clear();
            setEditing(true);
          }}
        >
          {t('admin.edit')}
        </Button>
      </div>
    </section>
  );
}
