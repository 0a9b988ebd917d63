import type { JSONContent } from '@tiptap/core';
import { CLAUSE_STATUSES, type ClauseStatus } from './clause-status';
import type { AlternativesText, ArticleText, BracketText, ParagraphText, PhraseOptionsText, TreatyText } from './treaty-text';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);
const status = (value: unknown): ClauseStatus =>
  (CLAUSE_STATUSES as readonly unknown[]).includes(value) ? (value as ClauseStatus) : 'open';

/** Plain text of inline content; hard breaks become line breaks. */
export function inlineText(node: JSONContent): string {
  return (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('');
}

/** Each bracket's words, gathered from the text runs that carry its mark. */
function brackets(node: JSONContent): BracketText[] {
  const found = new Map<string, BracketText>();
  for (const child of node.content ?? []) {
    for (const mark of child.marks ?? []) {
      if (mark.type !== 'bracket') continue;
      const attrs = mark.attrs ?? {};
      const key = str(attrs['id']) ?? `anonymous-${found.size}`;
      const entry = found.get(key) ?? {
        id: str(attrs['id']),
        proposers: strings(attrs['proposers']),
        reason: (str(attrs['reason']) as BracketText['reason']) ?? null,
        note: str(attrs['note']),
        text: '',
      };
      entry.text += child.type === 'hardBreak' ? '\n' : (child.text ?? '');
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

/** Each set of phrase options, its options in order with their words. */
function phraseOptions(node: JSONContent): PhraseOptionsText[] {
  const sets = new Map<string, Map<number, { proposers: string[]; text: string }>>();
  for (const child of node.content ?? []) {
    for (const mark of child.marks ?? []) {
      const set = str(mark.attrs?.['set']);
      if (mark.type !== 'option' || !set) continue;
      const index = Number(mark.attrs?.['index'] ?? 0);
      const options = sets.get(set) ?? new Map();
      const option = options.get(index) ?? { proposers: strings(mark.attrs?.['proposers']), text: '' };
      option.text += child.type === 'hardBreak' ? '\n' : (child.text ?? '');
      options.set(index, option);
      sets.set(set, options);
    }
  }
  return [...sets].map(([id, options]) => ({ id, options: [...options].sort(([a], [b]) => a - b).map(([, o]) => o) }));
}

function paragraph(node: JSONContent, number: number | null): ParagraphText {
  const options = phraseOptions(node);
  // Only where there are some: a text without them reads (and hashes) as it always did.
  return {
    kind: 'paragraph',
    clauseId: str(node.attrs?.['clauseId']),
    number,
    text: inlineText(node),
    brackets: brackets(node),
    ...(options.length > 0 ? { phraseOptions: options } : {}),
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
    preamble: (preamble?.content ?? []).map((r) => ({ clauseId: str(r.attrs?.['clauseId']), text: inlineText(r) })),
    articles: children.filter((c) => c.type === 'article').map((a, index) => article(a, index + 1)),
  };
}
