import { Button, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, useState, type ReactNode } from 'react';
import type { ListResponse } from '../../api/types.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryTable } from '../../components/QueryTable.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { FormDone } from './AdminForm.tsx';

/**
 * An administration list: title, the "new" button (or the open create/edit form), and the items as
 * a table. `row` gives the cells of an item's row, and a function that opens the form on that item.
 */
export function AdminListPage<T extends { id: string }>({
  title,
  newLabel,
  list,
  caption,
  headers,
  testId,
  row,
  form,
}: {
  title: string;
  newLabel: string;
  list: UseQueryResult<ListResponse<T>>;
  caption: string;
  headers: string[];
  testId?: string;
  row: (item: T, edit: () => void) => ReactNode;
  /** The create (item = null) or edit form. */
  form: (item: T | null, onDone: FormDone) => ReactNode;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const announcement = useAnnouncement();
  const open = (item: T | 'new') => {
    announcement.clear();
    setEditing(item);
  };
  const done: FormDone = (message) => {
    setEditing(null);
    announcement.announce(message);
  };

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <AnnouncementArea announcement={announcement} />
      {editing === null ? (
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => open('new')}>
            {newLabel}
          </Button>
        </div>
      ) : (
        // Keyed by item, so that switching to another item starts a fresh form.
        <Fragment key={editing === 'new' ? 'new' : editing.id}>{form(editing === 'new' ? null : editing, done)}</Fragment>
      )}
      <QueryTable
        query={list}
        emptyText={t('admin.empty')}
        caption={caption}
        headers={headers}
        testId={testId}
        row={(item) => <TableRow key={item.id}>{row(item, () => open(item))}</TableRow>}
      />
    </>
  );
}

/** The actions cell of a row whose item can be edited in place. */
export function EditCell({ name, onEdit }: { name: string; onEdit: () => void }) {
  const { t } = useI18n();
  return (
    <TableCell>
      <Button appearance="subtle-button" type="button" aria-label={t('admin.editLabel', { name })} onClick={onEdit}>
        {t('admin.edit')}
      </Button>
    </TableCell>
  );
}
