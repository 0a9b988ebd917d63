import * as Y from 'yjs';
import { importTreaty } from './import-text';
import { toTreatyText } from './read-model';
import { articlesOf } from './ydoc-walk';
import { previewReplacement, replaceText } from './text-replacement';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

const FIRST = `## Preamble

Recalling the Convention,

### Article 1 — Objective

1. Parties shall cooperate on safety.

2. Parties shall report.
`;

const SECOND = `## Preamble

Recalling the Convention and its Protocol,

### Article 1 — Objective

1. Parties shall cooperate closely on safety.

2. Parties shall report.

### Article 2 — Finance

1. Developed countries shall provide finance.
`;

describe('replacing the live text with a text received as a file', () => {
  it('holds the new text, keeping clause ids by position and fresh ones for new clauses', () => {
    const doc = treatyToYDoc(importTreaty(FIRST, 'markdown').doc);
    const before = toTreatyText(yDocToTreaty(doc));
    replaceText(doc, importTreaty(SECOND, 'markdown').doc);
    const after = toTreatyText(yDocToTreaty(doc));

    expect(after.preamble[0]).toMatchObject({ clauseId: before.preamble[0]?.clauseId, text: 'Recalling the Convention and its Protocol,' });
    expect(after.articles.map((a) => a.paragraphs.map((p) => p.kind === 'paragraph' && p.text))).toEqual([
      ['Parties shall cooperate closely on safety.', 'Parties shall report.'],
      ['Developed countries shall provide finance.'],
    ]);
    expect(after.articles[0]?.clauseId).toBe(before.articles[0]?.clauseId);
    expect(after.articles[0]?.paragraphs.map((p) => p.kind === 'paragraph' && p.clauseId)).toEqual(before.articles[0]?.paragraphs.map((p) => p.kind === 'paragraph' && p.clauseId));
    expect(after.articles[1]?.clauseId).toEqual(expect.any(String));
    expect(after.articles[1]?.clauseId).not.toBe(before.articles[0]?.clauseId);
  });

  it('changes only what differs: an anchor in untouched words still resolves to them', () => {
    const doc = treatyToYDoc(importTreaty(FIRST, 'markdown').doc);
    const secondParagraph = articlesOf(doc)[0]?.get(2) as Y.XmlElement; // after the heading and paragraph 1
    const words = secondParagraph.get(0) as Y.XmlText;
    const anchor = Y.createRelativePositionFromTypeIndex(words, 'Parties shall '.length);
    replaceText(doc, importTreaty(SECOND, 'markdown').doc);
    const resolved = Y.createAbsolutePositionFromRelativePosition(anchor, doc);
    expect(resolved?.type).toBe(words);
    expect(words.toString().slice(resolved?.index ?? 0)).toBe('report.');
  });
});

describe('a received text and the agreed articles', () => {
  const agreeFirstArticle = (doc: Y.Doc) => articlesOf(doc)[0]?.setAttribute('status', 'agreed');

  it('keeps an agreed article agreed when the received text keeps its words', () => {
    const doc = treatyToYDoc(importTreaty(FIRST, 'markdown').doc);
    agreeFirstArticle(doc);
    const unchangedFirst = SECOND.replace('cooperate closely on', 'cooperate on');
    replaceText(doc, importTreaty(unchangedFirst, 'markdown').doc);
    const after = toTreatyText(yDocToTreaty(doc));
    expect(after.articles.map((a) => a.status)).toEqual(['agreed', 'open']);
    expect(after.articles).toHaveLength(2);
  });

  it('refuses, changing nothing, a received text that rewords or drops an agreed article', () => {
    const doc = treatyToYDoc(importTreaty(SECOND, 'markdown').doc);
    agreeFirstArticle(doc);
    const before = Y.encodeStateAsUpdate(doc);
    const reworded = SECOND.replace('cooperate closely on', 'endeavour to cooperate on');
    expect(() => replaceText(doc, importTreaty(reworded, 'markdown').doc)).toThrow(
      expect.objectContaining({ code: 'conflict', message: 'Article 1 is agreed and locked, and the received text changes its words: reopen it first' }),
    );
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    articlesOf(doc)[1]?.setAttribute('status', 'agreed');
    expect(() => replaceText(doc, importTreaty(FIRST.replace('Objective', 'Purpose'), 'markdown').doc)).toThrow(/^Articles 1, 2 are agreed and locked.*reopen them first$/);
  });
});

describe('previewing a received text', () => {
  it('compares the live text with what it would become, changing nothing, and says when it would be refused', () => {
    const doc = treatyToYDoc(importTreaty(FIRST, 'markdown').doc);
    const before = Y.encodeStateAsUpdate(doc);
    const preview = previewReplacement(doc, importTreaty(SECOND, 'markdown').doc);
    expect(preview.refusal).toBeNull();
    expect(preview.totals).toMatchObject({ changed: 2, added: 2 });
    expect(preview.clauses.find((c) => c.change === 'changed' && c.kind === 'paragraph')?.parts).toContainEqual({ op: 'insert', text: 'closely ' });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);

    articlesOf(doc)[0]?.setAttribute('status', 'agreed');
    expect(previewReplacement(doc, importTreaty(SECOND, 'markdown').doc).refusal).toBe('Article 1 is agreed and locked, and the received text changes its words: reopen it first');
  });
});

describe('clauses followed across a received text', () => {
  const THREE = `### Article 1 — Objective\n\n1. Parties shall cooperate.\n\n### Article 2 — Scope\n\n1. This Convention applies to AI systems.\n\n### Article 3 — Finance\n\n1. Developed countries shall provide finance.\n`;

  it('keeps an agreed article, its id and its status, when articles inserted before it move it', () => {
    const doc = treatyToYDoc(importTreaty(THREE, 'markdown').doc);
    const before = toTreatyText(yDocToTreaty(doc));
    articlesOf(doc)[2]?.setAttribute('status', 'agreed');
    const inserted = THREE.replace('### Article 2 — Scope', '### Article 2 — Definitions\n\n1. "AI system" means a machine-based system.\n\n### Article 3 — Scope')
      .replace('### Article 3 — Finance', '### Article 4 — Finance')
      .replace('Parties shall cooperate.', 'Parties shall cooperate closely.');
    replaceText(doc, importTreaty(inserted, 'markdown').doc);
    const after = toTreatyText(yDocToTreaty(doc));
    expect(after.articles.map((a) => [a.title, a.status])).toEqual([
      ['Objective', 'open'],
      ['Definitions', 'open'],
      ['Scope', 'open'],
      ['Finance', 'agreed'],
    ]);
    expect(after.articles[3]?.clauseId).toBe(before.articles[2]?.clauseId);
    expect(after.articles[2]?.clauseId).toBe(before.articles[1]?.clauseId);
    // Reworded, it stays at its place: Article 1 keeps its id.
    expect(after.articles[0]?.clauseId).toBe(before.articles[0]?.clauseId);
  });
});
