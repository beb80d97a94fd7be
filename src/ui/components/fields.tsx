/**
 * Accessible form fields built from NL Design System parts (Utrecht/RHC CSS classes).
 * Every field has a visible <label>, an optional description and an error message that is
 * linked to the control with aria-describedby and announced with role="alert".
 */
import { TextInput } from '@rijkshuisstijl-community/components-react';
import { useId, type ChangeEvent, type ReactNode, type Ref } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  descriptionId: string;
  error?: string;
  errorId: string;
  optional?: boolean;
  children: ReactNode;
  kind?: string;
}

function FieldShell({ id, label, description, descriptionId, error, errorId, optional, children, kind }: FieldShellProps) {
  const { t } = useI18n();
  return (
    <div className={cx('utrecht-form-field', kind && `utrecht-form-field--${kind}`, error && 'utrecht-form-field--invalid', 'samenspel-field')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional ? <span className="samenspel-optional"> {t('admin.optional')}</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description utrecht-form-field__description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message utrecht-form-field__error-message samenspel-field-error" id={errorId} role="alert">
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

function describedBy(description: unknown, descriptionId: string, error: unknown, errorId: string): string | undefined {
  return cx(description ? descriptionId : null, error ? errorId : null) || undefined;
}

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'password' | 'email' | 'date' | 'search' | 'tel';
  description?: ReactNode;
  error?: string;
  required?: boolean;
  optional?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'search' | 'tel';
  maxLength?: number;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  className?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FieldShell
      id={id}
      label={props.label}
      description={props.description}
      descriptionId={descriptionId}
      error={props.error}
      errorId={errorId}
      optional={props.optional}
      kind="text"
    >
      <TextInput
        id={id}
        ref={props.inputRef}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(event.currentTarget.value)}
        required={props.required}
        invalid={Boolean(props.error)}
        aria-describedby={describedBy(props.description, descriptionId, props.error, errorId)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        spellCheck={props.spellCheck}
        data-testid={props.testId}
        autoFocus={props.autoFocus}
        disabled={props.disabled}
        className={props.className}
      />
    </FieldShell>
  );
}

export interface SelectOptionItem {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: SelectOptionItem[];
  name?: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  optional?: boolean;
  /** Label of an empty first option (value ""), if any. */
  emptyOption?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return (
    <FieldShell
      id={id}
      label={props.label}
      description={props.description}
      descriptionId={descriptionId}
      error={props.error}
      errorId={errorId}
      optional={props.optional}
      kind="select"
    >
      <select
        id={id}
        ref={props.selectRef}
        name={props.name}
        className={cx('utrecht-select', 'utrecht-select--html-select', props.error && 'utrecht-select--invalid')}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.description, descriptionId, props.error, errorId)}
      >
        {props.emptyOption !== undefined ? <option value="">{props.emptyOption}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface CheckboxGroupFieldProps {
  legend: ReactNode;
  options: SelectOptionItem[];
  values: string[];
  onChange: (values: string[]) => void;
  description?: ReactNode;
  error?: string;
  name?: string;
}

export function CheckboxGroupField(props: CheckboxGroupFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...props.values, value] : props.values.filter((v) => v !== value);
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', props.error && 'utrecht-form-fieldset--invalid', 'samenspel-fieldset')}
      aria-describedby={describedBy(props.description, descriptionId, props.error, errorId)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.legend}</legend>
      {props.description ? (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {props.description}
        </div>
      ) : null}
      {props.error ? (
        <div className="utrecht-form-field-error-message samenspel-field-error" id={errorId} role="alert">
          {props.error}
        </div>
      ) : null}
      {props.options.map((option) => (
        <CheckboxField
          key={option.value}
          name={props.name}
          label={option.label}
          checked={props.values.includes(option.value)}
          onChange={(checked) => toggle(option.value, checked)}
          invalid={Boolean(props.error)}
        />
      ))}
    </fieldset>
  );
}

export interface CheckboxFieldProps {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string;
  invalid?: boolean;
  name?: string;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = props.invalid || Boolean(props.error);
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', invalid && 'utrecht-form-field--invalid', 'samenspel-checkbox')}>
      <input
        id={id}
        type="checkbox"
        name={props.name}
        className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', invalid && 'utrecht-checkbox--invalid')}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(props.description, descriptionId, props.error, errorId)}
      />
      <label className={cx('utrecht-form-label', 'utrecht-form-label--checkbox', props.checked && 'utrecht-form-label--checked')} htmlFor={id}>
        {props.label}
      </label>
      {props.description ? (
        <div className="utrecht-form-field-description samenspel-checkbox__description" id={descriptionId}>
          {props.description}
        </div>
      ) : null}
      {props.error ? (
        <div className="utrecht-form-field-error-message samenspel-field-error" id={errorId} role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}
