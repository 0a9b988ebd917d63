import {
  issueRevisionRequest,
  LIMITS,
  receivedTextPreviewRequest,
  type ImportedRevisionView,
  type IssueRevisionRequest,
  type ReceivedTextPreviewRequest,
} from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { postWithProgress } from '../../lib/transfer';
import { TransferProgress, type TransferState } from '../../lib/transfer-progress';
import { FormAlert, FormStatus, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { ImportWarnings } from '../drafts/import-warnings';
import { readTreatyFile } from '../drafts/read-treaty-file';
import type { SourceFormat } from '../drafts/source-format';
import { TreatyFileFields } from '../drafts/treaty-file-fields';
import { ReceivedTextPreview, type ReceivedTextPreviewView } from './received-text-preview';

const FIELDS = ['label', 'source.format', 'source.content'] as const;
const PREVIEW_FIELDS = ['source.format', 'source.content'] as const;

/**
 * A text that came back as a file ("Rev.3 as circulated") becomes the live text and the next
 * revision. What it would change can be looked at first. Agreed articles stay agreed; a file
 * that rewords one is refused, and the server's answer says which to reopen.
 */
export function ReceivedTextForm({ draftId, onIssued }: { draftId: string; onIssued: () => void }) {
  const [label, setLabel] = useState('');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [format, setFormat] = useState<SourceFormat>('markdown');
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [issued, setIssued] = useState<ImportedRevisionView | null>(null);
  const [preview, setPreview] = useState<ReceivedTextPreviewView | null>(null);
  const [transfer, setTransfer] = useState<TransferState>({ kind: 'idle' });
  // A whole convention takes a moment to send and to read: both calls show where they are.
  const post = useCallback(
    async <R,>(path: string, body: unknown, summary: (result: R) => string): Promise<R> => {
      const startedAt = Date.now();
      setTransfer({ kind: 'running', phase: { kind: 'sending', share: 0 }, startedAt });
      try {
        const result = await postWithProgress<R>(`/drafts/${encodeURIComponent(draftId)}/${path}`, body, (phase) => setTransfer({ kind: 'running', phase, startedAt }));
        setTransfer({ kind: 'done', seconds: (Date.now() - startedAt) / 1000, summary: summary(result) });
        return result;
      } catch (error) {
        setTransfer({ kind: 'idle' });
        throw error;
      }
    },
    [draftId],
  );
  const issue = useSubmit(
    issueRevisionRequest,
    FIELDS,
    useCallback((body: IssueRevisionRequest) => post<ImportedRevisionView>('revisions', body, (revision) => `${revision.label} issued`), [post]),
  );
  const compare = useSubmit(
    receivedTextPreviewRequest,
    PREVIEW_FIELDS,
    useCallback((body: ReceivedTextPreviewRequest) => post<ReceivedTextPreviewView>('revisions/preview', body, () => 'Compared with the live text'), [post]),
  );
  const pending = issue.pending || compare.pending;
  // The form speaks of the last thing asked of it.
  const [asked, setAsked] = useState<'issue' | 'compare'>('issue');
  const errors = asked === 'issue' ? issue.errors : compare.errors;

  const pick = async (picked: File) => {
    const read = await readTreatyFile(picked);
    if (!read.ok) {
      setFile(null);
      setFileError(read.message);
      return;
    }
    setFileError(undefined);
    setPreview(null);
    setFile({ name: picked.name, content: read.content });
    setFormat(read.format);
  };

  const chosen = (): { format: SourceFormat; content: string } | null => {
    if (!file) setFileError('Choose the file that was received.');
    return file ? { format, content: file.content } : null;
  };

  const onPreview = () => {
    const source = chosen();
    if (!source) return;
    setIssued(null);
    setAsked('compare');
    void compare.submit({ source }).then((result) => setPreview(result.ok ? result.value : null));
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const source = chosen();
    if (!source) return;
    setIssued(null);
    setAsked('issue');
    void issue.submit({ ...(label.trim() ? { label } : {}), source }).then((result) => {
      if (!result.ok) return;
      setIssued(result.value);
      setPreview(null);
      setLabel('');
      onIssued();
    });
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate aria-labelledby="received-text-heading" aria-busy={pending}>
      <h3 id="received-text-heading">Issue a text received as a file</h3>
      <p className="muted">Its text becomes the live text and the next revision. Agreed articles must come back unchanged.</p>
      <FormAlert message={errors.detail} />
      <TreatyFileFields
        name="received-file"
        label="Received file"
        hint="A .md, .txt or Akoma Ntoso .xml file."
        onFile={(picked) => {
          void pick(picked);
        }}
        fileError={fileError ?? errors.fields['source.content']}
        format={format}
        onFormat={setFormat}
        formatError={errors.fields['source.format']}
      />
      <TextField
        label="Label"
        name="received-label"
        hint="Optional, e.g. “Rev.3 as circulated on 4 December”."
        maxLength={LIMITS.name}
        value={label}
        onChange={setLabel}
        error={errors.fields['label']}
      />
      <div className="revisions__actions">
        <button type="button" className="button button--quiet" disabled={pending} onClick={onPreview}>
          Preview the changes
        </button>
        <button type="submit" className="button" disabled={pending}>
          Issue as the next revision
        </button>
      </div>
      <TransferProgress state={transfer} what="Import" />
      <FormStatus>{issued ? `${issued.label} (${issued.symbol}) issued from ${file?.name ?? 'the file'}.` : null}</FormStatus>
      {issued ? <ImportWarnings warnings={issued.warnings} /> : null}
      {preview && file ? <ReceivedTextPreview preview={preview} file={file.name} /> : null}
    </form>
  );
}
