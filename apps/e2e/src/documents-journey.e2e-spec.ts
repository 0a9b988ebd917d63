import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { apiOf, demoNegotiation, onDraft, signedIn, SHOTS, type Json } from './journey';
import { ProductServer } from './product-server';

const suite = chromiumAvailable() ? describe : describe.skip;
const ROOT = resolve(__dirname, '..', '..', '..');
const UNCLOS = join(ROOT, 'fixtures', 'treaties', 'unclos-1982.md');
const SCHEMA = join(ROOT, 'fixtures', 'akn', 'schema', 'akomantoso30.xsd');
const HISTORY_TITLE = 'Paris Agreement negotiations, 2015 (history)';
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Documents out and in, as a negotiator meets them on `npm start`: a whole convention imported
 * with its progress shown, the bracket trend of the 2015 Paris texts, files of a revision
 * downloaded (PDF rendered to an image to be looked at, Akoma Ntoso validated), search leading
 * to the clause, and the frameworks registry's charts.
 */
suite('documents out and in, in Chromium, as npm start runs the product', () => {
  let server: ProductServer;
  let browser: Browser;
  let negotiationId: string;
  let historyId: string;

  const api = apiOf(() => server.url);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await ProductServer.start();
    browser = await launchChromium();
    const demo = await demoNegotiation(api, 'secretariat@demo.treaty.test');
    negotiationId = demo.negotiationId;
    const drafts = (await api(`/negotiations/${negotiationId}/drafts?limit=100`, demo.token))['items'] as Json[];
    historyId = drafts.find((d) => d['title'] === HISTORY_TITLE)?.['id'];
    expect(historyId).toBeDefined();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports UNCLOS from a file, showing progress and the time taken, and opens its 320 articles', async () => {
    const page = await signedIn(browser, server.url, 'secretariat@demo.treaty.test');
    await page.goto(`${server.url}/negotiations/${negotiationId}`);
    await page.getByLabel('Import from file').setInputFiles(UNCLOS);
    await page.getByRole('button', { name: 'Create draft' }).click();
    const done = page.getByRole('status').filter({ hasText: /imported \(\d+\.\d s\)/ });
    await done.waitFor({ timeout: 60_000 });
    console.log(`UNCLOS import in the browser: ${await done.textContent()}`);
    await page.screenshot({ path: join(SHOTS, 'documents-import-unclos.png') });

    await page.getByRole('link', { name: /Law of the Sea/ }).first().click();
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    // Article 320, the last: article numbers are drawn by CSS, so its words are looked for.
    await page.locator('.ProseMirror').getByText('texts are equally authentic', { exact: false }).first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.ProseMirror article').count()).toBe(320);
  });

  async function historyPage(): Promise<Page> {
    const page = await onDraft(browser, server.url, 'delegate.aurelia@demo.treaty.test', historyId);
    await page.getByRole('region', { name: 'Brackets over revisions' }).waitFor();
    return page;
  }

  it('charts the brackets of the 2015 texts falling to none, revision by revision', async () => {
    const page = await historyPage();
    const trend = page.getByRole('region', { name: 'Brackets over revisions' });
    const caption = (await trend.locator('figcaption').textContent()) ?? '';
    const counts = [...caption.matchAll(/: (\d+) brackets/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(5);
    expect(counts[0]).toBeGreaterThan(300);
    expect(counts.slice(3)).toEqual([0, 0]);
    // The chart itself is drawn: two lines across five points.
    expect(await trend.locator('.recharts-line').count()).toBe(2);
    await trend.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await trend.screenshot({ path: join(SHOTS, 'documents-bracket-trend.png') });
  });

  it('issues a text received as a file as the next revision, refusing one that rewords an agreed article', async () => {
    const secretariat = (await demoNegotiation(api, 'secretariat@demo.treaty.test')).token;
    const first = '# Received-text check\n\n### Article 1 — Objective\n\n1. Parties shall cooperate on safety.\n';
    const draft = await api(`/negotiations/${negotiationId}/drafts`, secretariat, { method: 'POST', body: { source: { format: 'markdown', content: first } } });
    for (const to of ['stakeholder-engagement', 'drafting', 'negotiation']) {
      await api(`/drafts/${draft['id']}/transitions`, secretariat, { method: 'POST', body: { to, reason: 'to negotiate' } });
    }
    const article1 = (await api(`/drafts/${draft['id']}/text`, secretariat))['articles'][0]['clauseId'];
    await api(`/drafts/${draft['id']}/clauses/${article1}/status`, secretariat, { method: 'POST', body: { status: 'agreed' } });
    const reworded = join(SHOTS, 'received-reworded.md');
    const kept = join(SHOTS, 'received-kept.md');
    writeFileSync(reworded, first.replace('cooperate on', 'endeavour to cooperate on'));
    writeFileSync(kept, `${first}\n### Article 2 — Finance\n\n1. Developed countries shall provide finance.\n`);

    const page = await signedIn(browser, server.url, 'secretariat@demo.treaty.test');
    await page.goto(`${server.url}/drafts/${draft['id']}/revisions`);
    const form = page.getByRole('form', { name: 'Issue a text received as a file' });
    await form.getByLabel('Received file').setInputFiles(reworded);
    // Looked at first: the words it would change, and the refusal it would meet.
    await form.getByRole('button', { name: 'Preview the changes' }).click();
    const preview = form.getByRole('region', { name: 'What received-reworded.md would change' });
    await preview.getByRole('alert').filter({ hasText: 'Article 1 is agreed and locked' }).waitFor();
    expect(await preview.locator('ins').filter({ hasText: 'endeavour to' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'documents-received-preview.png'), fullPage: true });
    await form.getByRole('button', { name: 'Issue as the next revision' }).click();
    await form.getByRole('alert').filter({ hasText: 'Article 1 is agreed and locked' }).first().waitFor();

    await form.getByLabel('Received file').setInputFiles(kept);
    await form.getByLabel('Label').fill('Zero draft as circulated');
    await form.getByRole('button', { name: 'Issue as the next revision' }).click();
    await form.getByRole('status').filter({ hasText: 'Zero draft as circulated' }).first().waitFor();
    await page.getByRole('rowheader', { name: 'Zero draft as circulated' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'documents-received-text.png'), fullPage: true });
    const live = await api(`/drafts/${draft['id']}/text`, secretariat);
    expect(live['articles'].map((a: Json) => a['status'])).toEqual(['agreed', 'open']);
  });

  it('downloads a revision as PDF (brackets shown, symbol in the header) and as valid Akoma Ntoso', async () => {
    const page = await historyPage();
    const panel = page.getByRole('region', { name: 'Export' });
    await panel.getByLabel('Text').selectOption({ label: (await panel.getByLabel('Text').locator('option', { hasText: '23 Oct 2015' }).textContent()) ?? '' });
    await panel.getByLabel('Format').selectOption('pdf');
    const [pdf] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
    const pdfPath = join(SHOTS, 'documents-revision-0.pdf');
    await pdf.saveAs(pdfPath);
    expect(pdf.suggestedFilename()).toMatch(/^TW-\d{4}-[0-9A-F]{8}\.pdf$/);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await panel.getByRole('status').filter({ hasText: /saved/ }).waitFor();
    if (onPath('pdftotext')) {
      const text = execFileSync('pdftotext', ['-l', '3', pdfPath, '-']).toString();
      expect(text).toContain('ADP draft, 23 Oct 2015');
      expect(text).toMatch(/\[[^\]]+\]/);
      // The first page as an image, to be looked at.
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(SHOTS, 'documents-revision-0-page')]);
    }

    await panel.getByLabel('Format').selectOption('akn');
    const [akn] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
    const aknPath = join(SHOTS, 'documents-revision-0.xml');
    await akn.saveAs(aknPath);
    if (onPath('xmllint')) execFileSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, aknPath], { stdio: 'pipe' });
    else if (process.env['CI'] === 'true') throw new Error('xmllint is required under CI=true');
  });

  it('finds words of the text through the header search and leads to the clause', async () => {
    const page = await signedIn(browser, server.url, 'delegate.aurelia@demo.treaty.test');
    await page.getByLabel('Search the drafts').fill('loss and damage');
    await page.getByLabel('Search the drafts').press('Enter');
    const results = page.getByRole('region', { name: 'Results' });
    await results.waitFor();
    // A hit in the live text leads to its clause (revision hits lead to the revisions page).
    const hit = results.locator('a[href*="#clause-"]').filter({ hasText: HISTORY_TITLE }).first();
    await hit.waitFor();
    await page.screenshot({ path: join(SHOTS, 'documents-search.png') });
    await hit.click();
    await page.waitForURL(/#clause-/);
    await page.locator('.clause--sought').first().waitFor({ timeout: 30_000 });
  });

  it('charts the frameworks registry by year and by binding nature', async () => {
    const page = await signedIn(browser, server.url, 'observer@demo.treaty.test');
    await page.goto(`${server.url}/frameworks`);
    await page.getByRole('heading', { name: 'Frameworks', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'EU AI Act' }).waitFor();
    const byYear = page.getByRole('figure', { name: 'Instruments by year of adoption' });
    await byYear.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await byYear.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);
    await page.getByRole('figure', { name: 'Instruments by binding nature' }).locator('.recharts-pie-sector, .recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'documents-frameworks.png'), fullPage: true });
  });
});
