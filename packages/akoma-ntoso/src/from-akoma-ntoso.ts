import type { JSONContent } from '@tiptap/core';
import { NotATreatyError, type ImportWarning, type ImportedTreaty } from '@treaty/treaty-schema';
import { normalizeWhitespace, plainText, readWords } from './read-words';
import { TreatyReader } from './read-treaty';
import { AKN_NS, TW_NS } from './vocabulary';
import { childElements, descendants, firstChild, parseXml, tooDeep, type XmlElement } from './xml-dom';

/** Not the text of this document: metadata, quoted text of other acts, annexes. */
const ASIDE = new Set(['meta', 'quotedStructure', 'embeddedStructure', 'quotedText', 'mod', 'attachments', 'authorialNote', 'conclusions']);
/** Groupings of articles the treaty model does not have (yet). */
const DIVISIONS = new Set(['book', 'part', 'title', 'chapter', 'division', 'subdivision', 'subpart', 'subtitle', 'subchapter', 'tome']);
const RECITALS = new Set(['recital', 'citation', 'formula']);

const named = (names: Set<string> | string) => (e: XmlElement) => (typeof names === 'string' ? e.localName === names : names.has(e.localName));
const aside = named(ASIDE);

/**
 * Reads an Akoma Ntoso 3.0 document into the treaty document model. Our own exports come back
 * exactly (brackets, options, proposers, statuses, clause ids); other AKN acts and bills give
 * their preamble and articles, best effort, with a warning for each thing left out. Anything
 * that is not XML, or not Akoma Ntoso, or has no article, is refused with the reason.
 */
export function fromAkomaNtoso(xml: string, newId: () => string = () => globalThis.crypto.randomUUID()): ImportedTreaty {
  try {
    return read(parseXml(xml), xml, newId);
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    throw error;
  }
}

function read(root: XmlElement, xml: string, newId: () => string): ImportedTreaty {
  if (root.localName !== 'akomaNtoso' || root.namespaceURI !== AKN_NS) {
    throw new NotATreatyError(`not Akoma Ntoso 3.0: the root element is <${root.localName}> in namespace ${root.namespaceURI ?? '(none)'}, not <akomaNtoso> in ${AKN_NS}`);
  }
  const document = childElements(root)[0];
  if (!document) throw new NotATreatyError('the Akoma Ntoso file holds no document');

  const meta = firstChild(document, 'meta');
  const own = meta !== null && descendants(meta, (e) => e.namespaceURI === TW_NS && e.localName === 'document').length > 0;
  const warnings: ImportWarning[] = [];
  const reader = new TreatyReader({ own, newId, source: xml, warnings });

  // Search the whole file: a collection's documents sit in <components>, beside it.
  const articles = articleElements(root, document, reader);
  const preamble = descendants(root, named('preamble'), aside)[0];
  const recitals = preamble ? recitalElements(preamble) : [];
  const doc: JSONContent = {
    type: 'doc',
    content: [{ type: 'preamble', content: recitals.map((r) => reader.recital(r)) }, ...articles.map((a) => reader.article(a))],
  };
  if (!own) warnSkipped(root, reader);
  return { title: titleOf(document), doc, warnings };
}

/** Articles; a document without any (US acts) has its sections read as articles. */
function articleElements(root: XmlElement, document: XmlElement, reader: TreatyReader): XmlElement[] {
  const articles = descendants(root, named('article'), aside);
  if (articles.length > 0) return articles;
  const sections = descendants(root, named('section'), aside);
  if (sections.length > 0) {
    reader.warn(sections[0]!, `the document has no articles: its ${sections.length} sections were read as articles`);
    return sections;
  }
  throw new NotATreatyError(`no article found in the Akoma Ntoso <${document.localName}>: a treaty needs at least one article`);
}

/** Recitals of our files; in others, each citation, recital or formula — or else each paragraph — of the preamble. */
function recitalElements(preamble: XmlElement): XmlElement[] {
  const marked = descendants(preamble, named(RECITALS), aside);
  return marked.length > 0 ? marked : descendants(preamble, named('p'), aside);
}

function titleOf(document: XmlElement): string | null {
  const title = descendants(document, named('docTitle'), aside)[0] ?? descendants(document, named('shortTitle'), aside)[0];
  const text = title ? plainText(normalizeWhitespace(readWords(title))).replace(/\n/g, ' ') : '';
  if (text) return text;
  const meta = firstChild(document, 'meta');
  const name = meta ? descendants(meta, named('FRBRname'))[0]?.getAttribute('value')?.trim() : null;
  return name || null;
}

/** Says what of another system's file the treaty model does not keep. */
function warnSkipped(root: XmlElement, reader: TreatyReader): void {
  const kinds = new Map<string, XmlElement>();
  for (const division of descendants(root, named(DIVISIONS), (e) => aside(e) || e.localName === 'article')) {
    if (!kinds.has(division.localName)) kinds.set(division.localName, division);
  }
  for (const [kind, first] of kinds) reader.warn(first, `<${kind}> groupings are not kept; the articles in them are`);
  const annexes = descendants(root, named('attachments'), (e) => e.localName === 'meta')[0];
  if (annexes) reader.warn(annexes, 'annexes (attachments) are not imported yet and were left out');
}
