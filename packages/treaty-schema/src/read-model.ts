import type { JSONContent } from '@tiptap/core';
import { CLAUSE_STATUSES, type ClauseStatus } from './clause-status';
import type {
  AlternativesText,
  ArticleText,
  BracketText,
  NegotiatedWords,
  ParagraphText,
  PhraseOptionsText,
  RecitalText,
  TextRun,
  TreatyText,
} from './treaty-text';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
const status = (value: unknown): ClauseStatus =>
  (CLAUSE_STATUSES as readonly unknown[]).includes(value) ? (value as ClauseStatus) : 'open';

const childText = (child: JSONContent): string => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''));

/** Plain text of inline content; hard breaks become line breaks. */
export function inlineText(node: JSONContent): string {
  return (node.content ?? []).map(childText).join('');
}

interface Gathered {
  brackets: BracketText[];
  phraseOptions: PhraseOptionsText[];
  runs: TextRun[];
}

/**
 * Each bracket with its words, each set of phrase options with its options in order, and the
 * runs of words saying which of them each lies in — gathered from the marks on the text.
 */
function gather(node: JSONContent): Gathered {
  const bracketIndex = new Map<string, number>();
  const brackets: BracketText[] = [];
  const setIndex = new Map<string, number>();
  const sets: Map<number, { proposers: string[]; text: string }>[] = [];
  const runs: TextRun[] = [];
  for (const child of node.content ?? []) {
    const text = childText(child);
    const run: TextRun = { text };
    for (const mark of child.marks ?? []) {
      const attrs = mark.attrs ?? {};
      if (mark.type === 'bracket') {
        const key = str(attrs['id']) ?? `anonymous-${brackets.length}`;
        let index = bracketIndex.get(key);
        if (index === undefined) {
          index = brackets.push({
            id: str(attrs['id']),
            proposers: strings(attrs['proposers']),
            reason: (str(attrs['reason']) as BracketText['reason']) ?? null,
            note: str(attrs['note']),
            text: '',
          }) - 1;
          bracketIndex.set(key, index);
        }
        brackets[index]!.text += text;
        (run.brackets ??= []).push(index);
      } else if (mark.type === 'option' && str(attrs['set'])) {
        const set = str(attrs['set'])!;
        const position = setIndex.get(set) ?? setIndex.set(set, sets.push(new Map()) - 1).get(set)!;
        const optionIndex = Number(attrs['index'] ?? 0);
        const option = sets[position]!.get(optionIndex) ?? { proposers: strings(attrs['proposers']), text: '' };
        option.text += text;
        sets[position]!.set(optionIndex, option);
        run.option = { set: position, index: optionIndex };
      }
    }
    runs.push(run);
  }
  // Outermost first: a bracket holding another is the longer of the two.
  for (const run of runs) run.brackets?.sort((a, b) => brackets[b]!.text.length - brackets[a]!.text.length || a - b);
  const phraseOptions = [...setIndex].map(([id, position]) => ({
    id,
    options: [...sets[position]!].sort(([a], [b]) => a - b).map(([, o]) => o),
  }));
  return { brackets, phraseOptions, runs };
}

/** Brackets, options and runs where there are some: a text without them reads (and hashes) as it always did. */
function negotiated({ brackets, phraseOptions, runs }: Gathered): NegotiatedWords {
  if (brackets.length === 0 && phraseOptions.length === 0) return {};
  return { ...(phraseOptions.length > 0 ? { phraseOptions } : {}), runs: mergeRuns(runs) };
}

/** Neighbouring runs in the same brackets and option are one run (marks split text for other reasons too). */
function mergeRuns(runs: TextRun[]): TextRun[] {
  const same = (a: TextRun, b: TextRun) =>
    JSON.stringify(a.brackets ?? []) === JSON.stringify(b.brackets ?? []) && JSON.stringify(a.option ?? null) === JSON.stringify(b.option ?? null);
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && same(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

function paragraph(node: JSONContent, number: number | null): ParagraphText {
  const gathered = gather(node);
  return {
    kind: 'paragraph',
    clauseId: str(node.attrs?.['clauseId']),
    number,
    text: inlineText(node),
    brackets: gathered.brackets,
    ...negotiated(gathered),
  };
}

function recital(node: JSONContent): RecitalText {
  const gathered = gather(node);
  return {
    clauseId: str(node.attrs?.['clauseId']),
    text: inlineText(node),
    ...(gathered.brackets.length > 0 ? { brackets: gathered.brackets } : {}),
    ...negotiated(gathered),
  };
}

function article(node: JSONContent, number: number): ArticleText {
  const [heading, ...body] = node.content ?? [];
  let counter = 0;
  const paragraphs = body.map((child): ParagraphText | AlternativesText => {
    if (child.type === 'alternatives') {
      const options = (child.content ?? []).map((option) => ({
        proposers: strings(option.attrs?.['proposers']),
        paragraphs: (option.content ?? []).map((p) => paragraph(p, null)),
      }));
      return { kind: 'alternatives', id: str(child.attrs?.['id']), number: ++counter, options };
    }
    return paragraph(child, child.attrs?.['numbered'] === false ? null : ++counter);
  });
  const title = heading ? inlineText(heading).trim() : '';
  return { clauseId: str(node.attrs?.['clauseId']), number, title: title || null, status: status(node.attrs?.['status']), paragraphs };
}

/** Derives numbers from position: articles 1…n, numbered paragraphs 1…m within each. */
export function toTreatyText(doc: JSONContent): TreatyText {
  const children = doc.content ?? [];
  const preamble = children.find((c) => c.type === 'preamble');
  return {
    preamble: (preamble?.content ?? []).map(recital),
    articles: children.filter((c) => c.type === 'article').map((a, index) => article(a, index + 1)),
  };
}
