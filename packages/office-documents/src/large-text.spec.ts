import { join } from 'node:path';
import { importTreaty, toTreatyText, type DocumentSource } from '@treaty/treaty-schema';
import { readFileSync } from 'node:fs';
import { toDocx } from './docx-document';
import { toPdf } from './pdf-document';
import { sampleSource } from './sample-document-source';

/**
 * UNCLOS (320 articles, ~480 kB) is the largest real treaty we hold: an export of it is a
 * request the API answers while others wait, so it must take seconds, not minutes. The bound
 * is loose because Jest's module sandbox makes pdfmake about three times slower than plain
 * Node (docs/documents.md has the plain-Node timings) and CI machines are shared.
 */
const SECONDS_ALLOWED = 60;

describe('a treaty the size of UNCLOS', () => {
  let source: DocumentSource;
  beforeAll(() => {
    const imported = importTreaty(readFileSync(join(__dirname, '../../../fixtures/treaties/unclos-1982.md'), 'utf8'), 'markdown');
    source = { ...sampleSource(), draft: { id: 'u', title: imported.title ?? 'UNCLOS' }, text: toTreatyText(imported.doc), citations: [] };
  });

  const timed = async (make: () => Promise<Buffer>) => {
    const started = performance.now();
    const bytes = await make();
    return { bytes, seconds: (performance.now() - started) / 1000 };
  };

  it('becomes a DOCX in seconds', async () => {
    const { bytes, seconds } = await timed(() => toDocx(source));
    console.info(`UNCLOS (${source.text.articles.length} articles) → DOCX: ${seconds.toFixed(2)} s, ${(bytes.length / 1024).toFixed(0)} KiB`);
    expect(source.text.articles.length).toBeGreaterThanOrEqual(320);
    expect(seconds).toBeLessThan(SECONDS_ALLOWED);
  }, 120_000);

  it('becomes a PDF in seconds', async () => {
    const { bytes, seconds } = await timed(() => toPdf(source));
    console.info(`UNCLOS (${source.text.articles.length} articles) → PDF: ${seconds.toFixed(2)} s, ${(bytes.length / 1024).toFixed(0)} KiB`);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(seconds).toBeLessThan(SECONDS_ALLOWED);
  }, 120_000);
});
