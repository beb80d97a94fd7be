import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * "Wijzigen" and "Verwijderen" for one row of a list; removing asks first, in place (focus moves to the
 * confirmation, and back to "Verwijderen" when the user changes their mind).
 */
export function EntryActions({
  changeLabel,
  removeLabel,
  confirmText,
  onChange,
  onRemove,
  removing,
}: {
  changeLabel: string;
  removeLabel: string;
  confirmText: string;
  onChange: () => void;
  onRemove: () => void;
  removing: boolean;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (asked.current) removeRef.current?.focus();
  }, [confirming]);

  if (confirming) {
    return (
      <div className="samenspel-actions">
        <Paragraph>{confirmText}</Paragraph>
        <Button ref={confirmRef} appearance="primary-action-button" type="button" busy={removing} disabled={removing} onClick={onRemove}>
          {t('removal.confirm')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={() => setConfirming(false)}>
          {t('admin.cancel')}
        </Button>
      </div>
    );
  }
  return (
    <div className="samenspel-actions">
      <Button appearance="secondary-action-button" type="button" aria-label={changeLabel} onClick={onChange}>
        {t('dossierEntry.change')}
      </Button>
      <Button
        ref={removeRef}
        appearance="subtle-button"
        type="button"
        aria-label={removeLabel}
        onClick={() => {
          asked.current = true;
          setConfirming(true);
        }}
      >
        {t('dossierEntry.remove')}
      </Button>
    </div>
  );
}
