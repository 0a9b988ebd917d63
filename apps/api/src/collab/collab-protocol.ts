import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket's top-level message types. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** y-protocols' sync message types. */
export const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/**
 * Close codes (API.md): 4401 bad or expired token, 4403 no read access, 4404 no such draft.
 * 4001 tells a client its rights changed (a stage moved): it reconnects and gets the new ones.
 * 4400 a malformed message; 1011 the server could not load or store the document.
 * 4409 a change was refused whole (it touched an agreed article, set a clause status, or spoke
 * for another delegation): the client's copy now holds what the server never will, so it
 * must start again from the server's document.
 */
export const CLOSE = {
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  rightsChanged: 4001,
  malformed: 4400,
  refused: 4409,
  serverError: 1011,
  goingAway: 1001,
} as const;

/** Messages larger than this close the connection (ws answers 1009). */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** One message: its top-level type, then what `write` puts after it. */
function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const syncStep1 = (doc: Y.Doc): Uint8Array => message(MESSAGE.sync, (e) => syncProtocol.writeSyncStep1(e, doc));

/** Sync step 2 carrying `update`: what the peer's step 1 said it lacks. */
export const syncStep2 = (update: Uint8Array): Uint8Array =>
  message(MESSAGE.sync, (e) => {
    encoding.writeVarUint(e, SYNC.step2);
    encoding.writeVarUint8Array(e, update);
  });

/**
 * An update that holds nothing: what every new client answers the server's sync step 1 with.
 * (The v1 encoding of no structs and an empty delete set is exactly these two bytes.)
 */
export const isEmptyUpdate = (update: Uint8Array): boolean => update.length === 2 && update[0] === 0 && update[1] === 0;

export const syncUpdate = (update: Uint8Array): Uint8Array => message(MESSAGE.sync, (e) => syncProtocol.writeUpdate(e, update));

const awarenessMessage = (update: Uint8Array): Uint8Array =>
  message(MESSAGE.awareness, (e) => encoding.writeVarUint8Array(e, update));

export function awarenessOf(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Reads an awareness update into entries (throws on malformed input). */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > 10_000) throw new Error('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    const state = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function encodeAwareness(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
