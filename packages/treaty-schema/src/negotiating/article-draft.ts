import type { JSONContent } from '@tiptap/core';
import { ArticleBody, type BodyItem, type BodyParagraph } from './article-body';
import { markNegotiatedWords } from './bracket-marks';

/** An article as read so far: its title, where it starts, whether it is bracketed whole, its body. */
export interface ArticleDraft {
  title: string;
  line: number;
  bracketed: boolean;
  body: ArticleBody;
}

type Warnings = { line: number; message: string }[];
type Tally = { open: number; close: number };
/** Reports words that cannot be kept as structure, counting their brackets as unplaced. */
type LeaveOut = (line: number, text: string, message: string) => void;

export function addTo(total: Tally, more: Tally): void {
  total.open += more.open;
  total.close += more.close;
}

/**
 * "## Article 2bis *(general)*": numbers derive from position, so a label that is not the
 * article's position ("2bis", or "3" standing fourth) is kept at the head of its title.
 * "## [Article 3bis]": the whole article is bracketed, which `articleNode` marks on its words.
 */
export function startArticle(
  match: RegExpExecArray,
  line: number,
  expected: number,
  warnings: Warnings,
  leaveOut: LeaveOut,
): ArticleDraft {
  const [, open, label = '', close, dashed, parenthesised] = match;
  const heading = (dashed ?? parenthesised ?? '').trim();
  const renumbered = label !== String(expected);
  if (renumbered) {
    warnings.push({ line, message: `Article ${label} stands where Article ${expected} was expected; articles are numbered by position, so its title begins with "Article ${label}"` });
  }
  const bracketed = Boolean(open && close);
  if (Boolean(open) !== Boolean(close)) leaveOut(line, open ?? close ?? '', 'the heading has only one of "[" and "]": it is not read as a bracketed article');
  const labelled = renumbered ? [`Article ${label}`, heading].filter(Boolean).join(' — ') : heading;
  if (/[[\]]/.test(labelled)) leaveOut(line, labelled, 'brackets in an article title are kept as characters');
  return { title: labelled, line, bracketed, body: new ArticleBody() };
}

export function startSection(text: string, line: number, leaveOut: LeaveOut): ArticleDraft {
  const title = text.replace(/^#+\s*/, '').trim();
  if (/[[\]]/.test(title)) leaveOut(line, title, 'brackets in an article title are kept as characters');
  return { title, line, bracketed: false, body: new ArticleBody() };
}

/** The article's JSON; a bracketed article carries one bracket over all its words. */
export function articleNode(
  draft: ArticleDraft,
  items: BodyItem[],
  newId: () => string,
  warnings: Warnings,
  unplaced: Tally,
): JSONContent {
  const clauseId = newId();
  const paragraphs: BodyParagraph[] = items.flatMap((item) => (item.kind === 'paragraph' ? [item] : item.options.flat()));
  const hasWords = paragraphs.some((p) => /\S/.test(p.words.text));
  const enclosing =
    draft.bracketed && hasWords
      ? { type: 'bracket', attrs: { id: newId(), proposers: [], reason: null, note: 'the whole article is bracketed in the source' } }
      : undefined;
  if (draft.bracketed && !hasWords) {
    unplaced.open += 1;
    unplaced.close += 1;
    warnings.push({ line: draft.line, message: 'a bracketed article with no words: its brackets have nothing to hold and are dropped' });
  }
  const scope = markNegotiatedWords(paragraphs.map((p) => p.words), newId, enclosing);
  warnings.push(...scope.warnings);
  addTo(unplaced, scope.unplaced);
  let next = 0;
  const paragraphNode = (p: BodyParagraph): JSONContent => ({
    type: 'paragraph',
    attrs: { clauseId: newId(), numbered: p.numbered },
    content: scope.contents[next++] ?? [],
  });
  const body = items.map((item): JSONContent =>
    item.kind === 'paragraph'
      ? paragraphNode(item)
      : {
          type: 'alternatives',
          attrs: { id: newId() },
          content: item.options.map((option) => ({ type: 'alternative', attrs: { proposers: [] }, content: option.map(paragraphNode) })),
        },
  );
  return {
    type: 'article',
    attrs: { clauseId, status: 'open' },
    content: [{ type: 'articleHeading', content: draft.title ? [{ type: 'text', text: draft.title }] : [] }, ...body],
  };
}
