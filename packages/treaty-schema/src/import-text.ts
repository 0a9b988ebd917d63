import type { JSONContent } from '@tiptap/core';
import { articleNode, addTo, startArticle, startSection, type ArticleDraft } from './negotiating/article-draft';
import { markNegotiatedWords } from './negotiating/bracket-marks';
import { optionLabel } from './negotiating/option-blocks';
import { sourceBlocks } from './negotiating/source-blocks';
import type { SourceText } from './negotiating/source-text';

/**
 * Reads a treaty written as Markdown or plain text — a preamble of recitals, `Article N`
 * headings with optional titles, numbered paragraphs with (a), (b) sub-items — into the
 * document model. Negotiating texts keep their structure: `[brackets]` become bracket marks,
 * `[a][b]` phrase options, "Option 1 / Option 2" blocks alternatives (see
 * docs/negotiating-texts.md). What it cannot place is reported with its source line; input
 * with no article at all is refused whole.
 */
export type SourceFormat = 'markdown' | 'text';

export interface ImportWarning {
  line: number;
  message: string;
}

export interface ImportedTreaty {
  title: string | null;
  doc: JSONContent;
  warnings: ImportWarning[];
  /**
   * `[` and `]` of the source that became no structure — kept as characters, or left out with
   * the words that held them — each reported among the warnings.
   */
  unplacedBrackets?: { open: number; close: number };
}

export class NotATreatyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotATreatyError';
  }
}

const TITLE = /^#{1,6}\s+(.+)$/;
const PREAMBLE = /^#{0,6}\s*preamble\s*:?\s*$/i;
const ARTICLE =
  /^#{0,6}\s*(\[)?\s*article\s+(\d+[a-z]*|\d+\s(?:bis|ter|quater|quinquies|sexies|septies|octies))\s*(\])?\.?\s*(?:[—–:.-]\s*(.*)|\((.*)\))?\s*$/i;
/** A decision has no articles: its sections "I. ADOPTION …" are read as articles. */
const SECTION = /^#{1,6}\s+([IVXLC]+)\.\s+(.+)$/;
const DIVISION = /^(#{1,6}\s*)?(part|section|chapter)\s+[\divxlc]+\b/i;
const ANNEX = /^(#{1,6}\s*)?annex\b/i;
const OTHER_HEADING = /^#{1,6}\s+/;

const count = (text: string, char: string) => text.split(char).length - 1;

export function importTreaty(
  source: string,
  format: SourceFormat,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): ImportedTreaty {
  if (!source.trim()) throw new NotATreatyError('the text is empty');
  const { blocks, footnotes } = sourceBlocks(source, format, (line) => ARTICLE.test(line));
  const warnings: ImportWarning[] = footnotes.map(({ line, label }) => ({
    line,
    message: `footnote [^${label}] was left out: the document has no footnotes (its marker in the text was dropped too)`,
  }));
  const unplaced = { open: 0, close: 0 };
  /** Words that cannot be kept: their brackets count as unplaced, and the warning says so. */
  const leaveOut = (line: number, text: string, message: string) => {
    const open = count(text, '[');
    const close = count(text, ']');
    unplaced.open += open;
    unplaced.close += close;
    warnings.push({ line, message: open + close > 0 ? `${message} (with its ${open} "[" and ${close} "]")` : message });
  };

  const texts = blocks.map((b) => b.words.text);
  const articleOf = (text: string) => ARTICLE.exec(text) ?? null;
  const sectionsAreArticles = format === 'markdown' && !texts.some((t) => ARTICLE.test(t)) && texts.some((t) => SECTION.test(t));
  const preambleAt = texts.findIndex((t) => PREAMBLE.test(t));
  // A title heading before the first article: what stands above it is an editorial note.
  const structural = (t: string) => ARTICLE.test(t) || PREAMBLE.test(t) || DIVISION.test(t) || ANNEX.test(t) || (sectionsAreArticles && SECTION.test(t));
  const firstArticleAt = texts.findIndex((t) => ARTICLE.test(t) || (sectionsAreArticles && SECTION.test(t)));
  const titleAt = format === 'markdown' ? texts.findIndex((t, i) => OTHER_HEADING.test(t) && !structural(t) && (firstArticleAt < 0 || i < firstArticleAt)) : -1;
  if (sectionsAreArticles) {
    const line = blocks[texts.findIndex((t) => SECTION.test(t))]?.line ?? 1;
    warnings.push({ line, message: 'no "Article N" headings: the numbered sections (I., II., …) are read as articles, each titled as in the source' });
  }

  let title: string | null = null;
  const recitals: { words: SourceText; line: number }[] = [];
  const articles: ArticleDraft[] = [];
  let article: ArticleDraft | null = null;
  let expectedArticle = 1;

  for (const [index, block] of blocks.entries()) {
    const { line } = block;
    const text = block.words.text;
    const articleMatch = articleOf(text);
    const sectionMatch = sectionsAreArticles ? SECTION.exec(text) : null;
    const titleMatch = TITLE.exec(text);
    if (titleMatch && title === null && !article && !articleMatch && !sectionMatch && !PREAMBLE.test(text) && (preambleAt < 0 || index < preambleAt)) {
      title = titleMatch[1]?.trim() ?? null;
      if (title && /[[\]]/.test(title)) leaveOut(line, title, 'brackets in the title are kept as characters');
      continue;
    }
    if (PREAMBLE.test(text)) continue;
    if (!article && ((preambleAt >= 0 && index < preambleAt) || index < titleAt)) {
      leaveOut(line, text, 'text before the preamble (an editorial note, not part of the treaty) was left out');
      continue;
    }
    if (ANNEX.test(text)) {
      const rest = blocks.slice(index).map((b) => b.words.text).join('\n');
      leaveOut(line, rest, 'annexes are not imported yet: this line and everything after it were left out');
      break;
    }
    if (DIVISION.test(text)) {
      leaveOut(line, text, `"${text.replace(/^#+\s*/, '')}": parts and sections are not kept yet (its articles are)`);
      continue;
    }
    if (articleMatch || sectionMatch) {
      article = articleMatch ? startArticle(articleMatch, line, expectedArticle, warnings, leaveOut) : startSection(text, line, leaveOut);
      expectedArticle += 1;
      articles.push(article);
      continue;
    }
    if (OTHER_HEADING.test(text)) {
      leaveOut(line, text, `heading "${text}" is not part of a treaty's structure and was left out`);
      continue;
    }
    if (!article) {
      if (optionLabel(block)) {
        warnings.push({ line, message: 'an Option block in the preamble cannot be represented (recitals have no alternatives): it is kept as a recital, with its label' });
      }
      recitals.push({ words: block.words, line });
      continue;
    }
    article.body.add(block);
  }

  if (articles.length === 0) {
    throw new NotATreatyError('no article found: a treaty needs at least one "Article N" heading');
  }
  const preamble = markNegotiatedWords(recitals.map((r) => r.words), newId);
  warnings.push(...preamble.warnings);
  addTo(unplaced, preamble.unplaced);
  const content: JSONContent[] = [
    {
      type: 'preamble',
      content: recitals.map((_, i) => ({ type: 'recital', attrs: { clauseId: newId() }, content: preamble.contents[i] ?? [] })),
    },
  ];
  for (const draft of articles) {
    const items = draft.body.finish();
    warnings.push(...draft.body.warnings);
    content.push(articleNode(draft, items, newId, warnings, unplaced));
  }
  warnings.sort((a, b) => a.line - b.line);
  return { title, doc: { type: 'doc', content }, warnings, unplacedBrackets: unplaced };
}
