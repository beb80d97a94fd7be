import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** Asks, in place, before a preset becomes a version of the organisation model; focus moves to the question. */
export function PresetConfirmation({ text, busy, onConfirm, onCancel }: { text: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="samenspel-card" role="group" aria-label={t('presets.confirm.label')} data-testid="preset-confirmation">
      <Paragraph>{text}</Paragraph>
      <div className="samenspel-actions">
        <Button ref={confirmRef} appearance="primary-action-button" type="button" busy={busy} disabled={busy} onClick={onConfirm}>
          {t('presets.confirm.yes')}
        </Button>
        <Button appearance="subtle-button" type="button" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
      </div>
    </div>
  );
}
