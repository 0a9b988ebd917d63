import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { tableAlternative } from './alternative-commands';
import { bracketSelection, joinBracket } from './bracket-commands';
import { offerWording } from './phrase-option-commands';
import { allowsLocally } from './locked-articles';
import { proposerDecorations, type ProposerLabels } from './proposer-chips';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    negotiation: {
      /**
       * Brackets the selected words in the name of this person's delegation, or of a coalition
       * it belongs to (`proposer`; the server holds the delegate to whom they may speak for).
       */
      bracketSelection: (attrs: { reason: string; note: string | null; proposer?: string }) => ReturnType;
      /** This person's delegation joins a bracket as co-proposer. */
      joinBracket: (bracketId: string) => ReturnType;
      /** This person's delegation tables another wording for the paragraph at the caret. */
      tableAlternative: () => ReturnType;
      /** This person's delegation offers `wording` for the selected phrase (or the option at the caret). */
      offerWording: (wording?: string) => ReturnType;
    };
  }
}

export interface NegotiationOptions {
  /** The delegation this person speaks for (null: none, e.g. the secretariat). */
  ownDelegation: () => string | null;
  labels: () => ProposerLabels;
}

/** Tells the chips to redraw (the delegations' names arrived). */
export const negotiationKey = new PluginKey<DecorationSet>('negotiation');

/** Brackets with their proposers, options with theirs, and agreed articles held still. */
export const Negotiation = Extension.create<NegotiationOptions>({
  name: 'negotiation',

  addOptions() {
    return { ownDelegation: () => null, labels: () => ({ name: (id) => id, short: (id) => id.slice(0, 4) }) };
  },

  addCommands() {
    const { ownDelegation } = this.options;
    return {
      bracketSelection:
        ({ reason, note, proposer }) =>
        ({ tr, dispatch }) => {
          const own = ownDelegation();
          return own ? bracketSelection(tr, Boolean(dispatch), { proposers: [proposer ?? own], reason, note }) : false;
        },
      joinBracket:
        (bracketId) =>
        ({ tr, dispatch }) => {
          const own = ownDelegation();
          return own ? joinBracket(tr, Boolean(dispatch), bracketId, own) : false;
        },
      tableAlternative:
        () =>
        ({ tr, dispatch }) => {
          const own = ownDelegation();
          return own ? tableAlternative(tr, Boolean(dispatch), own, () => crypto.randomUUID()) : false;
        },
      offerWording:
        (wording) =>
        ({ tr, dispatch }) => {
          const own = ownDelegation();
          return own ? offerWording(tr, Boolean(dispatch), own, () => crypto.randomUUID(), wording) : false;
        },
    };
  },

  addProseMirrorPlugins() {
    const { labels } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: negotiationKey,
        state: {
          init: (_, state) => proposerDecorations(state.doc, labels()),
          apply: (tr, previous, _old, state) =>
            tr.docChanged || tr.getMeta(negotiationKey) ? proposerDecorations(state.doc, labels()) : previous,
        },
        props: { decorations: (state) => negotiationKey.getState(state) },
        filterTransaction: allowsLocally,
      }),
    ];
  },
});
