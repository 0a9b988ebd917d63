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

  /** Brackets `length` characters from `index` of paragraph `p` of article `a`, as the editor marks them. */
  bracket(a: number, p: number, index: number, length: number, attrs: { id: string; proposers: string[] }): void {
    const text = this.paragraphXml(a, p).get(0) as Y.XmlText;
    text.format(index, length, { [bracketKey(attrs.id)]: { reason: 'modify', note: null, ...attrs } });
  }

  /** The ids and proposers of the brackets in paragraph `p` of article `a`, as this client sees them. */
  brackets(a: number, p: number): { id: string; proposers: string[] }[] {
    const found = new Map<string, string[]>();
    for (const child of this.paragraphXml(a, p).toArray()) {
      if (!(child instanceof Y.XmlText)) continue;
      for (const op of child.toDelta() as { attributes?: Record<string, { id: string; proposers: string[] }> }[]) {
        for (const [key, value] of Object.entries(op.attributes ?? {})) if (key.startsWith('bracket')) found.set(value.id, value.proposers);
      }
    }
    return [...found].map(([id, proposers]) => ({ id, proposers }));
  }

  /** The article element `a` (0-based), for raw changes to it. */
  article(a: number): Y.XmlElement {
    const article = this.fragment.get(a + 1);
    if (!(article instanceof Y.XmlElement)) throw new Error(`no article ${a}`);
    return article;
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

/** y-tiptap's key for a mark that may overlap itself: its name, `--`, eight characters. */
const bracketKey = (id: string) => `bracket--${id.replace(/-/g, '').slice(0, 8)}`;

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
