import type { WorkflowFacts } from '@treaty/domain';
import { toTreatyText } from '@treaty/treaty-schema';

type TreatyJson = Parameters<typeof toTreatyText>[0];

/**
 * Brackets in the whole document, preamble and headings included: the read model keeps only
 * the brackets of paragraphs, and a bracketed recital is not agreed text either. A bracket
 * spanning several runs counts once by its id; one without an id counts once per run.
 */
function bracketsIn(node: TreatyJson, found = new Set<unknown>()): Set<unknown> {
  for (const mark of node.marks ?? []) {
    if (mark.type !== 'bracket') continue;
    const id: unknown = mark.attrs?.['id'];
    found.add(typeof id === 'string' ? id : mark);
  }
  for (const child of node.content ?? []) bracketsIn(child, found);
  return found;
}

/** What the workflow guards look at in the live text; the decision comes from adoption. */
export function textFacts(doc: TreatyJson): Omit<WorkflowFacts, 'decisionPassed'> {
  const { preamble, articles } = toTreatyText(doc);
  const blocks = articles.flatMap((a) => a.paragraphs);
  // Sets of options are of whole paragraphs (blocks) or of phrases inside any paragraph.
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.options.flatMap((o) => o.paragraphs)));
  return {
    articleCount: articles.length,
    openBrackets: bracketsIn(doc).size,
    alternatives:
      blocks.filter((b) => b.kind === 'alternatives').length +
      [...preamble, ...paragraphs].reduce((n, p) => n + (p.phraseOptions?.length ?? 0), 0),
    articlesNotAgreed: articles.filter((a) => a.status === 'open').length,
  };
}
