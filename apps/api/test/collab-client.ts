import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { YDOC_FIELD } from '@treaty/treaty-schema';

/** The stock y-websocket client over a real socket, as a browser tab would use it. */
export class CollabClient {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly closes: number[] = [];

  constructor(baseUrl: string, draftId: string, token: string, options: { connect?: boolean } = {}) {
    this.provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/collab`, draftId, this.doc, {
      // Node has BroadcastChannel: without this, clients in one process would sync around the server.
      disableBc: true,
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      connect: options.connect ?? true,
      maxBackoffTime: 300,
    });
    this.provider.on('connection-close', (event) => {
      if (event) this.closes.push(event.code);
    });
  }

  synced(): Promise<void> {
    return waitFor(() => this.provider.synced, `client synced`);
  }

  get fragment(): Y.XmlFragment {
    return this.doc.getXmlFragment(YDOC_FIELD);
  }

  /** The text of paragraph `p` of article `a` (both 0-based), as this client sees it. */
  paragraphText(a: number, p: number): string {
    return this.paragraphXml(a, p).toString();
  }

  /** Types at the end of paragraph `p` of article `a`. */
  type(a: number, p: number, text: string): void {
    const paragraph = this.paragraphXml(a, p);
    const first = paragraph.get(0);
    if (first instanceof Y.XmlText) first.insert(first.length, text);
    else paragraph.insert(0, [new Y.XmlText(text)]);
  }

  private paragraphXml(a: number, p: number): Y.XmlElement {
    // Child 0 of the document is the preamble; an article's child 0 is its heading.
    const article = this.fragment.get(a + 1);
    if (!(article instanceof Y.XmlElement)) throw new Error(`no article ${a}`);
    const paragraph = article.get(p + 1);
    if (!(paragraph instanceof Y.XmlElement)) throw new Error(`no paragraph ${p} in article ${a}`);
    return paragraph;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
