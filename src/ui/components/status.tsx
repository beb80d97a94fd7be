import { Button, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { Alert } from './Alert.tsx';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { isApiError, type ApiIssue } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** Polite loading indicator. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="samenspel-loading" role="status" aria-live="polite">
      <span className="samenspel-spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}

/** An error alert (role="alert") showing the server's message. */
export function ErrorAlert({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Alert type="error" className="samenspel-alert">
      <Paragraph>{errorMessage(error, t('error.title'))}</Paragraph>
      {children}
      {onRetry ? (
        <Button appearance="secondary-action-button" type="button" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** A success/info message (role="status"). */
export function SuccessAlert({ children }: { children: ReactNode }) {
  return (
    <Alert type="ok" className="samenspel-alert">
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

/** Map the server's validation issues (`path` → `message`) to an object keyed by path. */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!isApiError(error)) return result;
  for (const issue of error.issues) {
    if (issue.path && !(issue.path in result)) result[issue.path] = issue.message;
  }
  return result;
}

/**
 * Form-level error: the server's message plus any issues that could not be shown at a field.
 * `knownFields` are the issue paths that the form displays next to its fields.
 */
export function FormError({ error, knownFields }: { error: unknown; knownFields: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  const issues: ApiIssue[] = isApiError(error) ? error.issues : [];
  const unmatched = issues.filter((issue) => !knownFields.includes(issue.path));
  const hasFieldIssues = issues.length > unmatched.length;
  return (
    <Alert type="error" className="samenspel-alert">
      <Paragraph>{hasFieldIssues && unmatched.length === 0 ? t('error.formSummary') : errorMessage(error, t('error.title'))}</Paragraph>
      {unmatched.length > 0 ? (
        <UnorderedList>
          {unmatched.map((issue, index) => (
            <UnorderedListItem key={index}>
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}

/** The form-level message after the form's own checks found errors (shown at the fields). */
export function FormSummaryAlert() {
  const { t } = useI18n();
  return (
    <Alert type="error" className="samenspel-alert">
      <Paragraph>{t('error.formSummary')}</Paragraph>
    </Alert>
  );
}

/** After a failed submit, move keyboard focus to the first invalid control in the form. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, trigger: unknown) {
  useEffect(() => {
    if (!trigger || !formRef.current) return;
    const invalid = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [trigger, formRef]);
}

/**
 * The field errors to show: those of the last submit (the form's own checks or the server's issues),
 * minus those of fields the user has changed since. Call `changed(path)` when a field changes and
 * `submitted()` on every submit.
 */
export function useShownErrors(source: Record<string, string>) {
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const errors = Object.fromEntries(Object.entries(source).filter(([path]) => !edited.has(path)));
  const changed = (path: string) => setEdited((set) => (set.has(path) ? set : new Set(set).add(path)));
  /** A setter that also marks the field as changed. */
  const clearing =
    <T,>(path: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      changed(path);
    };
  return { errors, changed, clearing, submitted: () => setEdited(new Set()) };
}
