import { Button, Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { FormError, useFocusFirstInvalid } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Closes a create/edit form, with the message to announce (null when cancelled). */
export type FormDone = (message: string | null) => void;

/**
 * A titled create/edit form section. Focus moves to its heading when it opens and to the first
 * invalid field after a failed submit; server validation issues are shown at the fields by the caller.
 */
export function AdminForm({
  title,
  error,
  knownFields,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
  children,
  focusOnMount = true,
  level = 2,
}: {
  title: string;
  error: unknown;
  knownFields: string[];
  busy: boolean;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
  focusOnMount?: boolean;
  /** Heading level of the form's title. */
  level?: 2 | 3;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, error);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <section className="samenspel-section samenspel-form-section">
      <Heading level={level} id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </Heading>
      <FormError error={error} knownFields={knownFields} />
      <form ref={formRef} onSubmit={submit} noValidate className="samenspel-form">
        {children}
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="submit" busy={busy} disabled={busy}>
            {busy ? t('app.saving') : (submitLabel ?? t('admin.save'))}
          </Button>
          {onCancel ? (
            <Button appearance="subtle-button" type="button" onClick={onCancel}>
              {t('admin.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
