import type { JSONContent } from '@tiptap/core';

/**
 * Reads a treaty written as Markdown or plain text — a preamble of recitals, `Article N`
 * headings with optional titles, numbered paragraphs with (a), (b) sub-items — into the
 * document model. What it cannot place is reported with its line; input with no article at
 * all is refused whole.
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
}

export class NotATreatyError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotATreatyError';
  }
}

interface Block {
  line: number;
  text: string;
}

const TITLE = /^#\s+(.+)$/;
const PREAMBLE = /^#{0,6}\s*preamble\s*:?\s*$/i;
const ARTICLE = /^#{0,6}\s*article\s+(\d+[a-z]*)\.?\s*(?:[—–:.-]\s*(.*))?$/i;
const DIVISION = /^(#{1,6}\s*)?(part|section|chapter)\s+[\divxlc]+\b/i;
const ANNEX = /^(#{1,6}\s*)?annex\b/i;
const OTHER_HEADING = /^#{1,6}\s+/;
const NUMBERED = /^(\d+)\.\s+([\s\S]*)$/;
const SUB_ITEM = /^\((?:[a-z]{1,3}|[ivxl]+|\d+)\)\s/;

/** Markdown blocks are separated by blank lines; plain text has one block per line. */
function blocks(source: string, format: SourceFormat): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const result: Block[] = [];
  let current: Block | null = null;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) {
      current = null;
      return;
    }
    const startsOwnBlock = format === 'text' || !current || OTHER_HEADING.test(line) || ARTICLE.test(line);
    if (startsOwnBlock) {
      current = { line: index + 1, text: line };
      result.push(current);
    } else if (current) {
      current.text += ` ${line}`;
    }
  });
  return result;
}

const inline = (text: string): JSONContent[] =>
  text
    .split('\n')
    .flatMap((part, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(part ? [{ type: 'text', text: part }] : [])]);

export function importTreaty(
  source: string,
  format: SourceFormat,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): ImportedTreaty {
  if (!source.trim()) throw new NotATreatyError('the text is empty');
  const warnings: ImportWarning[] = [];
  const recitals: JSONContent[] = [];
  const articles: JSONContent[] = [];
  let title: string | null = null;
  let article: JSONContent | null = null;
  let expectedArticle = 1;

  const paragraphsOf = (a: JSONContent): JSONContent[] => (a.content ??= []);
  const addParagraph = (text: string, numbered: boolean) => {
    if (!article) return;
    paragraphsOf(article).push({ type: 'paragraph', attrs: { clauseId: newId(), numbered }, content: inline(text) });
  };

  for (const block of blocks(source, format)) {
    const { line, text } = block;
    const titleMatch = TITLE.exec(text);
    if (titleMatch && title === null && !article && !ARTICLE.test(text) && !PREAMBLE.test(text)) {
      title = titleMatch[1]?.trim() ?? null;
      continue;
    }
    if (PREAMBLE.test(text)) continue;
    if (ANNEX.test(text)) {
      warnings.push({ line, message: 'annexes are not imported yet: this line and everything after it were left out' });
      break;
    }
    if (DIVISION.test(text)) {
      warnings.push({ line, message: `"${text.replace(/^#+\s*/, '')}": parts and sections are not kept yet; the articles under it are` });
      continue;
    }
    const articleMatch = ARTICLE.exec(text);
    if (articleMatch) {
      const number = articleMatch[1] ?? '';
      if (number !== String(expectedArticle)) {
        warnings.push({ line, message: `Article ${number} stands where Article ${expectedArticle} was expected; articles are numbered by position` });
      }
      expectedArticle += 1;
      const heading = articleMatch[2]?.trim();
      article = {
        type: 'article',
        attrs: { clauseId: newId(), status: 'open' },
        content: [{ type: 'articleHeading', content: heading ? inline(heading) : [] }],
      };
      articles.push(article);
      continue;
    }
    if (OTHER_HEADING.test(text)) {
      warnings.push({ line, message: `heading "${text}" is not part of a treaty's structure and was left out` });
      continue;
    }
    if (!article) {
      recitals.push({ type: 'recital', attrs: { clauseId: newId() }, content: inline(text) });
      continue;
    }
    const numbered = NUMBERED.exec(text);
    const body = paragraphsOf(article);
    const last = body[body.length - 1];
    if (numbered) {
      addParagraph(numbered[2] ?? '', true);
    } else if (SUB_ITEM.test(text) && last && last.type === 'paragraph') {
      (last.content ??= []).push({ type: 'hardBreak' }, ...inline(text));
    } else {
      addParagraph(text, false);
    }
  }

  if (articles.length === 0) {
    throw new NotATreatyError('no article found: a treaty needs at least one "Article N" heading');
  }
  return { title, doc: { type: 'doc', content: [{ type: 'preamble', content: recitals }, ...articles] }, warnings };
}
