import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The urgency of a registration in words: "Urgent" (a marked badge, not only colour) followed by
 * the flags, or "Niet urgent".
 */
export function UrgencyText({ flags, showNone = true }: { flags: readonly string[]; showNone?: boolean }) {
  const { t, label } = useI18n();
  if (flags.length === 0) return showNone ? <span className="samenspel-muted">{t('dossier.notUrgent')}</span> : null;
  return (
    <span className="samenspel-urgency">
      <strong className="samenspel-urgent-badge">
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 9v4" />
          <path d="M10.363 3.591l-8.106 13.534a1.914 1.914 0 0 0 1.636 2.871h16.214a1.914 1.914 0 0 0 1.636 -2.87l-8.106 -13.536a1.914 1.914 0 0 0 -3.274 0z" />
          <path d="M12 16h.01" />
        </svg>
        {t('triage.urgent')}
        <span className="samenspel-visually-hidden">:</span>
      </strong>{' '}
      <span>{flags.map((f) => label('urgent', f)).join(', ')}</span>
    </span>
  );
}
