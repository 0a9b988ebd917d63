/**
 * Words read from a source file that remember which source line each character came from:
 * a block joins several lines, and a warning about a stray bracket must name the line the
 * negotiator will find it on, not the block's first line.
 */
export interface SourceText {
  text: string;
  /** Where each source line begins in `text`, in order. */
  starts: { offset: number; line: number }[];
}

export const sourceText = (text: string, line: number): SourceText => ({ text, starts: [{ offset: 0, line }] });

/** `a`, then `separator`, then `b`: the separator counts as part of `a`'s last line. */
export function joinSource(a: SourceText, separator: string, b: SourceText): SourceText {
  const shift = a.text.length + separator.length;
  return {
    text: a.text + separator + b.text,
    starts: [...a.starts, ...b.starts.map((s) => ({ offset: s.offset + shift, line: s.line }))],
  };
}

/** `prefix` put before the words, on their first line. */
export function prependSource(prefix: string, words: SourceText): SourceText {
  return {
    text: prefix + words.text,
    starts: words.starts.map((s, i) => ({ offset: i === 0 ? 0 : s.offset + prefix.length, line: s.line })),
  };
}

export function lineAt(source: SourceText, offset: number): number {
  let line = source.starts[0]?.line ?? 1;
  for (const start of source.starts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

/** The words from `from` on, still on their own lines. */
export function sliceSource(source: SourceText, from: number): SourceText {
  const line = lineAt(source, from);
  return {
    text: source.text.slice(from),
    starts: [{ offset: 0, line }, ...source.starts.filter((s) => s.offset > from).map((s) => ({ offset: s.offset - from, line: s.line }))],
  };
}
