import type { CreatedDraftView } from '@treaty/contracts';

type ImportWarningView = CreatedDraftView['warnings'][number];

/** What the import could not place, line by line, so the secretariat can fix the source or the draft. */
export function ImportWarnings({ warnings }: { warnings: readonly ImportWarningView[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="import-warnings" aria-labelledby="import-warnings-heading">
      <h4 id="import-warnings-heading">Notes from the import</h4>
      <ul>
        {warnings.map((warning) => (
          <li key={`${String(warning.line)}:${warning.message}`}>
            Line {warning.line}: {warning.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
