/**
 * `ts_headline` marks the matching words with these two characters instead of `<mark>`: the
 * text around them is the author's and may hold anything, `<script>` included, so the snippet
 * is escaped here and only then are the markers turned into tags. The indexed words never hold
 * them (they are stripped before `ts_headline` sees the text).
 */
export const MARK_START = '\u0001';
export const MARK_STOP = '\u0002';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The headline as HTML: everything escaped, the matches in `<mark>`. */
export function snippetHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_STOP, '</mark>');
}

const MARKERS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}`;

/**
 * Clauses and comments are mostly short: those are shown whole (an excerpt of a short text
 * drops its edges, punctuation and markup included, and reads oddly). Longer ones are cut to
 * the fragments around the matches.
 */
export const WHOLE_BELOW_CHARS = 400;

/** The SQL of a highlighted headline of `body` for the tsquery `query` (both SQL expressions). */
export const headlineSql = (body: string, query: string): string =>
  `CASE WHEN length(${body}) < ${WHOLE_BELOW_CHARS}
     THEN ts_headline('english', ${body}, ${query}, 'HighlightAll=true, ${MARKERS}')
     ELSE ts_headline('english', ${body}, ${query}, '${MARKERS}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
   END`;
