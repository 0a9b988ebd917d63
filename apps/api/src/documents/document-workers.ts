import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { DraftSource, ExportFormat } from '@treaty/contracts';
import { invalid } from '@treaty/domain';
import type { DocumentSource, ImportedTreaty, ReplacementPreview } from '@treaty/treaty-schema';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import run, { type DocumentTask } from './document-worker';
import type { RenderedFile } from './export-formats';
import type { SourcePreview, SourceReading } from './treaty-source';

/** Bytes cross the thread boundary as a plain Uint8Array; the HTTP layer wants a Buffer. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Reads and renders treaty files in a pool of worker threads: a PDF of a whole convention is
 * seconds of CPU, importing one a second or two, and on the main thread those seconds would
 * stall every editor's keystrokes and every request. Under ts-jest the worker script is
 * TypeScript, which a worker cannot load: there (tests only) the work runs in-thread; the built
 * server (`npm start`, the browser tests) always uses the pool.
 */
@Injectable()
export class DocumentWorkers implements OnModuleDestroy {
  private readonly pool = __filename.endsWith('.js')
    ? new Piscina({
        filename: join(__dirname, 'document-worker.js'),
        // One core stays with the event loop; idle workers go, and their memory with them.
        maxThreads: Math.max(1, availableParallelism() - 1),
        minThreads: 0,
        idleTimeout: 30_000,
      })
    : null;

  private async run<T>(task: DocumentTask): Promise<T> {
    return (this.pool ? await this.pool.run(task) : await run(task)) as T;
  }

  async render(source: DocumentSource, format: ExportFormat): Promise<RenderedFile> {
    const file = await this.run<RenderedFile>({ kind: 'render', source, format });
    return { ...file, bytes: asBuffer(file.bytes) };
  }

  /** The treaty in `source`, or a 400 saying why it is not one; nothing is half-made from it. */
  async read(source: DraftSource, withInitialState = false): Promise<{ treaty: ImportedTreaty; initialState: Uint8Array | null }> {
    const reading = await this.run<SourceReading>({ kind: 'read', source, withInitialState });
    if (!reading.ok) throw invalid('source.content', `not a treaty text: ${reading.reason}`);
    return { treaty: reading.treaty, initialState: reading.initialState };
  }

  /** What `source` would change in the live text whose Yjs state is `liveState`; 400 if it is not a treaty. */
  async preview(source: DraftSource, liveState: Uint8Array): Promise<{ preview: ReplacementPreview; warnings: ImportedTreaty['warnings'] }> {
    const result = await this.run<SourcePreview>({ kind: 'preview', source, liveState });
    if (!result.ok) throw invalid('source.content', `not a treaty text: ${result.reason}`);
    return { preview: result.preview, warnings: result.warnings };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
