import { toAkomaNtoso } from '@treaty/akoma-ntoso';
import type { ExportFormat } from '@treaty/contracts';
import { toDocx, toPdf } from '@treaty/office-documents';
import type { DocumentSource } from '@treaty/treaty-schema';

export interface RenderedFile {
  bytes: Buffer;
  mediaType: string;
  /** A file name a person can keep: the revision's symbol, or the draft's title for the live text. */
  fileName: string;
}

const FORMATS: Record<ExportFormat, { mediaType: string; extension: string; render: (source: DocumentSource) => Promise<Buffer> }> = {
  akn: { mediaType: 'application/akn+xml', extension: 'xml', render: async (source) => Buffer.from(toAkomaNtoso(source), 'utf8') },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', render: toDocx },
  pdf: { mediaType: 'application/pdf', extension: 'pdf', render: toPdf },
};

const fileBase = (source: DocumentSource): string => {
  const name = source.revision ? source.revision.symbol : `${source.draft.title} (live text)`;
  // Symbols hold slashes (TW/2026/…/Rev.2); file systems do not take them.
  return name.replace(/[/\\:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim() || 'treaty';
};

export async function renderFile(source: DocumentSource, format: ExportFormat): Promise<RenderedFile> {
  const { mediaType, extension, render } = FORMATS[format];
  return { bytes: await render(source), mediaType, fileName: `${fileBase(source)}.${extension}` };
}
