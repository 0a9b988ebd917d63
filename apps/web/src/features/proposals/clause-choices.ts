import type { TreatyText } from '@treaty/treaty-schema';
import { clauseLabels } from '../comments/clause-labels';

export interface ClauseChoice {
  label: string;
  /** The clause's words now, as a proposal would replace them (an article's paragraphs a blank line apart). */
  text: string;
}

/** The clauses a proposal may be tabled on, in the text's order: agreed articles are locked. */
export function clauseChoices(text: TreatyText): Map<string, ClauseChoice> {
  const labels = clauseLabels(text);
  const choices = new Map<string, ClauseChoice>();
  const add = (clauseId: string | null, words: string) => {
    const label = clauseId ? labels.get(clauseId) : undefined;
    if (clauseId && label) choices.set(clauseId, { label, text: words });
  };
  text.preamble.forEach((recital) => add(recital.clauseId, recital.text));
  for (const article of text.articles) {
    if (article.status === 'agreed') continue;
    const paragraphs = article.paragraphs.flatMap((item) => (item.kind === 'paragraph' ? [item] : item.options.flatMap((o) => o.paragraphs)));
    add(article.clauseId, paragraphs.map((p) => p.text).join('\n\n'));
    paragraphs.forEach((p) => add(p.clauseId, p.text));
  }
  return choices;
}
