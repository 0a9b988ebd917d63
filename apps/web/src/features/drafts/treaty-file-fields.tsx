import { FileField, SelectField } from '../../lib/form-fields';
import { asSourceFormat, SOURCE_FORMAT_OPTIONS, type SourceFormat } from './source-format';

interface TreatyFileFieldsProps {
  /** Keeps the fields' names apart when two such forms share a page. */
  name: string;
  label: string;
  hint: string;
  onFile: (file: File) => void;
  fileError: string | undefined;
  format: SourceFormat;
  onFormat: (format: SourceFormat) => void;
  formatError: string | undefined;
}

/** A treaty file to pick (Markdown, plain text or Akoma Ntoso) and the format to read it as. */
export function TreatyFileFields({ name, label, hint, onFile, fileError, format, onFormat, formatError }: TreatyFileFieldsProps) {
  return (
    <div className="form__row">
      <FileField
        label={label}
        name={name}
        accept=".md,.markdown,.txt,.xml,text/markdown,text/plain,application/xml,application/akn+xml"
        hint={hint}
        onFile={onFile}
        error={fileError}
      />
      <SelectField
        label="Format"
        name={`${name}-format`}
        value={format}
        onChange={(value) => {
          onFormat(asSourceFormat(value));
        }}
        options={SOURCE_FORMAT_OPTIONS}
        error={formatError}
      />
    </div>
  );
}
