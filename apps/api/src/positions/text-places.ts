import type { PositionTargetType } from '@treaty/contracts';
import type { ParagraphText, TreatyText } from '@treaty/treaty-schema';

/** Where something one can take a position on lies in the live text. */
export interface TextPlace {
  /** The clauses it lies in, innermost first; a clause's own chain starts with itself. */
  clauses: string[];
  /** The number of the agreed (locked) article it lies in, if any. */
  lockedArticle: number | null;
}

export const placeKey = (type: PositionTargetType, id: string): string => `${type}:${id.toLowerCase()}`;

/**
 * Every clause, bracket and set of alternatives of the text, keyed by `placeKey`, in the
 * order they appear. Positions are placed by the text as it is now, so a paragraph moved to
 * another article takes its positions with it.
 */
export function textPlaces(text: TreatyText): Map<string, TextPlace> {
  const places = new Map<string, TextPlace>();
  const add = (type: PositionTargetType, id: string | null, place: TextPlace) => {
    if (id) places.set(placeKey(type, id), place);
  };
  const addParagraph = (paragraph: ParagraphText, outer: string[], lockedArticle: number | null) => {
    const clauses = paragraph.clauseId ? [paragraph.clauseId, ...outer] : outer;
    add('clause', paragraph.clauseId, { clauses, lockedArticle });
    for (const bracket of paragraph.brackets) add('bracket', bracket.id, { clauses, lockedArticle });
  };

  for (const recital of text.preamble) add('clause', recital.clauseId, { clauses: recital.clauseId ? [recital.clauseId] : [], lockedArticle: null });
  for (const article of text.articles) {
    const outer = article.clauseId ? [article.clauseId] : [];
    const lockedArticle = article.status === 'agreed' ? article.number : null;
    add('clause', article.clauseId, { clauses: outer, lockedArticle });
    for (const part of article.paragraphs) {
      if (part.kind === 'paragraph') {
        addParagraph(part, outer, lockedArticle);
        continue;
      }
      add('alternative', part.id, { clauses: outer, lockedArticle });
      for (const option of part.options) for (const paragraph of option.paragraphs) addParagraph(paragraph, outer, lockedArticle);
    }
  }
  return places;
}
