import type { DocumentSource } from '@treaty/treaty-schema';
import { create } from 'xmlbuilder2';
import { BodyWriter } from './write-body';
import { writeCitations, writeIdentification, writeProprietary, writeReferences } from './write-meta';
import { WordsWriter } from './write-words';
import { escapeForWriter } from './xml-escaping';
import { AKN_NS, DOC_NAME, DOC_TYPE, TW_NS, TW_PREFIX } from './vocabulary';

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/**
 * A draft as an Akoma Ntoso 3.0 document that validates against the OASIS schema, with
 * brackets, phrase options, whole-paragraph options, proposers and clause status in the
 * convention of docs/akoma-ntoso.md, so that `fromAkomaNtoso` reads it back exactly.
 *
 * Not pretty-printed: indentation inside `<p>` would become part of the treaty's words.
 */
export function toAkomaNtoso(source: DocumentSource): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(AKN_NS, 'akomaNtoso').att(XMLNS_NS, `xmlns:${TW_PREFIX}`, TW_NS);
  const treaty = root.ele(DOC_TYPE, { name: DOC_NAME });
  // Metadata comes first in the file but cites clauses by where the body puts them: the body
  // is written first, then the metadata into the element already in place.
  const meta = treaty.ele('meta');
  treaty.ele('preface').ele('longTitle').ele('p').ele('docTitle').txt(source.draft.title);
  const body = new BodyWriter(new WordsWriter(new Set(source.parties.map((p) => p.id))));
  body.preamble(treaty, source.text.preamble);
  body.body(treaty, source.text);

  writeIdentification(meta, source);
  writeCitations(meta, source, body.clauseEids);
  writeReferences(meta, source);
  writeProprietary(meta, source);
  escapeForWriter(root.node as unknown as Parameters<typeof escapeForWriter>[0]);
  return doc.end({ prettyPrint: false });
}
