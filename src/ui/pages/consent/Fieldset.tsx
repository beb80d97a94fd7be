import { useEffect, useId, type ReactNode, type RefObject } from 'react';

/** A group of fields under one legend, with a description and the group's own error (e.g. "choose at least one"). */
export function Fieldset({ legend, description, error, children, testId }: { legend: ReactNode; description?: ReactNode; error?: string; children: ReactNode; testId?: string }) {
  const id = useId();
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', error ? 'utrecht-form-fieldset--invalid' : null, 'samenspel-fieldset'].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message samenspel-field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

/** After a failed submit (a new `trigger`): focus the first invalid control, or the first control of an invalid group. */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, trigger: unknown) {
  useEffect(() => {
    if (!trigger) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .utrecht-form-fieldset--invalid :is(input, select, textarea)')?.focus();
  }, [trigger, formRef]);
}
