import type { DraftSource, ExportFormat } from '@treaty/contracts';
import type { DocumentSource } from '@treaty/treaty-schema';
import { renderFile, type RenderedFile } from './export-formats';
import { readTreatySource, type SourceReading } from './treaty-source';

export type DocumentTask =
  | { kind: 'render'; source: DocumentSource; format: ExportFormat }
  | { kind: 'read'; source: DraftSource; withInitialState: boolean };

/** Runs in a worker thread (see document-workers.ts): the long CPU work on treaty files. */
export default function run(task: DocumentTask): Promise<RenderedFile> | SourceReading {
  return task.kind === 'render' ? renderFile(task.source, task.format) : readTreatySource(task.source, task.withInitialState);
}
