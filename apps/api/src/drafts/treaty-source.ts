import { fromAkomaNtoso } from '@treaty/akoma-ntoso';
import type { DraftSource } from '@treaty/contracts';
import { invalid } from '@treaty/domain';
import { importTreaty, NotATreatyError, type ImportedTreaty } from '@treaty/treaty-schema';

/**
 * A treaty received as a file, read into the document model: for a new draft, or for a new
 * revision of one. What is not a treaty is a 400 naming why; nothing is half-made from it.
 */
export function readTreatySource(source: DraftSource): ImportedTreaty {
  try {
    return source.format === 'akn' ? fromAkomaNtoso(source.content) : importTreaty(source.content, source.format);
  } catch (error) {
    if (error instanceof NotATreatyError) throw invalid('source.content', `not a treaty text: ${error.message}`);
    throw error;
  }
}
