import { judgeEdit, type EditorRights, type EditVerdict } from '@treaty/treaty-schema';
import * as Y from 'yjs';

const TRIAL = Symbol('trial');

/**
 * A private copy of a live document, one step ahead of it: each change is tried here first
 * and judged on the document it produces; only what passes is stored and applied to the live
 * document. A refused change leaves this copy spoiled, so it is dropped and rebuilt from the
 * live document when next needed (refusals are rare: the editor refuses the same edits).
 */
export class EditJudge {
  private trial: Y.Doc | null = null;

  constructor(private readonly live: Y.Doc) {}

  judge(update: Uint8Array, editor: EditorRights): EditVerdict {
    const trial = this.copy();
    // Judged against the live document: in a batch, an update that builds on an earlier one of
    // the same batch (stored together, milliseconds apart) sees its proposers as new. That can
    // refuse a co-proposer joining a bracket created in the same instant, never let one through.
    let verdict: EditVerdict = { ok: true };
    const judgeIt = (tr: Y.Transaction) => {
      if (tr.origin === TRIAL) verdict = judgeEdit(this.live, tr, editor);
    };
    trial.on('afterTransaction', judgeIt);
    try {
      Y.applyUpdate(trial, update, TRIAL);
    } finally {
      trial.off('afterTransaction', judgeIt);
    }
    if (!verdict.ok) this.reset();
    return verdict;
  }

  /** Makes the server's own change on the copy; returns the update it makes (null: none). */
  produce(change: (doc: Y.Doc) => void): Uint8Array | null {
    const trial = this.copy();
    const before = Y.encodeStateVector(trial);
    trial.transact(() => change(trial), TRIAL);
    const update = Y.encodeStateAsUpdate(trial, before);
    const decoded = Y.decodeUpdate(update);
    return decoded.structs.length > 0 || decoded.ds.clients.size > 0 ? update : null;
  }

  /** The live document and this copy parted (a change was tried but never stored). */
  reset(): void {
    this.trial?.destroy();
    this.trial = null;
  }

  private copy(): Y.Doc {
    if (!this.trial) {
      this.trial = new Y.Doc({ gc: true });
      Y.applyUpdate(this.trial, Y.encodeStateAsUpdate(this.live));
    }
    return this.trial;
  }
}
