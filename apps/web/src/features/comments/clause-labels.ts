import type { TreatyText } from '@treaty/treaty-schema';

/** How negotiators cite each clause ("Article 4(2)"), keyed by clauseId, in the text's order. */
export function clauseLabels(text: TreatyText): Map<string, string> {
  const labels = new Map<string, string>();
  const add = (clauseId: string | null, label: string) => {
    if (clauseId) labels.set(clauseId, label);
  };
  text.preamble.forEach((recital, index) => add(recital.clauseId, `Preamble, recital ${index + 1}`));
  for (const article of text.articles) {
    add(article.clauseId, `Article ${article.number}${article.title ? ` — ${article.title}` : ''}`);
    for (const item of article.paragraphs) {
      const at = item.number === null ? `Article ${article.number}, unnumbered paragraph` : `Article ${article.number}(${item.number})`;
      if (item.kind === 'paragraph') add(item.clauseId, at);
      else item.options.forEach((option, o) => option.paragraphs.forEach((p) => add(p.clauseId, `${at}, option ${o + 1}`)));
    }
  }
  return labels;
}
