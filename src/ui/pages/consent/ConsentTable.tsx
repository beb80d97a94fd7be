import { Button, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { Consent } from '../../api/consent-types.ts';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { useSharingText } from './sharing-text.ts';

/** One member's consents, in force first; "Intrekken" on those not withdrawn or expired. */
export function ConsentTable({ name, consents, onWithdraw }: { name: string; consents: Consent[]; onWithdraw?: (consent: Consent) => void }) {
  const { t } = useI18n();
  const text = useSharingText();
  const headers = [t('consent.col.categories'), t('consent.col.recipient'), t('consent.col.period'), t('consent.col.recorded'), t('consent.col.status'), ...(onWithdraw ? [t('consent.col.actions')] : [])];
  return (
    <DataTable caption={t('consent.consentsOf', { name })} headers={headers} testId="consent-table">
      {consents.map((c) => (
        <TableRow key={c.id} className={c.status === 'active' ? 'samenspel-row--current' : undefined}>
          <Th scope="row">{text.categories(c.categories)}</Th>
          <TableCell>{t('consent.recipientFor', { recipient: text.recipient(c.recipient), purpose: c.processingActivity.name })}</TableCell>
          <TableCell>{text.period(c)}</TableCell>
          <TableCell>{t('consent.recordedBy', { form: text.form(c), name: c.recordedBy.displayName, date: text.moment(c.recordedAt) })}</TableCell>
          <TableCell>
            {c.withdrawal ? (
              <>
                {t('consent.withdrawnBy', { date: text.moment(c.withdrawal.at), name: c.withdrawal.by.displayName })}
                {c.withdrawal.note ? <span className="samenspel-muted samenspel-pre-line"> {t('consent.withdrawnNote', { note: c.withdrawal.note })}</span> : null}
              </>
            ) : (
              t(`consentStatus.${c.status}` as MessageKey)
            )}
          </TableCell>
          {onWithdraw ? (
            <TableCell>
              {c.status === 'active' || c.status === 'not_yet_valid' ? (
                <Button appearance="secondary-action-button" type="button" onClick={() => onWithdraw(c)}
                  aria-label={t('consent.withdrawLabel', { name: c.person.displayName, categories: text.categories(c.categories) })}>
                  {t('consent.withdraw')}
                </Button>
              ) : null}
            </TableCell>
          ) : null}
        </TableRow>
      ))}
    </DataTable>
  );
}
