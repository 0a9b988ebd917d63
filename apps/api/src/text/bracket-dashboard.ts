import type { ArticleOpenItems, BracketDashboard, PreambleOpenItems } from '@treaty/contracts';
import type { NegotiatedWords, TreatyText } from '@treaty/treaty-schema';

type OpenItems = Pick<ArticleOpenItems, 'brackets' | 'alternatives'>;
type Tally = (delegationId: string, kind: 'brackets' | 'options') => void;

/**
 * What is still open in a text, in the preamble and article by article, and by proposing
 * delegation: the view a secretariat plans the next informal consultations from. Recitals
 * count as a revision's bracket count counts them.
 */
export function bracketDashboard(text: TreatyText): BracketDashboard {
  const byProposer = new Map<string, { brackets: number; options: number }>();
  const tally: Tally = (delegationId, kind) => {
    const entry = byProposer.get(delegationId) ?? { brackets: 0, options: 0 };
    entry[kind] += 1;
    byProposer.set(delegationId, entry);
  };

  const recitals = text.preamble.map((recital) => collect(tally, (add) => add(recital)));
  const open = (items: OpenItems) => items.brackets.length > 0 || items.alternatives.length > 0;
  const preambleItems: PreambleOpenItems = {
    brackets: recitals.flatMap((r) => r.brackets),
    alternatives: recitals.flatMap((r) => r.alternatives),
    recitalsOpen: recitals.filter(open).length,
  };

  const articles: ArticleOpenItems[] = [];
  for (const article of text.articles) {
    const items = collect(tally, (add, items) => {
      for (const block of article.paragraphs) {
        if (block.kind === 'paragraph') {
          add(block);
          continue;
        }
        items.alternatives.push({
          id: block.id,
          options: block.options.map((o) => ({ proposers: o.proposers, text: o.paragraphs.map((p) => p.text).join('\n') })),
        });
        block.options.forEach((o) => {
          o.proposers.forEach((p) => tally(p, 'options'));
          o.paragraphs.forEach(add);
        });
      }
    });
    if (open(items)) articles.push({ clauseId: article.clauseId, number: article.number, title: article.title, status: article.status, ...items });
  }

  const all = [preambleItems, ...articles];
  return {
    totals: {
      brackets: all.reduce((n, a) => n + a.brackets.length, 0),
      alternatives: all.reduce((n, a) => n + a.alternatives.length, 0),
      articlesOpen: articles.length,
    },
    byProposer: [...byProposer].map(([delegationId, counts]) => ({ delegationId, ...counts })).sort((a, b) => b.brackets + b.options - (a.brackets + a.options)),
    preamble: open(preambleItems) ? preambleItems : null,
    articles,
  };
}

/** The open items of one clause's words, each bracket once however many runs or paragraphs it spans. */
function collect(tally: Tally, walk: (add: (words: NegotiatedWords) => void, items: OpenItems) => void): OpenItems {
  const items: OpenItems = { brackets: [], alternatives: [] };
  const seen = new Set<string>();
  walk((words) => {
    for (const set of words.phraseOptions ?? []) {
      items.alternatives.push({ id: set.id, options: set.options.map((o) => ({ proposers: o.proposers, text: o.text })) });
      set.options.forEach((o) => o.proposers.forEach((p) => tally(p, 'options')));
    }
    for (const b of words.brackets ?? []) {
      if (b.id && seen.has(b.id)) continue;
      if (b.id) seen.add(b.id);
      items.brackets.push({ id: b.id, proposers: b.proposers, reason: b.reason, note: b.note, text: b.text });
      b.proposers.forEach((p) => tally(p, 'brackets'));
    }
  }, items);
  return items;
}
