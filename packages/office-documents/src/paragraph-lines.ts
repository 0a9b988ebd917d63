import type { Piece } from './document-plan';

/**
 * A paragraph's words line by line, split where the text breaks: an imported "(a)", "(b)" …
 * item or an editor's hard break starts a line, which paper indents under the paragraph's
 * text. Brackets are plain pieces, so one may open on one line and close on another. A text
 * that starts with a break ("2.⏎(1) …", as UNCLOS's are imported) starts with its first item,
 * beside the paragraph's number, rather than leave that line empty.
 */
export function paragraphLines(pieces: readonly Piece[]): Piece[][] {
  const lines: Piece[][] = [[]];
  for (const piece of pieces) {
    if (piece.kind !== 'text' || !piece.text.includes('\n')) {
      lines.at(-1)?.push(piece);
      continue;
    }
    piece.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ ...piece, text: part });
    });
  }
  return lines.length > 1 && lines[0]?.length === 0 ? lines.slice(1) : lines;
}
