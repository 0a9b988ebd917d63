import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { treatySchema } from './schema';

/** A new Yjs document holding the treaty, as the editor's Collaboration extension reads it. */
export function treatyToYDoc(doc: JSONContent): Y.Doc {
  // Checks the JSON against the schema first: a malformed treaty never reaches Yjs.
  treatySchema().nodeFromJSON(doc).check();
  return prosemirrorJSONToYDoc(treatySchema(), doc, YDOC_FIELD);
}

export function yDocToTreaty(ydoc: Y.Doc): JSONContent {
  return yDocToProsemirrorJSON(ydoc, YDOC_FIELD) as JSONContent;
}
