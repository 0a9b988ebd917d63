import { fromAkomaNtoso } from '@treaty/akoma-ntoso';
import type { DraftSource } from '@treaty/contracts';
import { importTreaty, NotATreatyError, previewReplacement, treatyToYDoc, type ImportedTreaty, type ReplacementPreview } from '@treaty/treaty-schema';
import * as Y from 'yjs';

/** A treaty read from a file, with its first Yjs state when asked; or why it is not a treaty. */
export type SourceReading = { ok: true; treaty: ImportedTreaty; initialState: Uint8Array | null } | { ok: false; reason: string };

/** What a received text would change in a live text (its Yjs state), or why it is not a treaty. */
export type SourcePreview = { ok: true; preview: ReplacementPreview; warnings: ImportedTreaty['warnings'] } | { ok: false; reason: string };

/**
 * A treaty received as a file, read into the document model: for a new draft (with the Yjs
 * state it starts from), or for a new revision of one. Runs in a worker thread, so the answer
 * is data, never a thrown domain error (classes do not cross threads).
 */
export function readTreatySource(source: DraftSource, withInitialState: boolean): SourceReading {
  try {
    const treaty = source.format === 'akn' ? fromAkomaNtoso(source.content) : importTreaty(source.content, source.format);
    return { ok: true, treaty, initialState: withInitialState ? Y.encodeStateAsUpdate(treatyToYDoc(treaty.doc)) : null };
  } catch (error) {
    if (error instanceof NotATreatyError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** `previewReplacement` of a received text against a copy of the live text, off the event loop. */
export function previewTreatySource(source: DraftSource, liveState: Uint8Array): SourcePreview {
  const reading = readTreatySource(source, false);
  if (!reading.ok) return reading;
  const live = new Y.Doc();
  Y.applyUpdate(live, liveState);
  return { ok: true, preview: previewReplacement(live, reading.treaty.doc), warnings: reading.treaty.warnings };
}
