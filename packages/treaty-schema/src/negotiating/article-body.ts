import { optionLabel } from './option-blocks';
import type { SourceBlock } from './source-blocks';
import { joinSource, prependSource, sliceSource, type SourceText } from './source-text';

export interface BodyParagraph {
  kind: 'paragraph';
  words: SourceText;
  numbered: boolean;
}

export interface BodyAlternatives {
  kind: 'alternatives';
  options: BodyParagraph[][];
}

export type BodyItem = BodyParagraph | BodyAlternatives;

interface OpenSet {
  level: number;
  line: number;
  labels: { label: string; words: SourceText }[];
  options: BodyParagraph[][];
}

const NUMBERED = /^(\d+)\.\s+([\s\S]*)$/;
const NESTED_NUMBER = /^\d+[a-z]*\.\s/;
const SUB_ITEM = /^\((?:[a-z]{1,3}|[ivxl]+|\d+)\)\s/;
// A list nested under a paragraph is indented; Markdown needs at least two spaces for that.
const NESTED = 2;

/**
 * How deep a block is nested: transcribers indent nested lists by three, four or five spaces
 * more or less at random, so indents are read in steps of four with a space of play.
 */
const levelOf = (indent: number) => (indent < NESTED ? 0 : Math.floor((indent + 2) / 4));

/**
 * The paragraphs of one article, read block by block. "Option N" labels at one indentation
 * open a set of alternatives that lasts until a label "Option 1" starts another set, a block
 * less nested than the labels, or the end of the article; each option holds the blocks
 * after its label. What this cannot represent keeps its words and is reported.
 */
export class ArticleBody {
  readonly items: BodyItem[] = [];
  readonly warnings: { line: number; message: string }[] = [];
  private set: OpenSet | null = null;

  add(block: SourceBlock): void {
    const numberedLabel = this.labelAfterNumber(block);
    const labelled = numberedLabel ?? block;
    const label = optionLabel(labelled);
    const level = levelOf(labelled.indent);
    if (label && this.set && level > this.set.level) {
      this.warnings.push({ line: block.line, message: `"Option ${label.label}" inside another option cannot be represented (options do not nest): its words are kept with its label` });
    } else if (label) {
      const set = this.set && !label.first ? this.set : this.startSet(block.line, level);
      set.labels.push({ label: label.label, words: labelled.words });
      set.options.push(label.rest.text ? [{ kind: 'paragraph', words: label.rest, numbered: false }] : []);
      return;
    } else if (this.set && level < this.set.level) {
      this.closeSet();
    }
    this.addParagraph(block);
  }

  /**
   * "5. **Option 1** [words]" followed by indented "**Option 2** …": the numbered paragraph is
   * the first option, and the set sits at the level of the options under it.
   */
  private labelAfterNumber(block: SourceBlock): SourceBlock | null {
    const numbered = NUMBERED.exec(block.words.text);
    if (!numbered) return null;
    const words = sliceSource(block.words, block.words.text.length - (numbered[2] ?? '').length);
    const candidate = { ...block, indent: block.indent + 4, words };
    return optionLabel(candidate) ? candidate : null;
  }

  /** Closes an Option set still open at the end of the article. */
  finish(): BodyItem[] {
    this.closeSet();
    return this.items;
  }

  private addParagraph(block: SourceBlock): void {
    const target: BodyItem[] = this.set?.options.at(-1) ?? this.items;
    const last = target[target.length - 1];
    const text = block.words.text;
    const subItem = block.bullet || SUB_ITEM.test(text) || (block.indent >= NESTED && NESTED_NUMBER.test(text));
    if (subItem && last?.kind === 'paragraph') {
      last.words = joinSource(last.words, '\n', block.words);
      return;
    }
    const numbered = !this.set && !subItem ? NUMBERED.exec(text) : null;
    if (numbered) {
      const words = numbered[2] ?? '';
      target.push({ kind: 'paragraph', words: sliceSource(block.words, text.length - words.length), numbered: true });
      return;
    }
    target.push({ kind: 'paragraph', words: block.words, numbered: false });
  }

  private startSet(line: number, level: number): OpenSet {
    this.closeSet();
    this.set = { level, line, labels: [], options: [] };
    return this.set;
  }

  private closeSet(): void {
    const set = this.set;
    this.set = null;
    if (!set) return;
    if (set.options.length >= 2) {
      this.items.push({ kind: 'alternatives', options: set.options.map((o) => (o.length > 0 ? o : [{ kind: 'paragraph', words: { text: '', starts: [{ offset: 0, line: set.line }] }, numbered: false }])) });
      return;
    }
    const [only] = set.labels;
    this.warnings.push({ line: set.line, message: `"Option ${only?.label ?? ''}" stands alone (no other option follows at its level): its words are kept as paragraphs, with the label` });
    const [first, ...others] = set.options[0] ?? [];
    const labelled = first && only ? { ...first, words: prependSource(`Option ${only.label}: `, first.words) } : undefined;
    this.items.push(...(labelled ? [labelled, ...others] : only ? [{ kind: 'paragraph' as const, words: only.words, numbered: false }] : []));
  }
}
