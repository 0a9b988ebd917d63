/**
 * Counts brackets and Option labels straight on a Markdown source, without the importer: the
 * yardstick its result is checked against (tools/count-brackets.mjs, the fixture specs). It
 * counts every `[` and `]` except those of Markdown itself — footnote references `[^1]` and
 * definitions, links `[words](http…)` and `[words][label]` with a defined label, and link
 * definitions — and every line that begins with an "Option N" label.
 */
export interface SourceCount {
  open: number;
  close: number;
  optionLabels: number;
}

const LINK_DEFINITION = /^\s{0,3}\[[^\]^][^\]]*\]:\s*\S/;
const FOOTNOTE_DEFINITION = /^\s{0,3}\[\^[^\]]+\]:/;
const OPTION_LABEL = /^\s*(?:\d+[a-z]*\.\s+)?[*[\s]*Option\s*(?:\d|[IVX]+\b|\()/;

export function countSource(markdown: string): SourceCount {
  const lines = markdown.split(/\r\n?|\n/);
  const labels = new Set(lines.filter((l) => LINK_DEFINITION.test(l)).map((l) => l.slice(l.indexOf('[') + 1, l.indexOf(']')).trim().toLowerCase()));
  const count = { open: 0, close: 0, optionLabels: 0 };
  let inFootnote = false;
  for (const line of lines) {
    if (!line.trim()) inFootnote = false;
    if (FOOTNOTE_DEFINITION.test(line)) inFootnote = true;
    if (inFootnote || LINK_DEFINITION.test(line)) continue;
    const words = line
      .replace(/\[\^[^\]\s]+\]/g, '')
      .replace(/\[([^[\]]*)\]\((?:https?:|mailto:|\/|#)[^)\s]*\)/g, '$1')
      .replace(/\[([^[\]]*)\]\[([^[\]]+)\]/g, (whole, text: string, label: string) => (labels.has(label.trim().toLowerCase()) ? text : whole));
    count.open += words.split('[').length - 1;
    count.close += words.split(']').length - 1;
    if (OPTION_LABEL.test(line)) count.optionLabels += 1;
  }
  return count;
}
