import { snippetParts } from './snippet-parts';

/** The words around a hit, the matches highlighted; rendered as text, never as HTML. */
export function SearchSnippet({ html }: { html: string }) {
  return (
    <p className="search-hit__snippet">
      {snippetParts(html).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
