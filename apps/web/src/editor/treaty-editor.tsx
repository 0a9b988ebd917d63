import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { TREATY_EXTENSIONS, YDOC_FIELD } from '@treaty/treaty-schema';
import { useEffect, useRef } from 'react';
import { ClauseIds } from './clause-ids';
import { EditorToolbar } from './editor-toolbar';
import { BracketTools } from './negotiation/bracket-tools';
import { Negotiation, negotiationKey } from './negotiation/negotiation-extension';
import type { ProposerLabels } from './negotiation/proposer-chips';
import type { CaretUser } from './presence';
import { selectionAnchor, type SelectionAnchor } from './selection-anchor';
import { TreatyStructure } from './treaty-structure';
import type { CollabSession } from './use-collab-session';
import './treaty-document.css';

interface TreatyEditorProps {
  session: CollabSession;
  user: CaretUser;
  /** Whether this user may edit now; it can change while the page is open (the stage moves). */
  editable: boolean;
  /** The delegation this person speaks for, when they may bracket now (else null). */
  bracketsFor: string | null;
  /** Delegation and coalition names for proposer chips. */
  labels: ProposerLabels;
  /** Coalitions the person's delegation belongs to. */
  coalitions: readonly { id: string; name: string }[];
  /** Told of the words selected in one clause (null: none), for anchoring a comment to them. */
  onSelectionAnchor?: (anchor: SelectionAnchor | null) => void;
}

/**
 * The live treaty text. It has no `content` of its own: the server seeds every draft's Yjs
 * document once, and a client that also seeded would duplicate the text on the first sync.
 */
export function TreatyEditor({ session, user, editable, bracketsFor, labels, coalitions, onSelectionAnchor }: TreatyEditorProps) {
  const { ydoc, provider } = session;
  // The editor is made once per session; what it reads later (names, rights) comes through refs.
  const current = useRef({ bracketsFor, labels });
  current.current = { bracketsFor, labels };
  const editor = useEditor(
    {
      extensions: [
        ...TREATY_EXTENSIONS,
        Collaboration.configure({ document: ydoc, field: YDOC_FIELD }),
        CollaborationCaret.configure({ provider, user }),
        TreatyStructure,
        ClauseIds,
        Negotiation.configure({ ownDelegation: () => current.current.bracketsFor, labels: () => current.current.labels }),
      ],
      editable,
      editorProps: {
        attributes: {
          class: 'treaty-doc',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Treaty text',
        },
      },
    },
    // The user is announced once per session; a new session (another draft) makes a new editor.
    [ydoc, provider],
  );

  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
    // Also tells the element itself, for assistive tech (contenteditable alone says little).
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  useEffect(() => {
    if (!onSelectionAnchor) return;
    const report = () => onSelectionAnchor(selectionAnchor(editor));
    editor.on('selectionUpdate', report);
    return () => {
      editor.off('selectionUpdate', report);
    };
  }, [editor, onSelectionAnchor]);

  useEffect(() => {
    // The delegations' names arrive after the text: redraw the proposer chips with them.
    editor.view.dispatch(editor.state.tr.setMeta(negotiationKey, 'labels'));
  }, [editor, labels]);

  return (
    <div className="treaty-editor">
      {editable ? <EditorToolbar editor={editor} /> : null}
      {editable && bracketsFor ? <BracketTools editor={editor} ownDelegation={bracketsFor} labels={labels} coalitions={coalitions} /> : null}
      <EditorContent editor={editor} className="treaty-page" />
    </div>
  );
}
