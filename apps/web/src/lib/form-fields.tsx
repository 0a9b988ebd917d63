import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  error: string | undefined;
  hint?: string;
  children: (ids: { inputId: string; describedBy: string | undefined }) => ReactNode;
}

/** Label, control and message wired together, so screen readers announce the error with the field. */
function FieldFrame({ label, error, hint, children }: FieldFrameProps) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({ inputId, describedBy })}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  multiline?: boolean;
  /** Visible lines of a multiline field. */
  rows?: number;
  maxLength?: number;
}

export function TextField({ label, name, value, onChange, error, type = 'text', multiline, ...rest }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={rest.hint}>
      {({ inputId, describedBy }) =>
        multiline ? (
          <textarea
            id={inputId}
            name={name}
            value={value}
            rows={rest.rows ?? 4}
            maxLength={rest.maxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        ) : (
          <input
            id={inputId}
            name={name}
            type={type}
            value={value}
            autoComplete={rest.autoComplete}
            maxLength={rest.maxLength}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
        )
      }
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  error: string | undefined;
  hint?: string;
  disabled?: boolean;
}

export function SelectField({ label, name, value, onChange, options, error, hint, disabled }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ inputId, describedBy }) => (
        <select
          id={inputId}
          name={name}
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
              onChange(event.target.value);
            }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface FileFieldProps {
  label: string;
  name: string;
  /** File types offered by the picker, as in the `accept` attribute. */
  accept: string;
  onFile: (file: File) => void;
  error: string | undefined;
  hint?: string;
}

/** A file picker whose file the form reads itself; nothing is uploaded by the browser. */
export function FileField({ label, name, accept, onFile, error, hint }: FileFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ inputId, describedBy }) => (
        <input
          id={inputId}
          name={name}
          type="file"
          accept={accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      )}
    </FieldFrame>
  );
}

/** The one place a refused submit speaks up; role="alert" makes assistive tech read it at once. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="alert">
      {message}
    </p>
  );
}

/** Confirms a completed action politely (role="status" does not interrupt). */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}
