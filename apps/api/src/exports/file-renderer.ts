import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ExportFormat } from '@treaty/contracts';
import type { DocumentSource } from '@treaty/treaty-schema';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { renderFile, type RenderedFile } from './export-formats';

/**
 * Renders files in a pool of worker threads: a PDF of a whole convention is seconds of CPU,
 * and on the main thread those seconds would stall every editor's keystrokes and every request.
 * Under ts-jest the worker script is TypeScript, which a worker cannot load: there (tests
 * only) files are rendered in-thread; the built server (`npm start`, the browser tests) always
 * uses the pool.
 */
@Injectable()
export class FileRenderer implements OnModuleDestroy {
  private readonly pool = __filename.endsWith('.js')
    ? new Piscina({
        filename: join(__dirname, 'render-worker.js'),
        // One core stays with the event loop; idle workers go, and their memory with them.
        maxThreads: Math.max(1, availableParallelism() - 1),
        minThreads: 0,
        idleTimeout: 30_000,
      })
    : null;

  async render(source: DocumentSource, format: ExportFormat): Promise<RenderedFile> {
    if (!this.pool) return renderFile(source, format);
    const file = (await this.pool.run({ source, format })) as RenderedFile;
    // A Buffer crosses the thread boundary as a plain Uint8Array.
    return { ...file, bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
