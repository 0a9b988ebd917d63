import type { ArticleOpenItems, BracketDashboard } from '@treaty/contracts';
import type { ParagraphText, TreatyText } from '@treaty/treaty-schema';

/**
 * What is still open in a text, article by article and by proposing delegation: the view a
 * secretariat plans the next informal consultations from.
 */
export function bracketDashboard(text: TreatyText): BracketDashboard {
  const articles: ArticleOpenItems[] = [];
  const byProposer = new Map<string, { brackets: number; options: number }>();
  const tally = (delegationId: string, kind: 'brackets' | 'options') => {
    const entry = byProposer.get(delegationId) ?? { brackets: 0, options: 0 };
    entry[kind] += 1;
    byProposer.set(delegationId, entry);
  };

  for (const article of text.articles) {
    const open: ArticleOpenItems = { clauseId: article.clauseId, number: article.number, title: article.title, status: article.status, brackets: [], alternatives: [] };
    const seen = new Set<string>();
    const addPhraseOptions = (paragraph: ParagraphText) => {
      for (const set of paragraph.phraseOptions ?? []) {
        open.alternatives.push({ id: set.id, options: set.options.map((o) => ({ proposers: o.proposers, text: o.text })) });
        set.options.forEach((o) => o.proposers.forEach((p) => tally(p, 'options')));
      }
    };
    const addBrackets = (paragraph: ParagraphText) => {
      addPhraseOptions(paragraph);
      for (const b of paragraph.brackets) {
        // One bracket may span runs or paragraphs: it is counted once.
        if (b.id && seen.has(b.id)) continue;
        if (b.id) seen.add(b.id);
        open.brackets.push({ id: b.id, proposers: b.proposers, reason: b.reason, note: b.note, text: b.text });
        b.proposers.forEach((p) => tally(p, 'brackets'));
      }
    };
    for (const block of article.paragraphs) {
      if (block.kind === 'paragraph') {
        addBrackets(block);
        continue;
      }
      open.alternatives.push({
        id: block.id,
        options: block.options.map((o) => ({ proposers: o.proposers, text: o.paragraphs.map((p) => p.text).join('\n') })),
      });
      block.options.forEach((o) => {
        o.proposers.forEach((p) => tally(p, 'options'));
        o.paragraphs.forEach(addBrackets);
      });
    }
    if (open.brackets.length > 0 || open.alternatives.length > 0) articles.push(open);
  }

  return {
    totals: {
      brackets: articles.reduce((n, a) => n + a.brackets.length, 0),
      alternatives: articles.reduce((n, a) => n + a.alternatives.length, 0),
      articlesOpen: articles.length,
    },
    byProposer: [...byProposer].map(([delegationId, counts]) => ({ delegationId, ...counts })).sort((a, b) => b.brackets + b.options - (a.brackets + a.options)),
    articles,
  };
}
