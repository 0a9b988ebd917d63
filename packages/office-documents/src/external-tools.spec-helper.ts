import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The programs that read our files back as a person's tools would (poppler's pdftotext,
 * LibreOffice). Missing on a developer's machine, their checks are skipped loudly; missing in
 * CI they fail, because a skipped check there would pass a broken file.
 */
export function describeWithTools(tools: readonly string[], name: string, body: () => void): void {
  const missing = tools.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
  if (missing.length === 0) return describe(name, body);
  if (process.env['CI'] === 'true') {
    describe(name, () => it(`needs ${missing.join(', ')}`, () => {
      throw new Error(`CI=true and ${missing.join(', ')} not installed (apt-get install poppler-utils libreoffice-writer-nogui)`);
    }));
    return;
  }
  console.warn(`*** LEFT OUT: "${name}" — ${missing.join(', ')} not installed ***`);
  describe.skip(name, body);
}

/**
 * The text pdftotext reads from a PDF, pages separated by form feeds; `layout` keeps each
 * printed line a line (a number beside its paragraph), as a reader sees the page.
 */
export function pdfText(pdf: Buffer, { layout = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdftotext-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** LibreOffice's own PDF of a DOCX: proof that it opens the file, and how it lays it out. */
export function libreOfficePdf(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'soffice-'));
  try {
    writeFileSync(join(dir, 'in.docx'), docx);
    // A profile of its own: parallel runs sharing one profile lock each other out.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'in.docx')],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'in.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Asserts that each string appears after the one before it. */
export function expectInOrder(text: string, expected: readonly string[]): void {
  let from = 0;
  for (const want of expected) {
    const at = text.indexOf(want, from);
    expect({ want, found: at >= 0 }).toEqual({ want, found: true });
    from = at + want.length;
  }
}
