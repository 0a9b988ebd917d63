import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTreaty } from '../import-text';
import { toTreatyText } from '../read-model';
import type { NegotiatedWords } from '../treaty-text';
import { treatyToYDoc } from '../ydoc';
import { importTally } from './import-tally';
import { countSource } from './source-count';

// The repository's copy of the 2015 texts (fixtures/README.md).
const FOLDER = resolve(__dirname, '../../../../fixtures/treaties/negotiating');
const fixture = (name: string) => readFileSync(resolve(FOLDER, name), 'utf8');

const NEGOTIATING_TEXTS = [
  'paris-2015-10-23-adp-draft-agreement.md',
  'cop21-2015-11-06-draft-decision.md',
  'paris-2015-12-04-adp-draft-agreement.md',
  'paris-2015-12-09-cop-draft-agreement.md',
  'paris-2015-12-12-L9Rev1-agreement.md',
];

/** Words of four letters or more, counted: what the negotiators wrote, whatever the structure. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.replace(/[*~^]/g, '').match(/[A-Za-z]{4,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The source from its preamble (or first heading) on, without footnote and link definitions. */
function treatyLines(source: string): string {
  const lines = source.split('\n');
  const preamble = lines.findIndex((l) => /^#+\s*Preamble/i.test(l));
  const start = preamble >= 0 ? preamble : lines.findIndex((l) => l.startsWith('#'));
  return lines
    .slice(start + 1)
    .filter((l) => !/^\s*\[[^\]]+\]:/.test(l))
    .map((l) => l.replace(/\[\^[^\]]+\]/g, ''))
    .join('\n');
}

describe.each(NEGOTIATING_TEXTS)('importing the negotiating text %s', (name) => {
  const source = fixture(name);
  const imported = importTreaty(source, 'markdown');
  const tally = importTally(imported);
  const counted = countSource(source);

  it('accounts for every bracket of the source: a mark, a phrase option, or a reported character', () => {
    expect(tally.brackets + tally.phraseOptions + tally.unplacedOpen).toBe(counted.open);
    expect(tally.brackets + tally.phraseOptions + tally.unplacedClose).toBe(counted.close);
    // Each bracket kept as a character is in a warning: one by one, or counted in a left-out block's.
    const reported = (one: RegExp, many: RegExp) =>
      imported.warnings.reduce((n, w) => n + (one.test(w.message) ? 1 : 0) + Number(many.exec(w.message)?.[1] ?? 0), 0);
    expect(reported(/opening "\[" has no closing|^an empty bracket/, /with its (\d+) "\["/)).toBe(tally.unplacedOpen);
    expect(reported(/closing "\]" has no opening|closing "\]" of an empty bracket/, /and (\d+) "\]"/)).toBe(tally.unplacedClose);
  });

  it('accounts for every Option label: an option of a set of alternatives, or words kept and reported', () => {
    expect(tally.alternativeOptions + tally.labelsKeptAsWords).toBe(counted.optionLabels);
  });

  it('makes a document the schema accepts', () => {
    expect(() => treatyToYDoc(imported.doc)).not.toThrow();
  });

  it('loses none of the words', () => {
    const text = toTreatyText(imported.doc);
    // Run by run: adjacent options ("[furtherance][pursuit]") are written without a space between.
    const words = (w: NegotiatedWords & { text: string }) => w.runs?.map((r) => r.text).join(' ') ?? w.text;
    const kept = [
      ...text.preamble.map(words),
      ...text.articles.flatMap((a) => [a.title ?? '', ...a.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [words(p)] : p.options.flatMap((o) => o.paragraphs.map(words))))]),
    ].join('\n');
    const have = wordCounts(kept);
    const missing = [...wordCounts(treatyLines(source))].filter(([word, n]) => word !== 'Option' && word !== 'Article' && (have.get(word) ?? 0) < n).map(([word, n]) => [word, n - (have.get(word) ?? 0)]);
    expect(missing).toEqual([]);
  });

  it('reports every warning against a line of the source', () => {
    const lines = source.split('\n').length;
    expect(imported.warnings.every((w) => w.line >= 1 && w.line <= lines)).toBe(true);
  });
});

describe('the Paris negotiations, 23 October to 12 December 2015', () => {
  const brackets = (name: string) => countSource(fixture(name)).open;
  const imported = (name: string) => importTally(importTreaty(fixture(name), 'markdown'));

  it('go from about a thousand brackets to none left in the text adopted', () => {
    expect(brackets('paris-2015-10-23-adp-draft-agreement.md')).toBeGreaterThan(1000);
    expect(imported('paris-2015-10-23-adp-draft-agreement.md').brackets).toBeGreaterThan(500);
    expect(imported('paris-2015-12-09-cop-draft-agreement.md').brackets).toBeLessThan(imported('paris-2015-12-04-adp-draft-agreement.md').brackets / 3);
    expect(imported('paris-2015-12-12-L9Rev1-agreement.md')).toMatchObject({ brackets: 0, phraseOptions: 0, alternatives: 0, unplacedOpen: 0 });
  });

  it('reads the 12 December text as the 29 articles of the Agreement and its 18 preamble entries', () => {
    const text = toTreatyText(importTreaty(fixture('paris-2015-12-12-L9Rev1-agreement.md'), 'markdown').doc);
    expect(text.articles).toHaveLength(29);
    expect(text.preamble).toHaveLength(18);
    expect(text.preamble[0]?.text).toBe('The Parties to this Agreement,');
    expect(text.preamble.at(-1)?.text).toBe('Have agreed as follows:');
  });

  it('keeps "[Article 3bis]" as an article under one bracket, its label in the title', () => {
    const text = toTreatyText(importTreaty(fixture('paris-2015-10-23-adp-draft-agreement.md'), 'markdown').doc);
    const article = text.articles.find((a) => a.title?.startsWith('Article 3bis'));
    expect(article?.title).toBe('Article 3bis — REDD-plus');
    const paragraphs = article?.paragraphs.flatMap((p) => (p.kind === 'paragraph' ? [p] : [])) ?? [];
    const whole = paragraphs[0]?.brackets[0];
    expect(whole?.note).toBe('the whole article is bracketed in the source');
    expect(paragraphs.every((p) => p.brackets.some((b) => b.id === whole?.id))).toBe(true);
  });
});
