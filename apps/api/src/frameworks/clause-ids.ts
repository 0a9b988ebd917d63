import type { TreatyText } from '@treaty/treaty-schema';

/**
 * Every clauseId in the text a citation may name: recitals, articles and paragraphs, those
 * inside alternatives included (an option's paragraph is a clause negotiators cite too).
 */
export function clauseIdsOf(text: TreatyText): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | null) => {
    if (id) ids.add(id);
  };
  text.preamble.forEach((recital) => add(recital.clauseId));
  for (const article of text.articles) {
    add(article.clauseId);
    for (const item of article.paragraphs) {
      if (item.kind === 'paragraph') add(item.clauseId);
      else item.options.forEach((option) => option.paragraphs.forEach((p) => add(p.clauseId)));
    }
  }
  return ids;
}
