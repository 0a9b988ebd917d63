import * as Y from 'yjs';
import { YDOC_FIELD, type ClauseStatus } from './clause-status';
import { articlesOf, elementsOf, isBracketKey, isOptionKey, textsOf } from './ydoc-walk';

/** Why an operation on the text could not be made; the API maps the code to its status. */
export class TextOperationError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'TextOperationError';
  }
}

/** One run of text carrying a bracket: where it is and under which formatting key. */
interface BracketRun {
  text: Y.XmlText;
  index: number;
  length: number;
  key: string;
}

/** The article with this clauseId and its 1-based number. */
export function findArticle(doc: Y.Doc, clauseId: string): { article: Y.XmlElement; number: number } | null {
  const articles = articlesOf(doc);
  const index = articles.findIndex((a) => a.getAttribute('clauseId') === clauseId);
  const article = articles[index];
  return article ? { article, number: index + 1 } : null;
}

/** Whether some clause (recital, paragraph) other than an article has this clauseId. */
function isOtherClause(doc: Y.Doc, clauseId: string): boolean {
  return elementsOf(doc.getXmlFragment(YDOC_FIELD)).some((e) => e.nodeName !== 'article' && e.getAttribute('clauseId') === clauseId);
}

/** Every run of text in `node` carrying a bracket, with the bracket's attributes. */
function bracketRuns(node: Y.XmlFragment | Y.XmlElement): (BracketRun & { id: string })[] {
  const runs: (BracketRun & { id: string })[] = [];
  for (const text of textsOf(node)) {
    let index = 0;
    for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      for (const [key, value] of Object.entries(op.attributes ?? {})) {
        const id = (value as { id?: unknown } | null)?.id;
        if (isBracketKey(key) && typeof id === 'string') runs.push({ text, index, length, key, id });
      }
      index += length;
    }
  }
  return runs;
}

/** Every run of text in `node` carrying a phrase option, with its set and its option's place in the set. */
function optionRuns(node: Y.XmlFragment | Y.XmlElement): (BracketRun & { set: string; option: number })[] {
  const runs: (BracketRun & { set: string; option: number })[] = [];
  for (const text of textsOf(node)) {
    let index = 0;
    for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      for (const [key, value] of Object.entries(op.attributes ?? {})) {
        const attrs = value as { set?: unknown; index?: unknown } | null;
        if (isOptionKey(key) && typeof attrs?.set === 'string') {
          runs.push({ text, index, length, key, set: attrs.set, option: Number(attrs.index ?? 0) });
        }
      }
      index += length;
    }
  }
  return runs;
}

/** The open brackets (their ids) and sets of options (whole paragraphs or phrases) within an article. */
export function openItemsOf(article: Y.XmlElement): { brackets: string[]; alternatives: number } {
  const brackets = [...new Set(bracketRuns(article).map((r) => r.id))];
  const phraseSets = new Set(optionRuns(article).map((r) => r.set)).size;
  const alternatives = elementsOf(article).filter((e) => e.nodeName === 'alternatives').length + phraseSets;
  return { brackets, alternatives };
}

/**
 * Sets an article's status. An article with open brackets or alternatives can be neither
 * agreed nor agreed ad referendum: the room has not settled its words.
 */
export function setArticleStatus(doc: Y.Doc, clauseId: string, status: ClauseStatus): { before: ClauseStatus; number: number } {
  const found = findArticle(doc, clauseId);
  if (!found) {
    if (isOtherClause(doc, clauseId)) throw new TextOperationError('invalid', 'clause status is kept per article; this clause is not an article');
    throw new TextOperationError('not-found', 'Clause not found');
  }
  const { article, number } = found;
  const before = (article.getAttribute('status') as ClauseStatus | undefined) ?? 'open';
  if (status !== 'open') {
    const open = openItemsOf(article);
    const pending = [
      open.brackets.length > 0 ? `${open.brackets.length} open bracket${open.brackets.length === 1 ? '' : 's'}` : null,
      open.alternatives > 0 ? `${open.alternatives} set${open.alternatives === 1 ? '' : 's'} of alternatives` : null,
    ].filter(Boolean);
    if (pending.length > 0) {
      throw new TextOperationError('conflict', `article ${number} still has ${pending.join(' and ')}; resolve them before it can be ${status}`);
    }
  }
  if (before !== status) article.setAttribute('status', status);
  return { before, number };
}

