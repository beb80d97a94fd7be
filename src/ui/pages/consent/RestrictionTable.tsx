import { Button, Paragraph, TableCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import type { NotEffective, Restriction } from '../../api/consent-types.ts';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSharingText } from './sharing-text.ts';

/** One member's restrictions, in force first; ending one asks first, in place. */
export function RestrictionTable({ name, restrictions, onEnd, ending }: { name: string; restrictions: Restriction[]; onEnd?: (restriction: Restriction) => void; ending?: string | null }) {
  const { t } = useI18n();
  const text = useSharingText();
  const headers = [t('restriction.col.categories'), t('restriction.col.target'), t('restriction.col.reason'), t('restriction.col.recorded'), t('restriction.col.status'), ...(onEnd ? [t('consent.col.actions')] : [])];
  return (
    <DataTable caption={t('consent.restrictionsOf', { name })} headers={headers} testId="restriction-table">
      {restrictions.map((r) => (
        <TableRow key={r.id} className={r.ended ? undefined : 'samenspel-row--current'}>
          <Th scope="row">
            {text.categories(r.categories)}
            {!r.ended && r.notEffectiveFor.length > 0 ? <NotEffectiveList items={r.notEffectiveFor} /> : null}
          </Th>
          <TableCell>{text.target(r)}</TableCell>
          <TableCell className="samenspel-pre-line">{r.reason ?? ''}</TableCell>
          <TableCell>{t('restriction.recorded', { name: r.recordedBy.displayName, date: text.moment(r.recordedAt) })}</TableCell>
          <TableCell>{r.ended ? t('restriction.endedBy', { date: text.moment(r.ended.at), name: r.ended.by.displayName }) : t('restriction.active')}</TableCell>
          {onEnd ? <TableCell>{r.ended ? null : <EndButton restriction={r} onEnd={() => onEnd(r)} busy={ending === r.id} />}</TableCell> : null}
        </TableRow>
      ))}
    </DataTable>
  );
}

/** Where a legal duty keeps processing going whatever the restriction says. */
export function NotEffectiveList({ items }: { items: NotEffective[] }) {
  const { t, language } = useI18n();
  const text = useSharingText();
  return (
    <div className="samenspel-small" data-testid="restriction-not-effective">
      <Paragraph>{t('restriction.notEffective')}</Paragraph>
      <UnorderedList>
        {items.map((n) => (
          <UnorderedListItem key={`${n.category}:${n.role.id}`}>
            {t('restriction.notEffectiveItem', { category: text.categoryName(n.category), role: n.role.name[language], purpose: n.processingActivity.name })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}

function EndButton({ restriction, onEnd, busy }: { restriction: Restriction; onEnd: () => void; busy: boolean }) {
  const { t } = useI18n();
  const text = useSharingText();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const what = { categories: text.categories(restriction.categories), target: text.target(restriction) };

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (asked.current) endRef.current?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div className="samenspel-actions">
        <Paragraph>{t('restriction.confirmEnd', what)}</Paragraph>
        <Button ref={confirmRef} appearance="primary-action-button" type="button" busy={busy} disabled={busy} onClick={onEnd}>
          {t('restriction.confirm')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => setConfirming(false)}>
          {t('admin.cancel')}
        </Button>
      </div>
    );
  }
  return (
    <Button ref={endRef} appearance="secondary-action-button" type="button" aria-label={t('restriction.endLabel', what)}
      onClick={() => {
        asked.current = true;
        setConfirming(true);
      }}>
      {t('restriction.end')}
    </Button>
  );
}
