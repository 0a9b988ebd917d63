import { footnoteDefinition, isLinkDefinition, linkLabels, plainWords } from './markdown-inline';
import { joinSource, sourceText, type SourceText } from './source-text';

export type SourceFormat = 'markdown' | 'text';

/** One block of the source: a heading, a paragraph, a list item, an Option label. */
export interface SourceBlock {
  /** The source line it starts on (1-based). */
  line: number;
  /** Leading spaces of its first line: nested list items and Options are indented. */
  indent: number;
  /** Its words, Markdown decoration taken out, lines joined by spaces. */
  words: SourceText;
  /** A Markdown bullet ("- …"): a sub-item of what precedes it. */
  bullet: boolean;
}

export interface SourceBlocks {
  blocks: SourceBlock[];
  /** Footnote definitions, with their lines: the model has no footnotes. */
  footnotes: { line: number; label: string }[];
}

const HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^(?:\d+[a-z]*\.\s|[-*+]\s|\((?:[a-z]{1,3}|[ivxl]+|\d+)\)\s)/;
const BULLET = /^[-*+]\s+/;
const OPTION_LABEL = /^[*[\s]*Option\s*(?:\d|[IVX]+\b|\()/;
const COMMENT_ONLY = /^<!--.*-->$/;

const indentOf = (raw: string) => (/^[ \t]*/.exec(raw)?.[0] ?? '').replace(/\t/g, '    ').length;

/**
 * Markdown blocks are separated by blank lines, and a list item, heading or Option label
 * also starts one (negotiating texts list "1. …" "2. …" on consecutive lines). Plain text has
 * one block per line. Link definitions are markup, not text, and are dropped; footnote
 * definitions are dropped and returned so the importer can say so.
 */
export function sourceBlocks(source: string, format: SourceFormat, startsOwnBlock: (line: string) => boolean = () => false): SourceBlocks {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const labels = format === 'markdown' ? linkLabels(lines) : new Set<string>();
  const blocks: SourceBlock[] = [];
  const footnotes: SourceBlocks['footnotes'] = [];
  let current: SourceBlock | null = null;
  let inFootnote = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || (format === 'markdown' && COMMENT_ONLY.test(line))) {
      current = null;
      inFootnote = false;
      return;
    }
    if (format === 'markdown') {
      const footnote = footnoteDefinition(raw);
      if (footnote !== null) {
        footnotes.push({ line: index + 1, label: footnote });
        current = null;
        inFootnote = true;
        return;
      }
      if (inFootnote) return;
      if (isLinkDefinition(raw)) {
        current = null;
        return;
      }
    }
    const words = format === 'markdown' ? plainWords(line.replace(BULLET, ''), labels).trim() : line;
    const startsBlock =
      format === 'text' || !current || HEADING.test(line) || LIST_ITEM.test(line) || OPTION_LABEL.test(line) || startsOwnBlock(line);
    if (startsBlock) {
      const bullet = format === 'markdown' && BULLET.test(line);
      current = { line: index + 1, indent: indentOf(raw), words: sourceText(words, index + 1), bullet };
      blocks.push(current);
    } else if (current) {
      current.words = joinSource(current.words, ' ', sourceText(words, index + 1));
    }
  });
  return { blocks, footnotes };
}
