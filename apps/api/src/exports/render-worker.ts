import type { ExportFormat } from '@treaty/contracts';
import type { DocumentSource } from '@treaty/treaty-schema';
import { renderFile, type RenderedFile } from './export-formats';

export interface RenderTask {
  source: DocumentSource;
  format: ExportFormat;
}

/** Runs in a worker thread (see file-renderer.ts): the whole rendering, off the event loop. */
export default function render(task: RenderTask): Promise<RenderedFile> {
  return renderFile(task.source, task.format);
}
