// A herd: many stock clients loading one draft at the same moment. In the field they are so
// many browsers, each decoding the document on its own machine; in one benchmark thread their
// decoding would run one after another and the figure would time the benchmark, the same for
// any server. So the herd's clients are spread over a few worker threads.
import { Worker } from 'node:worker_threads';

const THREADS = 4;

export class Herd {
  constructor(threads = THREADS) {
    this.workers = Array.from({ length: threads }, () => new Worker(new URL('./herd-worker.mjs', import.meta.url)));
    for (const worker of this.workers) {
      worker.on('error', (error) => {
        console.error('a herd thread failed:', error);
        process.exit(1);
      });
    }
  }

  /** Milliseconds from the first connection to the moment every client holds the whole document. */
  async load(url, room, tokens) {
    const shares = this.workers.map(() => []);
    tokens.forEach((token, i) => shares[i % shares.length].push(token));
    const started = performance.now();
    await Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise((done) => {
            worker.once('message', done);
            worker.postMessage({ url, room, tokens: shares[i] });
          }),
      ),
    );
    return performance.now() - started;
  }

  close() {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
