import { judgeEdit, sameNegotiatedState, YDOC_FIELD, type EditorRights, type EditVerdict, type ProposalChange } from '@treaty/treaty-schema';
import * as Y from 'yjs';

const TRIAL = Symbol('trial');

/**
 * What becomes of a client's update: taken as it is, or refused. A refused update is taken
 * together with its exact undoing (`update` then holds both, merged): the words it wrote never
 * reach the store or anyone else, only tombstones do, and the sender's copy — which cannot
 * forget its own change — is brought back in step by the same merged update, keeping
 * everything else it wrote (an offline delegate's work in other clauses survives). `update`
 * is null when the undoing could not be made exact: the sender must then start again.
 */
export type Judgement =
  | { ok: true; update: Uint8Array; changes: ProposalChange[] }
  | { ok: false; reason: string; update: Uint8Array | null };

/**
 * A private copy of a live document, kept equal to it between changes: each change is tried
 * here first and judged on the document it produces (see `judgeEdit`).
 */
export class EditJudge {
  private trial: Y.Doc | null = null;

  constructor(private readonly live: Y.Doc) {}

  judge(update: Uint8Array, editor: EditorRights): Judgement {
    const trial = this.copy();
    const before = Y.encodeStateVector(trial);
    const undo = new Y.UndoManager(trial.getXmlFragment(YDOC_FIELD), {
      trackedOrigins: new Set([TRIAL]),
      captureTimeout: 0,
      // The change being undone is the client's, not ours: overwrite its attribute values too.
      ignoreRemoteMapChanges: true,
    });
    let verdict = { ok: true, changes: [] } as EditVerdict;
    const judgeIt = (tr: Y.Transaction) => {
      if (tr.origin === TRIAL) verdict = judgeEdit(this.live, tr, editor);
    };
    trial.on('afterTransaction', judgeIt);
    try {
      Y.applyUpdate(trial, update, TRIAL);
      trial.off('afterTransaction', judgeIt);
      if (verdict.ok) return { ok: true, update, changes: verdict.changes };
      undo.undo();
      // What the undoing deleted (the client's words) is kept for a redo we never make: let go
      // of it, so the merged update carries tombstones, not words.
      const undone = undo.redoStack.map((item) => item.deletions);
      undo.clear();
      for (const deletions of undone) Y.tryGc(deletions, trial.store, () => true);
      if (!sameNegotiatedState(this.live, trial)) {
        this.reset();
        return { ok: false, reason: verdict.reason, update: null };
      }
      return { ok: false, reason: verdict.reason, update: Y.encodeStateAsUpdate(trial, before) };
    } catch (error) {
      this.reset();
      throw error;
    } finally {
      trial.off('afterTransaction', judgeIt);
      undo.destroy();
    }
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

  /** The live document and this copy parted (a change was tried but not taken): start over. */
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
