import type { SourceBlock } from './source-blocks';
import { prependSource, sliceSource, type SourceText } from './source-text';

/**
 * "**Option 1:** …", "**Option II**", "Option (b) 2:" — the label that opens one of several
 * competing versions of a paragraph or a run of paragraphs. A `[` written before the label
 * ("**[Option 2**") belongs to the negotiators' brackets and is kept with the words.
 */
export interface OptionLabel {
  /** As written after "Option": "1", "II", "1bis", "(b) 2". */
  label: string;
  /** Option 1, I or (a): starts a new set even right after another set. */
  first: boolean;
  /** Words after the label on the same line, the kept `[` and any "(paras 6-9bis)" included. */
  rest: SourceText;
}

const LABEL = /^(\[?)\s*Option\s*(\d+[a-z]*|[IVX]+[a-z]*|\([a-z]\)(?:\s*\d+)?)(?![a-z0-9])\s*(\([^)]*\))?\s*:*\s*[.:]?\s*([\s\S]*)$/;
const FIRST = /^(?:1|I|\(a\)(?:\s*1)?)$/;

export function optionLabel(block: SourceBlock): OptionLabel | null {
  const match = LABEL.exec(block.words.text);
  if (!match) return null;
  const [, bracket = '', label = '', note = '', words = ''] = match;
  const prefix = bracket + (note ? `${note} ` : '');
  const rest = prependSource(prefix, sliceSource(block.words, block.words.text.length - words.length));
  return { label, first: FIRST.test(label), rest: { ...rest, text: rest.text.trimEnd() } };
}
