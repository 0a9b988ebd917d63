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

describe('importing a negotiating text: brackets and options as structure', () => {
  const readAs = (format: 'markdown' | 'text') => (source: string) => {
    const imported = importTreaty(source, format);
    treatyToYDoc(imported.doc); // the schema accepts it
    return { ...imported, text: toTreatyText(imported.doc) };
  };
  const read = Object.assign(readAs('markdown'), { text: readAs('text') });
  const paragraph = (text: ReturnType<typeof read>['text'], article: number, index: number) => {
    const p = text.articles[article]?.paragraphs[index];
    if (p?.kind !== 'paragraph') throw new Error(`no paragraph ${index} in article ${article}`);
    return p;
  };

  it('turns brackets into marks, "[a][b]" into phrase options and keeps the words without the bracket characters', () => {
    const { text, warnings, unplacedBrackets } = read('## Article 1\n\n1. Parties [shall][should] act [in [good] faith].');
    const p = paragraph(text, 0, 0);
    expect(p.text).toBe('Parties shallshould act in good faith.');
    expect(p.brackets.map((b) => b.text)).toEqual(['in good faith', 'good']);
    expect(p.brackets.every((b) => b.id && b.proposers.length === 0)).toBe(true);
    expect(p.phraseOptions).toEqual([{ id: expect.any(String), options: [{ proposers: [], text: 'shall' }, { proposers: [], text: 'should' }] }]);
    expect(warnings).toEqual([]);
    expect(unplacedBrackets).toEqual({ open: 0, close: 0 });
  });

  it('strips emphasis, even when it crosses a bracket, and drops footnote markers but reports their definitions', () => {
    const { text, warnings } = read('## Preamble\n\n*[Taking* account of the [*particular*] needs,][^2]\n\n## Article 1\n\nText.\n\n[^2]: A footnote.');
    expect(text.preamble[0]?.text).toBe('Taking account of the particular needs,');
    expect(text.preamble[0]?.brackets?.map((b) => b.text)).toEqual(['Taking account of the particular needs,', 'particular']);
    expect(warnings).toEqual([{ line: 9, message: expect.stringContaining('footnote [^2] was left out') }]);
  });

  it('reports an unbalanced bracket with the source line it stands on, and imports the rest', () => {
    const { text, warnings, unplacedBrackets } = read('## Article 1\n\n1. In [furtherance] of the objective,\n[including the principles,]]\n\n2. [Never closed.');
    expect(paragraph(text, 0, 0).brackets.map((b) => b.text)).toEqual(['furtherance', 'including the principles,']);
    expect(paragraph(text, 0, 0).text).toContain('principles,]');
    expect(warnings).toEqual([
      { line: 4, message: expect.stringContaining('a closing "]" has no opening "["') },
      { line: 6, message: expect.stringContaining('an opening "[" has no closing "]"') },
    ]);
    expect(unplacedBrackets).toEqual({ open: 1, close: 1 });
  });

  it('makes "**Option 1:** / **Option 2:**" blocks in an article a set of alternatives, each with its paragraphs', () => {
    const { text, warnings } = read(
      [
        '## Article 3 *(mitigation)*',
        '1. **Collective goal**',
        '    **Option 1:** Parties [aim] to peak.',
        '    **Option 2:**',
        '    Parties aim to transform.',
        '    1. by 2050;',
        '2. **Individual efforts** Each Party shall act.',
      ].join('\n\n'),
    );
    const [goal, options, efforts] = text.articles[0]?.paragraphs ?? [];
    expect(text.articles[0]?.title).toBe('Article 3 — mitigation');
    expect(goal).toMatchObject({ kind: 'paragraph', number: 1, text: 'Collective goal' });
    expect(options).toMatchObject({
      kind: 'alternatives',
      options: [
        { proposers: [], paragraphs: [{ text: 'Parties aim to peak.', brackets: [{ text: 'aim' }] }] },
        { proposers: [], paragraphs: [{ text: 'Parties aim to transform.\n1. by 2050;' }] },
      ],
    });
    expect(efforts).toMatchObject({ kind: 'paragraph', text: 'Individual efforts Each Party shall act.' });
    expect(warnings).toEqual([{ line: 1, message: expect.stringContaining('Article 3 stands where Article 1 was expected') }]);
  });

  it('takes "5. **Option 1** …" with indented "**Option 2** …" as one set, the numbered paragraph its first option', () => {
    const { text } = read('## Article 1\n\n5. **Option 1** [Parties recognize the Fund.]\n\n    **Option 2**. [Developed countries shall provide.]');
    expect(text.articles[0]?.paragraphs).toMatchObject([
      { kind: 'alternatives', options: [{ paragraphs: [{ text: 'Parties recognize the Fund.' }] }, { paragraphs: [{ text: 'Developed countries shall provide.' }] }] },
    ]);
  });

  it('keeps the words of Options it cannot represent, with their labels, and says so', () => {
    const { text, warnings } = read(
      [
        '## Preamble',
        '**Option 1:** *Recognizing* land use,',
        '**Option 2:** *Recognizing* food security,',
        '## Article 1',
        '1. Text.',
        '    **Option 2:** No text',
        '## Article 2',
        '**Option 1:**',
        '1. Outer.',
        '    **Option 1:** inner a',
        '    **Option 2:** inner b',
        '**Option 2:** Other.',
      ].join('\n\n'),
    );
    expect(text.preamble.map((r) => r.text)).toEqual(['Option 1: Recognizing land use,', 'Option 2: Recognizing food security,']);
    expect(text.articles[0]?.paragraphs.map((p) => (p.kind === 'paragraph' ? p.text : p.kind))).toEqual(['Text.', 'Option 2: No text']);
    expect(text.articles[1]?.paragraphs).toMatchObject([
      { kind: 'alternatives', options: [{ paragraphs: [{ text: '1. Outer.' }, { text: 'Option 1: inner a' }, { text: 'Option 2: inner b' }] }, { paragraphs: [{ text: 'Other.' }] }] },
    ]);
    expect(warnings.map((w) => [w.line, w.message.split(':')[0]])).toEqual([
      [3, 'an Option block in the preamble cannot be represented (recitals have no alternatives)'],
      [5, 'an Option block in the preamble cannot be represented (recitals have no alternatives)'],
      [11, '"Option 2" stands alone (no other option follows at its level)'],
      [19, '"Option 1" inside another option cannot be represented (options do not nest)'],
      [21, '"Option 2" inside another option cannot be represented (options do not nest)'],
    ]);
  });

  it('brackets a whole "[Article 3bis]" with one bracket over all its words, its label kept in the title', () => {
    const { text, warnings } = read('## Article 1\n\nOne.\n\n## [Article 1bis] *(REDD-plus)*\n\n1. [A] mechanism.\n\n2. Its purpose.');
    const article = text.articles[1];
    expect(article?.title).toBe('Article 1bis — REDD-plus');
    const [first, second] = (article?.paragraphs ?? []).flatMap((p) => (p.kind === 'paragraph' ? [p] : []));
    expect(first?.brackets.map((b) => b.text)).toEqual(['A mechanism.', 'A']);
    expect(second?.brackets).toEqual([{ id: first?.brackets[0]?.id, proposers: [], reason: null, note: 'the whole article is bracketed in the source', text: 'Its purpose.' }]);
    expect(warnings).toEqual([{ line: 5, message: expect.stringContaining('Article 1bis stands where Article 2 was expected') }]);
  });

  it('leaves out an editorial note before the preamble and link definitions, taking the first heading as the title', () => {
    const { title, text, warnings } = read('*This is the [final draft][source].*\n\n[source]: http://unfccc.int/x.pdf\n\n## Draft agreement\n\n## Preamble\n\nThe Parties,\n\n## Article 1\n\nText.');
    expect(title).toBe('Draft agreement');
    expect(text.preamble.map((r) => r.text)).toEqual(['The Parties,']);
    expect(warnings).toEqual([{ line: 1, message: expect.stringContaining('text before the preamble') }]);
  });

  it('reads brackets in plain text too, where asterisks and footnote-like brackets are words', () => {
    const { text, unplacedBrackets } = read.text('Article 1\n1. Parties [shall][should] act *now* [^1].');
    expect(paragraph(text, 0, 0)).toMatchObject({ text: 'Parties shallshould act *now* ^1.', brackets: [{ text: '^1' }] });
    expect(paragraph(text, 0, 0).phraseOptions?.[0]?.options.map((o) => o.text)).toEqual(['shall', 'should']);
    expect(unplacedBrackets).toEqual({ open: 0, close: 0 });
  });

  it('keeps recitals written above the first article when there is neither a title nor a preamble heading', () => {
    const { text, warnings } = read('The Parties,\n\n*Recalling* the Charter,\n\n### Article 1\n\nText.');
    expect(text.preamble.map((r) => r.text)).toEqual(['The Parties,', 'Recalling the Charter,']);
    expect(warnings).toEqual([]);
  });

  it('reads the sections of a decision ("### I. ADOPTION …") as articles when it has no articles, brackets in titles kept as characters', () => {
    const { text, warnings, unplacedBrackets } = read('## B. DRAFT DECISION\n\n*Recalling* decision 1/CP.17,\n\n### I. ADOPTION OF THE [PARIS AGREEMENT]\n\n1. *Decides* to adopt [it];\n\n### II. CONTRIBUTIONS\n\n2. *Invites* Parties.');
    expect(text.preamble.map((r) => r.text)).toEqual(['Recalling decision 1/CP.17,']);
    expect(text.articles.map((a) => a.title)).toEqual(['I. ADOPTION OF THE [PARIS AGREEMENT]', 'II. CONTRIBUTIONS']);
    expect(unplacedBrackets).toEqual({ open: 1, close: 1 });
    expect(warnings.map((w) => w.line)).toEqual([5, 5]);
  });
});
