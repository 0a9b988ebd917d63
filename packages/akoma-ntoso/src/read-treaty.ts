import type { JSONContent } from '@tiptap/core';
import { CLAUSE_STATUSES } from '@treaty/domain';
import type { ImportWarning } from '@treaty/treaty-schema';
import { normalizeWhitespace, plainText, readWords } from './read-words';
import { ALTERNATIVE, ALTERNATIVES, TW_NS } from './vocabulary';
import { childElements, firstChild, type XmlElement } from './xml-dom';

/** Elements whose words are one line of a clause. */
const LINES = new Set(['p', 'block', 'listIntroduction', 'listWrapUp', 'heading', 'subheading', 'crossHeading', 'docTitle']);
/** Parts of an element that are not its body. */
const LABELS = new Set(['num', 'heading', 'subheading']);
/** Wrappers whose content is read as the clause's own. */
const WRAPPERS = new Set(['content', 'intro', 'wrapUp']);

export interface ReadOptions {
  /** A file we wrote: its words are exact and its clause ids are ours. */
  own: boolean;
  newId: () => string;
  source: string;
  warnings: ImportWarning[];
}

/**
 * Reads AKN structure into the treaty document model: recitals, articles, paragraphs and
 * whole-paragraph options. Exact for our own exports; for other AKN it does its best —
 * sub-items become lines of their paragraph, as the Markdown import keeps "(a) …" lines.
 */
export class TreatyReader {
  constructor(private readonly options: ReadOptions) {}

  recital(element: XmlElement): JSONContent {
    return { type: 'recital', attrs: { clauseId: this.clauseId(element) }, content: this.body(element) };
  }

  article(element: XmlElement): JSONContent {
    const heading = firstChild(element, 'heading');
    const status = this.options.own ? element.getAttributeNS(TW_NS, 'status') : null;
    const content: JSONContent[] = [{ type: 'articleHeading', content: heading ? this.title(heading) : [] }];
    for (const child of childElements(element)) {
      if (LABELS.has(child.localName)) continue;
      if (child.localName === 'hcontainer' && child.getAttribute('name') === ALTERNATIVES) {
        const alternatives = this.alternatives(child);
        if (alternatives) content.push(alternatives);
      } else if (WRAPPERS.has(child.localName)) {
        const words = this.body(child);
        if (words.length > 0) content.push(this.paragraph(child, words, false));
      } else {
        const words = this.body(child);
        if (words.length > 0 || this.options.own) content.push(this.paragraph(child, words, firstChild(child, 'num') !== null));
      }
    }
    return {
      type: 'article',
      attrs: { clauseId: this.clauseId(element), status: (CLAUSE_STATUSES as readonly (string | null)[]).includes(status) ? status : 'open' },
      content,
    };
  }

  private alternatives(element: XmlElement): JSONContent | null {
    const options = childElements(element, 'hcontainer')
      .filter((option) => option.getAttribute('name') === ALTERNATIVE)
      .map((option) => ({
        type: 'alternative',
        attrs: { proposers: (option.getAttributeNS(TW_NS, 'proposers') ?? '').split(' ').filter(Boolean) },
        content: childElements(option, 'paragraph').map((p) => this.paragraph(p, this.body(p), true)),
      }))
      .filter((option) => option.content.length > 0);
    if (options.length === 0) {
      this.warn(element, 'a set of whole-paragraph options without any option was left out');
      return null;
    }
    return { type: 'alternatives', attrs: { id: element.getAttributeNS(TW_NS, 'id') }, content: options };
  }

  private paragraph(element: XmlElement, content: JSONContent[], numbered: boolean): JSONContent {
    return { type: 'paragraph', attrs: { clauseId: this.clauseId(element), numbered }, content };
  }

  /** An element's words below its own number and heading: each block a line. */
  body(element: XmlElement): JSONContent[] {
    const lines = this.lines(element, false);
    return lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...line]);
  }

  private lines(element: XmlElement, labelled: boolean): JSONContent[][] {
    if (LINES.has(element.localName)) return [this.words(element)];
    const lines: JSONContent[][] = [];
    let label = '';
    for (const child of childElements(element)) {
      if (child.localName === 'num') {
        if (labelled) label = plainText(normalizeWhitespace(readWords(child)));
        continue;
      }
      if (!labelled && LABELS.has(child.localName)) continue;
      const inner = this.lines(child, !WRAPPERS.has(child.localName) && !LINES.has(child.localName));
      if (label && inner[0]) {
        inner[0] = [{ type: 'text', text: `${label} ` }, ...inner[0]];
        label = '';
      }
      lines.push(...inner);
    }
    if (label) lines.push([{ type: 'text', text: label }]);
    return lines.filter((line) => this.options.own || line.length > 0);
  }

  /** A heading is one line: other files' line breaks in it are layout. */
  private title(heading: XmlElement): JSONContent[] {
    const words = this.words(heading);
    if (this.options.own) return words;
    return normalizeWhitespace(words.map((node) => (node.type === 'hardBreak' ? { type: 'text', text: ' ' } : node)));
  }

  /** Words of one block: exact in our files, with layout white space folded in others. */
  words(element: XmlElement): JSONContent[] {
    const words = readWords(element);
    return this.options.own ? words : normalizeWhitespace(words);
  }

  /**
   * Our clause ids come back from GUID (or `tw:clauseId` for a repeated one); a clause without
   * one stays without. Other files' GUIDs are not our ids: their clauses get new ones.
   */
  private clauseId(element: XmlElement): string | null {
    if (!this.options.own) return this.options.newId();
    return element.getAttributeNS(TW_NS, 'clauseId') ?? element.getAttribute('GUID');
  }

  warn(element: XmlElement | null, message: string): void {
    this.options.warnings.push({ line: element ? lineOf(this.options.source, element) : 0, message });
  }
}

/** The line an element starts on, found by its eId; 0 when it has none. */
function lineOf(source: string, element: XmlElement): number {
  const eId = element.getAttribute('eId');
  const at = eId ? source.indexOf(`eId="${eId}"`) : -1;
  return at < 0 ? 0 : source.slice(0, at).split('\n').length;
}
