import { diffWordsWithSpace } from 'diff';
import type { TreatyText } from './treaty-text';

export type ClauseKind = 'recital' | 'article' | 'paragraph' | 'alternatives' | 'option';
export type ClauseChangeKind = 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';

export interface WordPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Where a clause stands in one revision, and its words. */
export interface ClausePlace {
  /** How a drafter cites it: "Preamble, recital 2", "Article 3", "Article 3(1)", "Article 3(2), option 1". */
  label: string;
  /** Its number (recitals, articles, numbered paragraphs), null for unnumbered ones. */
  number: number | null;
  /** The clause it sits in (the article of a paragraph, the set of an option), null at the top. */
  parentKey: string | null;
  /** 0-based position among its siblings. */
  position: number;
  /** An article's title; a paragraph's, recital's or option's words; '' for a set of alternatives. */
  text: string;
}

export interface ClauseComparison {
  /** The clause's id, or its position where an old text has none: how it is matched. */
  key: string;
  kind: ClauseKind;
  /**
   * `changed` when its words differ (it may also have moved); `moved` when only its number,
   * position or parent differs; a clause whose number changed because others came or went has moved.
   */
  change: ClauseChangeKind;
  moved: boolean;
  before: ClausePlace | null;
  after: ClausePlace | null;
  /** For `changed`: the words of `before` turned into those of `after`. */
  parts?: WordPart[];
}

export interface RevisionComparison {
  /** Every clause of either text, in the order of the later one; a removed clause follows the one it followed. */
  clauses: ClauseComparison[];
  totals: Record<ClauseChangeKind, number>;
}

interface Clause extends ClausePlace {
  key: string;
  kind: ClauseKind;
}

/** The clauses of a text in reading order, each under its parent. */
function clausesOf(text: TreatyText): Clause[] {
  const out: Clause[] = [];
  text.preamble.forEach((r, i) =>
    out.push({ key: r.clauseId ?? `recital:${i}`, kind: 'recital', label: `Preamble, recital ${i + 1}`, number: i + 1, parentKey: null, position: i, text: r.text }),
  );
  text.articles.forEach((a, ai) => {
    const articleKey = a.clauseId ?? `article:${ai}`;
    const articleLabel = `Article ${a.number}`;
    out.push({ key: articleKey, kind: 'article', label: articleLabel, number: a.number, parentKey: null, position: ai, text: a.title ?? '' });
    a.paragraphs.forEach((p, pi) => {
      const label = p.number === null ? `${articleLabel}, unnumbered paragraph ${pi + 1}` : `${articleLabel}(${p.number})`;
      if (p.kind === 'paragraph') {
        out.push({ key: p.clauseId ?? `${articleKey}/${pi}`, kind: 'paragraph', label, number: p.number, parentKey: articleKey, position: pi, text: p.text });
        return;
      }
      const setKey = p.id ?? `${articleKey}/${pi}`;
      out.push({ key: setKey, kind: 'alternatives', label: `${label}, options`, number: p.number, parentKey: articleKey, position: pi, text: '' });
      p.options.forEach((o, oi) => {
        // An option is matched by its first paragraph's id; its paragraphs are read as one wording.
        const key = o.paragraphs[0]?.clauseId ?? `${setKey}/${oi}`;
        const words = o.paragraphs.map((op) => op.text).join('\n');
        out.push({ key, kind: 'option', label: `${label}, option ${oi + 1}`, number: oi + 1, parentKey: setKey, position: oi, text: words });
      });
    });
  });
  return out;
}

const place = ({ label, number, parentKey, position, text }: Clause): ClausePlace => ({ label, number, parentKey, position, text });

function wordParts(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

function compareOne(before: Clause, after: Clause): ClauseComparison {
  const moved = before.number !== after.number || before.position !== after.position || before.parentKey !== after.parentKey;
  const common = { key: after.key, kind: after.kind, moved, before: place(before), after: place(after) };
  if (before.text !== after.text) return { ...common, change: 'changed', parts: wordParts(before.text, after.text) };
  return { ...common, change: moved ? 'moved' : 'unchanged' };
}

/**
 * Compares two revisions clause by clause, the way a comparison document is read: clauses are
 * matched by their stable ids (never by number, which follows position), and a changed clause
 * carries its word-level insertions and deletions.
 */
export function compareRevisions(from: TreatyText, to: TreatyText): RevisionComparison {
  const before = clausesOf(from);
  const after = clausesOf(to);
  const beforeByKey = new Map(before.map((c) => [c.key, c]));
  const afterKeys = new Set(after.map((c) => c.key));

  // Each removed clause is shown after the last clause before it that is still in the text.
  const removedAfter = new Map<string | null, Clause[]>();
  let anchor: string | null = null;
  for (const clause of before) {
    if (afterKeys.has(clause.key)) anchor = clause.key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), clause]);
  }
  const removed = (key: string | null): ClauseComparison[] =>
    (removedAfter.get(key) ?? []).map((c) => ({ key: c.key, kind: c.kind, change: 'removed', moved: false, before: place(c), after: null }));

  const clauses = [...removed(null)];
  for (const clause of after) {
    const old = beforeByKey.get(clause.key);
    clauses.push(old ? compareOne(old, clause) : { key: clause.key, kind: clause.kind, change: 'added', moved: false, before: null, after: place(clause) });
    if (old) clauses.push(...removed(clause.key));
  }
  const totals: Record<ClauseChangeKind, number> = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const c of clauses) totals[c.change] += 1;
  return { clauses, totals };
}
