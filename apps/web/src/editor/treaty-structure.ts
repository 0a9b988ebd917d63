import { Extension } from '@tiptap/core';
import {
  addArticle,
  addParagraph,
  deleteArticle,
  deleteParagraph,
  moveArticle,
  type Direction,
  type NewId,
} from './structure-commands';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    treatyStructure: {
      /** Inserts an article (empty heading, one numbered paragraph) after the current one. */
      addArticle: () => ReturnType;
      /** Inserts a numbered paragraph after the current one, in the same article. */
      addParagraph: () => ReturnType;
      moveArticle: (direction: Direction) => ReturnType;
      deleteArticle: () => ReturnType;
      deleteParagraph: () => ReturnType;
    };
  }
}

export interface TreatyStructureOptions {
  /** Clause ids for new articles and paragraphs; replaceable in tests. */
  newId: NewId;
}

/** The toolbar's structural edits as editor commands, so `editor.can()` can tell when they apply. */
export const TreatyStructure = Extension.create<TreatyStructureOptions>({
  name: 'treatyStructure',

  addOptions() {
    return { newId: () => crypto.randomUUID() };
  },

  addCommands() {
    const { newId } = this.options;
    return {
      addArticle:
        () =>
        ({ tr, dispatch }) =>
          addArticle(tr, Boolean(dispatch), newId),
      addParagraph:
        () =>
        ({ tr, dispatch }) =>
          addParagraph(tr, Boolean(dispatch), newId),
      moveArticle:
        (direction) =>
        ({ tr, dispatch }) =>
          moveArticle(tr, Boolean(dispatch), direction),
      deleteArticle:
        () =>
        ({ tr, dispatch }) =>
          deleteArticle(tr, Boolean(dispatch)),
      deleteParagraph:
        () =>
        ({ tr, dispatch }) =>
          deleteParagraph(tr, Boolean(dispatch)),
    };
  },
});
