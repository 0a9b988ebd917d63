import { NotATreatyError } from '@treaty/treaty-schema';
import { XMLValidator } from 'fast-xml-parser';
import { create } from 'xmlbuilder2';

/** The little of the DOM that reading a file needs (xmlbuilder2 parses into a DOM). */
export interface XmlNode {
  nodeType: number;
  childNodes: ArrayLike<XmlNode>;
  textContent: string | null;
}
export interface XmlElement extends XmlNode {
  localName: string;
  namespaceURI: string | null;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string | null, localName: string): string | null;
}
interface XmlDocument extends XmlNode {
  documentElement: XmlElement | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export const isElement = (node: XmlNode): node is XmlElement => node.nodeType === ELEMENT;
export const isText = (node: XmlNode): boolean => node.nodeType === TEXT || node.nodeType === CDATA;
export const textOf = (node: XmlNode): string => (isText(node) ? (node.textContent ?? '') : '');

export function childElements(element: XmlNode, name?: string): XmlElement[] {
  return Array.from(element.childNodes).filter((n): n is XmlElement => isElement(n) && (name === undefined || n.localName === name));
}

export function firstChild(element: XmlNode, name: string): XmlElement | null {
  return childElements(element, name)[0] ?? null;
}

/** Elements below `element` in document order, not looking inside those `prune` says to skip. */
export function descendants(element: XmlNode, match: (e: XmlElement) => boolean, prune: (e: XmlElement) => boolean = () => false): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlNode) => {
    for (const child of childElements(node)) {
      if (prune(child)) continue;
      if (match(child)) found.push(child);
      else walk(child);
    }
  };
  walk(element);
  return found;
}

/**
 * xmlbuilder2 4.0.3 decodes entity references twice: `&amp;#65;` (the words "&#65;") comes
 * out as "A". Written as the character reference `&#38;`, an ampersand is decoded once.
 * CDATA sections are not decoded at all, so they are left as they are.
 */
function decodedOnce(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replaceAll('&amp;', '&#38;')))
    .join('');
}

/**
 * Parses a file's text with xmlbuilder2. A DTD is refused before parsing: Akoma Ntoso needs
 * none, and refusing it rules out entity expansion (billion laughs) and external entities
 * whatever the parser would do with them.
 */
export function parseXml(xml: string): XmlElement {
  const text = xml.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new NotATreatyError('the file is empty');
  if (!text.trimStart().startsWith('<')) throw new NotATreatyError('not XML: it does not start with "<"');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new NotATreatyError('the XML declares a DTD or entities, which Akoma Ntoso never needs and which are refused');
  }
  // xmlbuilder2's parser is lenient (mismatched closing tags, a file cut off between tags pass):
  // a file is checked to be well-formed first, so a damaged one is refused, not half-read.
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    throw new NotATreatyError(`not well-formed XML at line ${wellFormed.err.line}, column ${wellFormed.err.col}: ${wellFormed.err.msg}`);
  }
  let document: XmlDocument;
  try {
    // Whitespace between inline elements is part of the words: keep it.
    document = create({ skipWhitespaceOnlyText: false }, decodedOnce(text)).doc().node as unknown as XmlDocument;
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep();
    throw new NotATreatyError(`not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  const root = document.documentElement;
  if (!root) throw new NotATreatyError('not XML: no root element');
  return root;
}

/** Elements nested thousands deep exhaust the stack of a reader: no treaty is written so. */
export const tooDeep = (): NotATreatyError => new NotATreatyError('the XML is nested too deeply to be a treaty');
