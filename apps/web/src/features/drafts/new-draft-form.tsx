import { createDraftRequest, LIMITS, type CreateDraftRequest, type CreatedDraftView } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { postWithProgress } from '../../lib/transfer';
import { TransferProgress, type TransferState } from '../../lib/transfer-progress';
import { FormAlert, FormStatus, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { ImportWarnings } from './import-warnings';
import { readTreatyFile } from './read-treaty-file';
import type { SourceFormat } from './source-format';
import { TreatyFileFields } from './treaty-file-fields';

const FIELDS = ['title', 'source.format', 'source.content'] as const;

interface NewDraftFormProps {
  negotiationId: string;
  onCreated: () => void;
}

export function NewDraftForm({ negotiationId, onCreated }: NewDraftFormProps) {
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<SourceFormat>('markdown');
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [created, setCreated] = useState<CreatedDraftView | null>(null);
  const [transfer, setTransfer] = useState<TransferState>({ kind: 'idle' });
  // A whole treaty (UNCLOS is 480 KB) takes a moment: the import shows where it is.
  const send = useCallback(
    async (body: CreateDraftRequest) => {
      const startedAt = Date.now();
      setTransfer({ kind: 'running', phase: { kind: 'sending', share: 0 }, startedAt });
      try {
        const draft = await postWithProgress<CreatedDraftView>(`/negotiations/${encodeURIComponent(negotiationId)}/drafts`, body, (phase) =>
          setTransfer({ kind: 'running', phase, startedAt }),
        );
        setTransfer({ kind: 'done', seconds: (Date.now() - startedAt) / 1000, summary: `“${draft.title}” ${body.source ? 'imported' : 'created'}` });
        return draft;
      } catch (error) {
        setTransfer({ kind: 'idle' });
        throw error;
      }
    },
    [negotiationId],
  );
  const { submit, pending, errors } = useSubmit(createDraftRequest, FIELDS, send);

  const importFile = async (file: File) => {
    const read = await readTreatyFile(file);
    if (!read.ok) {
      setFileError(read.message);
      return;
    }
    setFileError(undefined);
    setContent(read.content);
    setFormat(read.format);
    if (!title.trim() && read.title) setTitle(read.title);
  };

  const save = async () => {
    setCreated(null);
    // Blank means "none": without a title the server takes the imported one, without a text it
    // starts an empty treaty.
    const result = await submit({
      ...(title.trim() ? { title } : {}),
      ...(content.trim() ? { source: { format, content } } : {}),
    });
    if (!result.ok) return;
    setCreated(result.value);
    setTitle('');
    setContent('');
    onCreated();
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate aria-labelledby="new-draft-heading" aria-busy={pending}>
      <h3 id="new-draft-heading">New draft</h3>
      <FormAlert message={errors.detail} />
      <TextField
        label="Title"
        name="title"
        hint="Optional when importing a Markdown text that starts with a # title."
        maxLength={LIMITS.title}
        value={title}
        onChange={setTitle}
        error={errors.fields['title']}
      />
      <TextField
        label="Treaty text (Markdown, plain text or Akoma Ntoso XML)"
        name="content"
        hint="Optional. A preamble, then “Article 1”, “Article 2” … headings with numbered paragraphs."
        multiline
        rows={10}
        value={content}
        onChange={setContent}
        error={errors.fields['source.content']}
      />
      <TreatyFileFields
        name="file"
        label="Import from file"
        hint="A .md, .txt or Akoma Ntoso .xml file; its text replaces the text above."
        onFile={(file) => {
          void importFile(file);
        }}
        fileError={fileError}
        format={format}
        onFormat={setFormat}
        formatError={errors.fields['source.format']}
      />
      <button type="submit" className="button" disabled={pending}>
        Create draft
      </button>
      <TransferProgress state={transfer} what="Import" />
      <FormStatus>
        {created ? (
          <>
            <Link to={`/drafts/${created.id}`}>{created.title}</Link> created.
          </>
        ) : null}
      </FormStatus>
      {created ? <ImportWarnings warnings={created.warnings} /> : null}
    </form>
  );
}
