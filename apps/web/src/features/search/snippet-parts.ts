/** A piece of a snippet: plain words, or words that matched the search. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const unescape = (html: string): string => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * The server's snippet is escaped HTML whose only tags are `<mark>` and `</mark>`. Rather than
 * hand that string to the DOM as HTML, it is read back into text pieces, which React renders
 * as text: whatever an author typed stays words on the page.
 */
export function snippetParts(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of html.split(/<\/?mark>/).entries()) {
    // split alternates outside / inside a <mark>…</mark> pair.
    if (piece !== '') parts.push({ text: unescape(piece), match: i % 2 === 1 });
  }
  return parts;
}
