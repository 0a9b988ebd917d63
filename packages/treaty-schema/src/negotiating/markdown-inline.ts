/**
 * What square brackets mean in Markdown besides "not agreed": footnote references `[^1]`,
 * links `[words](http…)` and `[words][label]` (when `label` is defined in the file), and the
 * definitions of those labels and footnotes. These are taken out first, so that every `[`
 * left in the words is a negotiator's bracket. Emphasis markers go too: the model has no
 * italics, and UN texts only use them for the operative verb ("*Recalling*").
 */

const LINK_DEFINITION = /^\s{0,3}\[(?!\^)([^\]]+)\]:\s*\S+/;
const FOOTNOTE_DEFINITION = /^\s{0,3}\[\^([^\]]+)\]:/;
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
const INLINE_LINK = /\[([^[\]]*)\]\((?:https?:|mailto:|\/|#)[^)\s]*\)/g;
const REFERENCE_LINK = /\[([^[\]]*)\]\[([^[\]]+)\]/g;
const HTML_COMMENT = /<!--.*?-->/g;
// `***`, `**`, `*` (emphasis), `~~` (strike-through), `^` (superscript, as in 5^th^).
const EMPHASIS = /\*+|~~|\^/g;

export const isLinkDefinition = (line: string): boolean => LINK_DEFINITION.test(line) && !FOOTNOTE_DEFINITION.test(line);

/** The footnote's label when the line opens a footnote definition (`[^1]: …`). */
export const footnoteDefinition = (line: string): string | null => FOOTNOTE_DEFINITION.exec(line)?.[1] ?? null;

/** The labels a file defines for reference links (`[source]: http://…`), lower-cased as Markdown matches them. */
export function linkLabels(lines: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    const label = isLinkDefinition(line) ? LINK_DEFINITION.exec(line)?.[1] : undefined;
    if (label) labels.add(label.trim().toLowerCase());
  }
  return labels;
}

/**
 * One source line without its Markdown decoration. Footnote references are dropped (the model
 * has no footnotes; their definitions are reported where they stand). A `[words][label]` whose
 * label is not defined is left alone: it is two bracketed alternatives, `[furtherance][pursuit]`.
 */
export function plainWords(line: string, labels: ReadonlySet<string>): string {
  return line
    .replace(HTML_COMMENT, '')
    .replace(FOOTNOTE_REFERENCE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, (whole, words: string, label: string) => (labels.has(label.trim().toLowerCase()) ? words : whole))
    .replace(EMPHASIS, '');
}
