import * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';

/*
 * Walking the treaty's Yjs document, for the server's own reading and changing of it (text
 * operations, the edit rules, comment anchors): one set of helpers, so they agree on shape.
 */

/** The articles, in order (their number is their index + 1). */
export const articlesOf = (doc: Y.Doc): Y.XmlElement[] =>
  doc
    .getXmlFragment(YDOC_FIELD)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'article');

/** Every element below `node`, depth first. */
export function elementsOf(node: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return node.toArray().flatMap((child) => (child instanceof Y.XmlElement ? [child, ...elementsOf(child)] : []));
}

/** Every text below `node`, in document order. */
export function textsOf(node: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return node.toArray().flatMap((child) => {
    if (child instanceof Y.XmlText) return [child];
    return child instanceof Y.XmlElement ? textsOf(child) : [];
  });
}

/*
 * y-tiptap stores a mark that may overlap itself under `<name>--<hash of its attributes>`:
 * these recognise the bracket and phrase-option marks whatever their attributes.
 */
export const isBracketKey = (key: string): boolean => key === 'bracket' || key.startsWith('bracket--');
export const isOptionKey = (key: string): boolean => key === 'option' || key.startsWith('option--');
