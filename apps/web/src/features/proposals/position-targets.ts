import type { TreatyText } from '@treaty/treaty-schema';
import { clauseLabels } from '../comments/clause-labels';

/** What a position can be stated on: a clause, a bracket, or a set of options, labelled as cited. */
export interface PositionTarget {
  type: 'clause' | 'bracket' | 'alternative';
  id: string;
  label: string;
}

/** Every target in the text's order: each clause, then the brackets and options inside it. */
export function positionTargets(text: TreatyText): PositionTarget[] {
  const labels = clauseLabels(text);
  const targets: PositionTarget[] = [];
  const clause = (clauseId: string | null) => {
    const label = clauseId ? labels.get(clauseId) : undefined;
    if (clauseId && label) targets.push({ type: 'clause', id: clauseId, label });
  };
  const brackets = (where: string, items: { id: string | null; text: string }[]) => {
    for (const b of items) if (b.id) targets.push({ type: 'bracket', id: b.id, label: `${where}: [${b.text.slice(0, 40)}]` });
  };
  text.preamble.forEach((recital) => clause(recital.clauseId));
  for (const article of text.articles) {
    clause(article.clauseId);
    for (const item of article.paragraphs) {
      if (item.kind === 'paragraph') {
        clause(item.clauseId);
        brackets(labels.get(item.clauseId ?? '') ?? `Article ${article.number}`, item.brackets);
        continue;
      }
      if (item.id) targets.push({ type: 'alternative', id: item.id, label: `Article ${article.number}(${item.number ?? '–'}): the options` });
      item.options.forEach((o) => o.paragraphs.forEach((p) => brackets(labels.get(p.clauseId ?? '') ?? `Article ${article.number}`, p.brackets)));
    }
  }
  return targets;
}
