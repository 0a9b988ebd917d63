import type { ParagraphText, TreatyText } from '@treaty/treaty-schema';

/** One clause's words, as the search index keeps them. */
export interface SearchableClause {
  clauseId: string;
  articleNumber: number | null;
  paragraphNumber: number | null;
  /** Reading order in the text, so equal ranks list in the order a reader meets them. */
  position: number;
  body: string;
}

/**
 * The clauses of a text with their words: recitals, article headings, paragraphs, and each
 * paragraph of each option. The live text and revisions share this one shape (`TreatyText`),
 * so both are indexed alike. A clause without an id (texts older than ids) is found through
 * its article's; a recital without one cannot be linked to and is left out.
 */
export function searchableClauses(text: TreatyText): SearchableClause[] {
  const out: SearchableClause[] = [];
  const push = (clause: Omit<SearchableClause, 'position'>) => {
    if (clause.body.trim() !== '') out.push({ ...clause, position: out.length });
  };
  for (const recital of text.preamble) {
    if (recital.clauseId) push({ clauseId: recital.clauseId, articleNumber: null, paragraphNumber: null, body: recital.text });
  }
  for (const article of text.articles) {
    const articleId = article.clauseId;
    if (articleId) push({ clauseId: articleId, articleNumber: article.number, paragraphNumber: null, body: article.title ?? '' });
    const paragraph = (p: ParagraphText, number: number | null) => {
      const clauseId = p.clauseId ?? articleId;
      if (clauseId) push({ clauseId, articleNumber: article.number, paragraphNumber: number, body: p.text });
    };
    for (const item of article.paragraphs) {
      if (item.kind === 'paragraph') paragraph(item, item.number);
      else for (const option of item.options) for (const p of option.paragraphs) paragraph(p, item.number);
    }
  }
  return out;
}
