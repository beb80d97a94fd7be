/**
 * Accessible form fields built from NL Design System parts (Utrecht/RHC CSS classes).
 * Every field has a visible <label>, an optional description and an error message that is
 * linked to the control with aria-describedby and announced with role="alert".
 */
import { TextInput } from '@rijkshuisstijl-community/components-react';
import { useId, type ChangeEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The ids of a field's control, description and error message, and its aria-describedby. */
interface FieldIds {
  id: string;
  descriptionId: string;
  errorId: string;
  describedBy: string | undefined;
}

function useFieldIds(description: unknown, error: unknown): FieldIds {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  return { id, descriptionId, errorId, describedBy: cx(description ? descriptionId : null, error ? errorId : null) || undefined };
}

function FieldDescription({ ids, className, children }: { ids: FieldIds; className?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className={cx('utrecht-form-field-description', className)} id={ids.descriptionId}>
      {children}
    </div>
  );
}

/** The field's error message, announced when it appears. */
function FieldErrorMessage({ ids, className, error }: { ids: FieldIds; className?: string; error?: string }) {
  if (!error) return null;
  return (
    <div className={cx('utrecht-form-field-error-message', className, 'samenspel-field-error')} id={ids.errorId} role="alert">
      {error}
    </div>
  );
}

/** What the labelled fields (text, select) have in common. */
interface LabelledFieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
}

function FieldShell({ field, ids, kind, children }: { field: LabelledFieldProps; ids: FieldIds; kind: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={cx('utrecht-form-field', `utrecht-form-field--${kind}`, field.error && 'utrecht-form-field--invalid', 'samenspel-field')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={ids.id}>
          {field.label}
          {field.optional ? <span className="samenspel-optional"> {t('admin.optional')}</span> : null}
        </label>
      </div>
      <FieldDescription ids={ids} className="utrecht-form-field__description">
        {field.description}
      </FieldDescription>
      <FieldErrorMessage ids={ids} className="utrecht-form-field__error-message" error={field.error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export interface TextFieldProps extends LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  name?: string;
  type?: 'text' | 'password' | 'email' | 'date' | 'datetime-local' | 'search' | 'tel';
  /** Latest value for date and date-time inputs. */
  max?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'search' | 'tel';
  maxLength?: number;
  spellCheck?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function TextField(props: TextFieldProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <FieldShell field={props} ids={ids} kind="text">
      <TextInput
        id={ids.id}
        ref={props.inputRef}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => props.onChange(event.currentTarget.value)}
        required={props.required}
        invalid={Boolean(props.error)}
        aria-describedby={ids.describedBy}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        max={props.max}
        spellCheck={props.spellCheck}
        onKeyDown={props.onKeyDown}
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

export interface SelectFieldProps extends LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  options: SelectOptionItem[];
  name?: string;
  required?: boolean;
  /** Label of an empty first option (value ""), if any. */
  emptyOption?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField(props: SelectFieldProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <FieldShell field={props} ids={ids} kind="select">
      <select
        id={ids.id}
        ref={props.selectRef}
        name={props.name}
        className={cx('utrecht-select', 'utrecht-select--html-select', props.error && 'utrecht-select--invalid')}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ids.describedBy}
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
  const ids = useFieldIds(props.description, props.error);
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...props.values, value] : props.values.filter((v) => v !== value);
    props.onChange(props.options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', props.error && 'utrecht-form-fieldset--invalid', 'samenspel-fieldset')}
      aria-describedby={ids.describedBy}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.legend}</legend>
      <FieldDescription ids={ids}>{props.description}</FieldDescription>
      <FieldErrorMessage ids={ids} error={props.error} />
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
  const ids = useFieldIds(props.description, props.error);
  const invalid = props.invalid || Boolean(props.error);
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', invalid && 'utrecht-form-field--invalid', 'samenspel-checkbox')}>
      <input
        id={ids.id}
        type="checkbox"
        name={props.name}
        className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', invalid && 'utrecht-checkbox--invalid')}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        aria-invalid={invalid || undefined}
        aria-describedby={ids.describedBy}
      />
      <label className={cx('utrecht-form-label', 'utrecht-form-label--checkbox', props.checked && 'utrecht-form-label--checked')} htmlFor={ids.id}>
        {props.label}
      </label>
      <FieldDescription ids={ids} className="samenspel-checkbox__description">
        {props.description}
      </FieldDescription>
      <FieldErrorMessage ids={ids} error={props.error} />
    </div>
  );
}

export interface TextareaFieldProps extends LabelledFieldProps {
  value: string;
  onChange: (value: string) => void;
  name?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextareaField(props: TextareaFieldProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <FieldShell field={props} ids={ids} kind="textarea">
      <textarea
        id={ids.id}
        ref={props.textareaRef}
        name={props.name}
        className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', props.error && 'utrecht-textarea--invalid')}
        value={props.value}
        rows={props.rows ?? 4}
        maxLength={props.maxLength}
        onChange={(event) => props.onChange(event.currentTarget.value)}
        // Not the `required` attribute: the component CSS marks an empty :invalid textarea red before anything was typed.
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldShell>
  );
}

/** A radio option; its description (e.g. what a score means) is linked to the radio button. */
export interface RadioOptionItem {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

export interface RadioGroupFieldProps {
  legend: ReactNode;
  options: RadioOptionItem[];
  value: string;
  onChange: (value: string) => void;
  name: string;
  description?: ReactNode;
  error?: string;
  /** Show the options side by side (for a few short options). */
  inline?: boolean;
  /** Extra class on the fieldset. */
  className?: string;
  /** Id of the fieldset (e.g. to link to it from a list of what is missing). */
  id?: string;
}

/** A group of radio buttons in a fieldset with a legend; the error is linked to the group. */
export function RadioGroupField(props: RadioGroupFieldProps) {
  const ids = useFieldIds(props.description, props.error);
  return (
    <fieldset
      id={props.id}
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        props.error && 'utrecht-form-fieldset--invalid',
        'samenspel-fieldset',
        props.inline && 'samenspel-fieldset--inline',
        props.className,
      )}
      aria-describedby={ids.describedBy}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.legend}</legend>
      <FieldDescription ids={ids}>{props.description}</FieldDescription>
      <FieldErrorMessage ids={ids} error={props.error} />
      <div className="samenspel-options">
        {props.options.map((option) => (
          <RadioOption
            key={option.value}
            name={props.name}
            option={option}
            checked={props.value === option.value}
            invalid={Boolean(props.error)}
            onChange={() => props.onChange(option.value)}
          />
        ))}
      </div>
    </fieldset>
  );
}

function RadioOption({ name, option, checked, invalid, onChange }: { name: string; option: RadioOptionItem; checked: boolean; invalid: boolean; onChange: () => void }) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--radio', 'samenspel-checkbox', 'samenspel-radio', checked && 'samenspel-radio--checked')}>
      <input
        id={id}
        type="radio"
        name={name}
        value={option.value}
        className={cx('utrecht-radio-button', 'utrecht-radio-button--html-input', checked && 'utrecht-radio-button--checked', invalid && 'utrecht-radio-button--invalid')}
        checked={checked}
        onChange={onChange}
        aria-invalid={invalid || undefined}
        aria-describedby={option.description ? descriptionId : undefined}
      />
      <label className={cx('utrecht-form-label', 'utrecht-form-label--radio', checked && 'utrecht-form-label--checked')} htmlFor={id}>
        {option.label}
      </label>
      {option.description ? (
        <div className="utrecht-form-field-description samenspel-checkbox__description samenspel-radio__description" id={descriptionId}>
          {option.description}
        </div>
      ) : null}
    </div>
  );
}
