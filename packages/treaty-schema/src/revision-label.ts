import type { NegotiatedWords, TreatyText } from './treaty-text';

/** The revision's name in the negotiators' language: the first issued is the Zero draft. */
export const revisionLabel = (number: number): string => (number === 0 ? 'Zero draft' : `Rev.${number}`);

/**
 * A document symbol in the UN style: `TW/<year issued>/<draft>` for the zero draft, then
 * `TW/<year>/<draft>/Rev.<n>`, where `<draft>` is the first eight hex digits of the draft's id
 * in capitals (short enough to cite, and a collision within one workspace would only make two
 * symbols look alike: the draft id and number remain the revision's identity).
 */
export function revisionSymbol(draftId: string, number: number, issuedAt: Date): string {
  const base = `TW/${issuedAt.getUTCFullYear()}/${draftId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
  return number === 0 ? base : `${base}/Rev.${number}`;
}

/** Every run of words that can hold brackets and phrase options: recitals and paragraphs. */
const allWords = (text: TreatyText): NegotiatedWords[] => [
  ...text.preamble,
  ...text.articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [p] : p.options.flatMap((o) => o.paragraphs)))),
];

/**
 * Open brackets in the text: a bracket spanning several paragraphs or options counts once by
 * its id; one without an id (never made by the editor) counts wherever it appears.
 */
export function countBrackets(text: TreatyText): number {
  const ids = new Set<string>();
  let anonymous = 0;
  for (const bracket of allWords(text).flatMap((p) => p.brackets ?? [])) {
    if (bracket.id === null) anonymous += 1;
    else ids.add(bracket.id);
  }
  return ids.size + anonymous;
}

/** Options on the table: each Option 1, Option 2 … of every set, of paragraphs or of phrases. */
export const countOptions = (text: TreatyText): number =>
  text.articles.flatMap((a) => a.paragraphs).reduce((sum, p) => sum + (p.kind === 'alternatives' ? p.options.length : 0), 0) +
  allWords(text).reduce((sum, p) => sum + (p.phraseOptions ?? []).reduce((n, set) => n + set.options.length, 0), 0);
