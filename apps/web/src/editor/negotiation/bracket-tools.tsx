import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { BRACKET_REASONS } from '@treaty/treaty-schema';
import { useState, type FormEvent, type MouseEvent } from 'react';
import { bracketsAt } from './bracket-commands';
import { wordingAt } from './phrase-option-commands';
import './bracket-tools.css';
import type { ProposerLabels } from './proposer-chips';

interface BracketInfo {
  id: string;
  proposers: string[];
  reason: string | null;
  note: string | null;
}

const REASON_LABELS: Record<string, string> = { delete: 'Delete', modify: 'Modify', linked: 'Linked to another bracket' };

// Keeps the selection in the text while a button is pressed.
const keepSelection = (event: MouseEvent) => event.preventDefault();

/**
 * Square brackets and options as a delegation uses them: select words, bracket them with a
 * reason and a note; table another wording of a paragraph, or offer one for the selected phrase
 * (or another for the option at the caret); put the caret in a bracket to see
 * who proposed it and join as co-proposer.
 */
interface BracketToolsProps {
  editor: Editor;
  ownDelegation: string;
  labels: ProposerLabels;
  /** Coalitions the delegation belongs to: a bracket may be proposed in their name. */
  coalitions: readonly { id: string; name: string }[];
}

export function BracketTools({ editor, ownDelegation, labels, coalitions }: BracketToolsProps) {
  const { empty, here, mayTable, mayOffer } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      empty: current.state.selection.empty,
      here: bracketsAt(current.state.doc, current.state.selection.from).map((m) => m.attrs as BracketInfo),
      mayTable: current.can().tableAlternative(),
      mayOffer: current.can().offerWording(),
    }),
    equalityFn: (a, b) =>
      a.empty === b?.empty && a.mayTable === b?.mayTable && a.mayOffer === b?.mayOffer && JSON.stringify(a.here) === JSON.stringify(b?.here),
  });
  const [open, setOpen] = useState(false);
  const [offering, setOffering] = useState<string | null>(null);
  const [reason, setReason] = useState('modify');
  const [note, setNote] = useState('');
  const [proposer, setProposer] = useState(ownDelegation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (editor.chain().focus().bracketSelection({ reason, note: note.trim() || null, proposer }).run()) {
      setOpen(false);
      setNote('');
    }
  };

  const offer = (event: FormEvent) => {
    event.preventDefault();
    if (offering && editor.chain().focus().offerWording(offering).run()) setOffering(null);
  };

  return (
    <div className="bracket-tools" aria-label="Brackets">
      {offering !== null ? (
        <form className="bracket-tools__form" onSubmit={offer}>
          <label>
            Another wording <input value={offering} maxLength={2000} onChange={(e) => setOffering(e.target.value)} />
          </label>
          <button type="submit" className="button" onMouseDown={keepSelection} disabled={!offering.trim()}>
            Offer it
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOffering(null)}>
            Cancel
          </button>
        </form>
      ) : open && !empty ? (
        <form className="bracket-tools__form" onSubmit={submit}>
          {coalitions.length > 0 ? (
            <label>
              In the name of{' '}
              <select value={proposer} onChange={(e) => setProposer(e.target.value)}>
                <option value={ownDelegation}>{labels.name(ownDelegation)}</option>
                {coalitions.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            Reason{' '}
            <select value={reason} onChange={(e) => setReason(e.target.value)}>
              {BRACKET_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REASON_LABELS[r] ?? r}
                </option>
              ))}
            </select>
          </label>
          <label>
            Note <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} placeholder="optional" />
          </label>
          <button type="submit" className="button" onMouseDown={keepSelection}>
            Add brackets
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="bracket-tools__buttons">
          <button type="button" className="button button--quiet" disabled={empty} onMouseDown={keepSelection} onClick={() => setOpen(true)}>
            [ Bracket ]
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!mayTable}
            onMouseDown={keepSelection}
            onClick={() => editor.chain().focus().tableAlternative().run()}
          >
            Table an alternative
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!mayOffer}
            onMouseDown={keepSelection}
            onClick={() => setOffering(wordingAt(editor.state.tr))}
          >
            Offer another wording
          </button>
        </div>
      )}
      {here.map((bracket) => (
        <p key={bracket.id} className="bracket-tools__here" role="status">
          <span>
            Bracket proposed by <strong>{bracket.proposers.map((p) => labels.name(p)).join(', ') || 'no one recorded'}</strong>
            {bracket.reason ? ` · ${REASON_LABELS[bracket.reason] ?? bracket.reason}` : ''}
            {bracket.note ? ` · “${bracket.note}”` : ''}
          </span>
          {bracket.proposers.includes(ownDelegation) ? null : (
            <button type="button" className="button button--quiet" onMouseDown={keepSelection} onClick={() => editor.chain().focus().joinBracket(bracket.id).run()}>
              Join as co-proposer
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
