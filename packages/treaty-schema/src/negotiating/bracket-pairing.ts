import type { SourceText } from './source-text';

/** Where a `[` or `]` stands: in which of the scope's texts, at which character. */
export interface BracketToken {
  text: number;
  offset: number;
  kind: 'open' | 'close';
}

export interface BracketPair {
  open: BracketToken;
  close: BracketToken;
  /** How many pairs hold this one (0 = outermost). */
  depth: number;
}

export interface Pairing {
  pairs: BracketPair[];
  /** Brackets with no partner: kept as characters and reported. */
  unmatched: BracketToken[];
}

export function bracketTokens(texts: readonly SourceText[]): BracketToken[] {
  const tokens: BracketToken[] = [];
  texts.forEach((source, text) => {
    for (let offset = 0; offset < source.text.length; offset += 1) {
      const char = source.text[offset];
      if (char === '[') tokens.push({ text, offset, kind: 'open' });
      else if (char === ']') tokens.push({ text, offset, kind: 'close' });
    }
  });
  return tokens;
}

/**
 * Pairs brackets in reading order across all the texts of one scope (an article, the
 * preamble): a bracket may open in one paragraph and close several list items later, as in
 * "[Each Party's NDMC shall: 1. […] … 16. [Other.]]". A `]` with nothing open, and a `[`
 * still open at the end, have no partner: guessing one would move words in or out of a
 * bracket, which changes what is agreed.
 */
export function pairBrackets(tokens: readonly BracketToken[]): Pairing {
  const open: BracketToken[] = [];
  const pairs: BracketPair[] = [];
  const unmatched: BracketToken[] = [];
  for (const token of tokens) {
    if (token.kind === 'open') {
      open.push(token);
      continue;
    }
    const partner = open.pop();
    if (partner) pairs.push({ open: partner, close: token, depth: open.length });
    else unmatched.push(token);
  }
  unmatched.push(...open);
  return { pairs, unmatched };
}
