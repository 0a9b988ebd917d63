import type { ImportedRevisionView } from '@treaty/contracts';
import type { ReplacementPreview } from '@treaty/treaty-schema';
import { ImportWarnings } from '../drafts/import-warnings';
import { ClauseEntry } from './clause-entry';

export interface ReceivedTextPreviewView extends ReplacementPreview {
  warnings: ImportedRevisionView['warnings'];
}

/** What a received file would change in the live text, shown before the secretariat issues it. */
export function ReceivedTextPreview({ preview, file }: { preview: ReceivedTextPreviewView; file: string }) {
  const { totals, clauses, refusal, warnings } = preview;
  const changes = clauses.filter((clause) => clause.change !== 'unchanged');
  return (
    <section className="revisions__preview" aria-labelledby="received-preview-heading">
      <h4 id="received-preview-heading">What {file} would change</h4>
      {refusal ? (
        <p role="alert" className="alert">
          Issuing it would be refused: {refusal}.
        </p>
      ) : null}
      <p className="muted">
        {changes.length === 0
          ? 'It holds the live text unchanged.'
          : `${totals.changed} amended, ${totals.added} added, ${totals.removed} deleted, ${totals.moved} moved.`}
      </p>
      <p className="muted revisions__legend">
        <ins>Inserted words</ins> · <del>deleted words</del>
      </p>
      <ol className="plain-list revisions__clauses">
        {changes.map((clause) => (
          <ClauseEntry key={`${clause.key}/${clause.change}`} clause={clause} />
        ))}
      </ol>
      <ImportWarnings warnings={warnings} />
    </section>
  );
}
