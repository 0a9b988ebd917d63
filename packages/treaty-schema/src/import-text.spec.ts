import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as Y from 'yjs';
import { importTreaty, NotATreatyError } from './import-text';
import { toTreatyText } from './read-model';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

// The repository's own copies (fixtures/README.md), so a clone tests on its own.
const FIXTURES = resolve(__dirname, '../../../fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, 'treaties', name), 'utf8');

interface FixtureTreaty {
  title: string;
  preamble: string[];
  articles: { number: string; title: string | null; paragraphs: string[] }[];
}

describe('importing the Paris Agreement from Markdown', () => {
  const source = fixture('paris-agreement-2015.md');
  const expected = JSON.parse(fixture('paris-agreement-2015.json')) as FixtureTreaty;
  const imported = importTreaty(source, 'markdown');
  const text = toTreatyText(imported.doc);

  it('finds the title, the 18 preamble entries and the 29 articles', () => {
    expect(imported.title).toBe('Paris Agreement');
    expect(text.preamble.map((r) => r.text)).toEqual(expected.preamble);
    expect(text.articles).toHaveLength(29);
    expect(imported.warnings).toEqual([]);
  });

  it('keeps every paragraph intact, numbered by position as in the official text', () => {
    text.articles.forEach((article, index) => {
      const source = expected.articles[index];
      expect(article.number).toBe(Number(source?.number));
      const paragraphs = article.paragraphs.map((p) => (p.kind === 'paragraph' && p.number ? `${p.number}. ${p.text}` : p.kind === 'paragraph' ? p.text : ''));
      expect(paragraphs).toEqual(source?.paragraphs);
    });
    expect(text.articles[3]?.paragraphs).toHaveLength(19);
  });

  it('gives every article and paragraph its own clause id', () => {
    const ids = text.articles.flatMap((a) => [a.clauseId, ...a.paragraphs.map((p) => (p.kind === 'paragraph' ? p.clauseId : p.id))]);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('survives the trip through a Yjs document and its binary update unchanged', () => {
    const ydoc = treatyToYDoc(imported.doc);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    expect(toTreatyText(yDocToTreaty(copy))).toEqual(text);
  });
});

describe('importing other texts', () => {
  it('reads plain text with "Article N: Title" lines, one block per line', () => {
    const imported = importTreaty(
      ['Preamble', 'The Parties,', 'Recognizing the need,', 'Article 1: Purpose', '1. First.', '(a) item;', '2. Second.', 'Article 2', 'Unnumbered.'].join('\n'),
      'text',
    );
    const text = toTreatyText(imported.doc);
    expect(text.preamble.map((r) => r.text)).toEqual(['The Parties,', 'Recognizing the need,']);
    expect(text.articles.map((a) => a.title)).toEqual(['Purpose', null]);
    expect(text.articles[0]?.paragraphs).toMatchObject([
      { number: 1, text: 'First.\n(a) item;' },
      { number: 2, text: 'Second.' },
    ]);
    expect(text.articles[1]?.paragraphs).toMatchObject([{ number: null, text: 'Unnumbered.' }]);
  });

  it('reports, with their lines, what it could not place', () => {
    const imported = importTreaty('### Article 1\n\nText.\n\n### Article 3\n\nMore.\n\n## ANNEX I\n\nList.', 'markdown');
    expect(imported.warnings).toEqual([
      { line: 5, message: expect.stringContaining('Article 3 stands where Article 2 was expected') },
      { line: 9, message: expect.stringContaining('annexes are not imported yet') },
    ]);
    expect(toTreatyText(imported.doc).articles).toHaveLength(2);
  });

  it.each([
    ['', 'the text is empty'],
    ['   \n\n  ', 'the text is empty'],
    ['Dear colleagues,\n\nplease find attached the minutes.', 'no article found'],
    ['{"not": "a treaty"}', 'no article found'],
  ])('refuses %j: %s', (source, reason) => {
    expect(() => importTreaty(source, 'markdown')).toThrow(NotATreatyError);
    expect(() => importTreaty(source, 'markdown')).toThrow(reason);
  });

  it('imports the larger treaties of the fixtures with their article counts', () => {
    for (const [name, articles] of [['unfccc-1992', 26], ['who-fctc-2003', 38], ['vienna-convention-law-of-treaties-1969', 85]] as const) {
      const expected = JSON.parse(fixture(`${name}.json`)) as FixtureTreaty;
      const text = toTreatyText(importTreaty(fixture(`${name}.md`), 'markdown').doc);
      expect(text.articles).toHaveLength(articles);
      expect(text.articles).toHaveLength(expected.articles.length);
    }
  });
});
