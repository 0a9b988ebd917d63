import { EXPORT_FORMATS, type DraftView, type ExportFormat, type RevisionSummary } from '@treaty/contracts';
import { useEffect, useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { FormAlert, SelectField } from '../../lib/form-fields';
import { downloadWithProgress, saveFile } from '../../lib/transfer';
import { TransferProgress, type TransferState } from '../../lib/transfer-progress';
import { listRevisions } from '../revisions/revisions-api';

const FORMAT_LABELS: Record<ExportFormat, string> = { akn: 'Akoma Ntoso XML', docx: 'Word (DOCX)', pdf: 'PDF' };
const LIVE = 'live';

/**
 * Files of the draft: any issued revision, or the live text for those who may read it, as
 * Akoma Ntoso, DOCX or PDF. A long one (a whole convention) shows its progress.
 */
export function ExportPanel({ draft, version }: { draft: DraftView; version: number }) {
  const mayReadLive = draft.myActions.includes('text.read');
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [which, setWhich] = useState<string>(LIVE);
  const [transfer, setTransfer] = useState<TransferState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!draft.myActions.includes('revision.read')) return;
    listRevisions(draft.id)
      .then((page) => setRevisions([...page.items].sort((a, b) => b.number - a.number)))
      .catch(() => setRevisions([]));
  }, [draft.id, draft.myActions, version]);

  const choices = [
    ...(mayReadLive ? [{ value: LIVE, label: 'Live text (not issued)' }] : []),
    ...revisions.map((r) => ({ value: String(r.number), label: `${r.label} — ${r.symbol}` })),
  ];
  const chosen = choices.some((c) => c.value === which) ? which : (choices[0]?.value ?? LIVE);
  if (choices.length === 0) return null;

  const download = async () => {
    setError(null);
    const startedAt = Date.now();
    const query = new URLSearchParams({ format, ...(chosen === LIVE ? {} : { revision: chosen }) });
    setTransfer({ kind: 'running', phase: { kind: 'working' }, startedAt });
    try {
      const file = await downloadWithProgress(`/drafts/${encodeURIComponent(draft.id)}/export?${query.toString()}`, (phase) =>
        setTransfer({ kind: 'running', phase, startedAt }),
      );
      saveFile(file, `${draft.title}.${format === 'akn' ? 'xml' : format}`);
      setTransfer({ kind: 'done', seconds: (Date.now() - startedAt) / 1000, summary: `${file.fileName ?? 'File'} saved, ${Math.ceil(file.blob.size / 1024)} KB` });
    } catch (failure) {
      setTransfer({ kind: 'idle' });
      setError(failure instanceof ApiError ? failure.problem.detail : 'The file could not be made.');
    }
  };

  return (
    <section aria-labelledby="export-heading" className="panel export-panel">
      <h2 id="export-heading">Export</h2>
      <FormAlert message={error} />
      <SelectField label="Text" name="export-text" value={chosen} onChange={setWhich} options={choices} error={undefined} />
      <SelectField
        label="Format"
        name="export-format"
        value={format}
        onChange={(value) => setFormat(EXPORT_FORMATS.find((f) => f === value) ?? 'pdf')}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
        error={undefined}
      />
      <button type="button" className="button" onClick={() => void download()} disabled={transfer.kind === 'running'}>
        Download
      </button>
      <TransferProgress state={transfer} what="Export" />
    </section>
  );
}
