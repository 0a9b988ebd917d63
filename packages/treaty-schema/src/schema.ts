import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { Bracket } from './bracket.mark';
import { PhraseOption } from './option.mark';
import {
  Alternative,
  Alternatives,
  Article,
  ArticleHeading,
  HardBreak,
  Paragraph,
  Preamble,
  Recital,
  Text,
  TreatyDocument,
} from './nodes';

/** The treaty document model, the same in the browser editor and on the server. */
export const TREATY_EXTENSIONS: AnyExtension[] = [
  TreatyDocument,
  Preamble,
  Recital,
  Article,
  ArticleHeading,
  Paragraph,
  Alternatives,
  Alternative,
  Text,
  HardBreak,
  Bracket,
  PhraseOption,
];

let schema: Schema | null = null;
export function treatySchema(): Schema {
  schema ??= getSchema(TREATY_EXTENSIONS);
  return schema;
}
