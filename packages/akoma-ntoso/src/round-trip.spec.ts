import { toTreatyText, treatyToYDoc, yDocToTreaty, type DocumentSource } from '@treaty/treaty-schema';
import { fromAkomaNtoso } from './from-akoma-ntoso';
import { NEGOTIATING_DOC, NEGOTIATING_SOURCE, fixtureTreaties, sourceOf } from './sample-sources.testing';
import { toAkomaNtoso } from './to-akoma-ntoso';

/** Export, import: the same text, brackets, options, statuses and clause ids. */
function roundTrip(source: DocumentSource) {
  const imported = fromAkomaNtoso(toAkomaNtoso(source));
  return { imported, text: toTreatyText(imported.doc) };
}

describe('Akoma Ntoso round trip: toTreatyText(fromAkomaNtoso(toAkomaNtoso(source)).doc) equals source.text', () => {
  it.each(fixtureTreaties().map((t) => [t.name, t.source] as const))('%s', (_name, source) => {
    const { imported, text } = roundTrip(source);
    expect(text).toEqual(source.text);
    expect(imported.title).toBe(source.draft.title);
    expect(imported.warnings).toEqual([]);
  });

  it('the negotiating text: nested and overlapping brackets, phrase options, alternatives, statuses, bracketed recitals', () => {
    const { imported, text } = roundTrip(NEGOTIATING_SOURCE);
    expect(text).toEqual(NEGOTIATING_SOURCE.text);
    expect(imported.warnings).toEqual([]);
    // The source really holds what the test claims to carry across.
    const article2 = NEGOTIATING_SOURCE.text.articles[1]!;
    expect(article2.paragraphs[0]).toMatchObject({ brackets: [{ id: 'outer' }, { id: 'low' }, { id: 'high' }, { id: 'in-option' }] });
    expect(article2.paragraphs[2]).toMatchObject({ kind: 'alternatives', id: 'alts-1' });
    expect(NEGOTIATING_SOURCE.text.preamble[1]).toMatchObject({ brackets: [{ id: 'b-rec', reason: 'delete', note: 'Too strong' }] });
  });

  it('the imported document is a valid treaty document, stored (Yjs) as the original is', () => {
    const { imported } = roundTrip(NEGOTIATING_SOURCE);
    // As the server stores a document and reads it back. (It drops a bracket's mark on a line
    // break, the original's and the import's alike.)
    const stored = (doc: typeof NEGOTIATING_DOC) => toTreatyText(yDocToTreaty(treatyToYDoc(doc)));
    expect(stored(imported.doc)).toEqual(stored(NEGOTIATING_DOC));
  });

  it('keeps a clause id that appears twice, and clauses without ids stay without', () => {
    const doubled = JSON.parse(JSON.stringify(NEGOTIATING_DOC).replace(/"p-2-4"/g, '"p-2-1"'));
    const source = sourceOf(toTreatyText(doubled));
    const { text } = roundTrip(source);
    expect(text).toEqual(source.text);
    expect(text.articles[3]!.clauseId).toBeNull();
  });

  it('keeps markup characters, quotes and line breaks in words and notes', () => {
    const note = 'Too "strong" & <vague> &amp; &#65;\nsee Art. 4';
    const doc = JSON.parse(JSON.stringify(NEGOTIATING_DOC).replace('Too strong', JSON.stringify(note).slice(1, -1)));
    const source = sourceOf(toTreatyText(doc));
    expect(roundTrip(source).text).toEqual(source.text);
    expect(source.text.preamble[1]?.brackets?.[0]?.note).toBe(note);
  });
});
