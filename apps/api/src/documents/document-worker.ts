import type { DraftSource, ExportFormat } from '@treaty/contracts';
import type { DocumentSource } from '@treaty/treaty-schema';
import { renderFile, type RenderedFile } from './export-formats';
import { previewTreatySource, readTreatySource, type SourcePreview, type SourceReading } from './treaty-source';

export type DocumentTask =
  | { kind: 'render'; source: DocumentSource; format: ExportFormat }
  | { kind: 'read'; source: DraftSource; withInitialState: boolean }
  | { kind: 'preview'; source: DraftSource; liveState: Uint8Array };

/** Runs in a worker thread (see document-workers.ts): the long CPU work on treaty files. */
export default function run(task: DocumentTask): Promise<RenderedFile> | SourceReading | SourcePreview {
  if (task.kind === 'render') return renderFile(task.source, task.format);
  if (task.kind === 'preview') return previewTreatySource(task.source, task.liveState);
  return readTreatySource(task.source, task.withInitialState);
}