/** The article (clauseId, number) a node lies in. */
function articleAround(doc: Y.Doc, node: Y.XmlText | Y.XmlElement): { clauseId: string | null; number: number } {
  let type: unknown = node;
  while (type instanceof Y.AbstractType && !(type instanceof Y.XmlElement && type.nodeName === 'article')) {
    type = type._item?.parent ?? null;
  }
  const clauseId = type instanceof Y.XmlElement ? (type.getAttribute('clauseId') ?? null) : null;
  const number = articlesOf(doc).findIndex((a) => a === type) + 1;
  return { clauseId, number };
}

/** Accept (the brackets go, the words stay) or drop (the words go with them). */
export function resolveBracket(doc: Y.Doc, bracketId: string, action: 'accept' | 'drop'): { clauseId: string | null; number: number; text: string } {
  const runs = bracketRuns(doc.getXmlFragment(YDOC_FIELD)).filter((r) => r.id === bracketId);
  const first = runs[0];
  if (!first) throw new TextOperationError('not-found', 'Bracket not found');
  const where = articleAround(doc, first.text);
  const words = runs.map(textOf).join('');
  // Later runs first: deleting one run never moves the runs before it in the same text.
  for (const run of [...runs].reverse()) {
    if (action === 'accept') run.text.format(run.index, run.length, { [run.key]: null });
    else run.text.delete(run.index, run.length);
  }
  return { ...where, text: words };
}

function textOf(run: BracketRun): string {
  let index = 0;
  let words = '';
  for (const op of run.text.toDelta() as { insert: unknown }[]) {
    const piece = typeof op.insert === 'string' ? op.insert : '';
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index >= run.index && index < run.index + run.length) words += piece;
    index += length;
  }
  return words;
}

/**
 * Keeps option `keep` (0-based) of a set of alternatives: its paragraphs take the set's place;
 * for options of a phrase, the kept words stay (unmarked) and the other wordings go.
 */
export function keepAlternative(doc: Y.Doc, alternativesId: string, keep: number): { clauseId: string | null; number: number; options: number } {
  const set = elementsOf(doc.getXmlFragment(YDOC_FIELD)).find((e) => e.nodeName === 'alternatives' && e.getAttribute('id') === alternativesId);
  if (!set) return keepPhraseOption(doc, alternativesId, keep);
  const options = set.toArray().filter((o): o is Y.XmlElement => o instanceof Y.XmlElement && o.nodeName === 'alternative');
  const kept = options[keep];
  if (!kept) throw new TextOperationError('invalid', `there are ${options.length} options: keep is 0 to ${options.length - 1}`);
  const parent = set.parent;
  if (!(parent instanceof Y.XmlElement)) throw new TextOperationError('conflict', 'the alternatives are not inside an article');
  const where = articleAround(doc, set);
  const at = parent.toArray().indexOf(set);
  const paragraphs = kept.toArray().map((p) => p.clone() as Y.XmlElement);
  parent.insert(at + 1, paragraphs);
  parent.delete(at, 1);
  return { ...where, options: options.length };
}

function keepPhraseOption(doc: Y.Doc, setId: string, keep: number): { clauseId: string | null; number: number; options: number } {
  const runs = optionRuns(doc.getXmlFragment(YDOC_FIELD)).filter((r) => r.set === setId);
  const first = runs[0];
  if (!first) throw new TextOperationError('not-found', 'Alternatives not found');
  const options = new Set(runs.map((r) => r.option)).size;
  if (!runs.some((r) => r.option === keep)) throw new TextOperationError('invalid', `there are ${options} options: keep is 0 to ${options - 1}`);
  const where = articleAround(doc, first.text);
  // Later runs first: a deletion never moves the runs before it in the same text.
  for (const run of [...runs].reverse()) {
    if (run.option === keep) run.text.format(run.index, run.length, { [run.key]: null });
    else run.text.delete(run.index, run.length);
  }
  return { ...where, options };
}
