// Stock y-websocket clients driven as delegates would: a few typing with cursors, the rest reading.
// y-websocket's client adds a process 'exit' listener per provider; hundreds are expected here.
process.setMaxListeners(0);
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export function client(url, room, token) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/collab`, room, doc, {
    disableBc: true,
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket,
    maxBackoffTime: 500,
  });
  return { doc, provider };
}

/**
 * Lets a client go. The provider's destroy leaves the document and its awareness (whose timer
 * keeps both alive): without the document's own destroy, every herd would stay in the heap and
 * tax the next one with garbage collection.
 */
export function dispose(c) {
  c.provider.destroy();
  c.doc.destroy();
}

export async function until(condition, what, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Fan-out latency: every client notes how long each other typist's stamp took to reach it. */
export function recordLatencies(clients, sink) {
  clients.forEach((c, i) => {
    c.doc.getMap('bench').observe((event) => {
      const now = performance.now();
      for (const key of event.keysChanged) {
        if (key === `t${i}`) continue;
        const sent = c.doc.getMap('bench').get(key);
        if (sink.recording && typeof sent === 'number') sink.samples.push(now - sent);
      }
    });
  });
}

/** A typist at human speed: a character about every 200 ms, its cursor in awareness. */
export function type(c, index, stopAt) {
  const paragraph = () => {
    const article = c.doc.getXmlFragment('default').get(1 + (index % 5));
    const p = article?.get?.(1);
    const text = p?.get?.(0);
    return text instanceof Y.XmlText ? text : null;
  };
  return (async () => {
    let n = 0;
    while (performance.now() < stopAt) {
      const text = paragraph();
      if (text) {
        c.doc.transact(() => {
          text.insert(text.length, 'abcdefghij'[n % 10]);
          c.doc.getMap('bench').set(`t${index}`, performance.now());
        });
        c.provider.awareness.setLocalStateField('cursor', { anchor: text.length, head: text.length });
      }
      n += 1;
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 100));
    }
  })();
}

export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}
