import { LIMITS } from '@treaty/contracts';
import type { SourceFormat } from './source-format';

export type ReadTreatyFile =
  | { ok: true; content: string; format: SourceFormat; title: string | null }
  | { ok: false; message: string };

const tooLarge = (): ReadTreatyFile => ({
  ok: false,
  message: `The file is too large to import (at most ${LIMITS.treatySourceChars.toLocaleString('en-GB')} characters).`,
});

/** The format a file's name says: .xml is Akoma Ntoso, .txt plain text, anything else Markdown. */
const formatOf = (name: string): SourceFormat => (/\.xml$/i.test(name) ? 'akn' : /\.txt$/i.test(name) ? 'text' : 'markdown');

/** Reads a picked .md/.txt/.xml file; the extension chooses the format, a leading `# Title` the title. */
export async function readTreatyFile(file: File): Promise<ReadTreatyFile> {
  // Checked before reading, so a mistaken pick of a huge file does not freeze the tab.
  if (file.size > LIMITS.importBodyBytes) return tooLarge();
  let content: string;
  try {
    content = await file.text();
  } catch {
    return { ok: false, message: 'The file could not be read.' };
  }
  if (content.length > LIMITS.treatySourceChars) return tooLarge();
  const format = formatOf(file.name);
  const title = format === 'markdown' ? (/^#\s+(.+)$/m.exec(content)?.[1]?.trim() ?? null) : null;
  return { ok: true, content, format, title };
}
