import type { ImportedTreaty } from '../import-text';
import { toTreatyText } from '../read-model';
import { countBrackets } from '../revision-label';

/** What an import made of a negotiating text's brackets and Options, to set against `countSource`. */
export interface ImportTally {
  /** Bracket marks, each id once (a bracket over several paragraphs or a whole article is one). */
  brackets: number;
  phraseOptionSets: number;
  /** Every wording of every set: each was one `[…]` in the source. */
  phraseOptions: number;
  alternatives: number;
  alternativeOptions: number;
  /** Option labels whose words were kept as words (each reported). */
  labelsKeptAsWords: number;
  unplacedOpen: number;
  unplacedClose: number;
  warnings: number;
}

// The importer's own messages for an Option label it could not turn into structure.
const LABEL_KEPT = /^"Option [^"]+" (?:stands alone|inside another option)|^an Option block in the preamble/;

export function importTally(imported: ImportedTreaty): ImportTally {
  const text = toTreatyText(imported.doc);
  const words = [
    ...text.preamble,
    ...text.articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [p] : p.options.flatMap((o) => o.paragraphs)))),
  ];
  // A set whose first wording opens in one paragraph and closes in the next shows in both.
  const wordings = new Set(words.flatMap((w) => (w.phraseOptions ?? []).flatMap((set) => set.options.map((_, i) => `${set.id}/${i}`))));
  const sets = new Set(words.flatMap((w) => (w.phraseOptions ?? []).map((set) => set.id)));
  const alternatives = text.articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.kind === 'alternatives' ? [p] : [])));
  return {
    brackets: countBrackets(text),
    phraseOptionSets: sets.size,
    phraseOptions: wordings.size,
    alternatives: alternatives.length,
    alternativeOptions: alternatives.reduce((n, a) => n + a.options.length, 0),
    labelsKeptAsWords: imported.warnings.filter((w) => LABEL_KEPT.test(w.message)).length,
    unplacedOpen: imported.unplacedBrackets?.open ?? 0,
    unplacedClose: imported.unplacedBrackets?.close ?? 0,
    warnings: imported.warnings.length,
  };
}
