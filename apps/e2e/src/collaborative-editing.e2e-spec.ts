import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { apiOf, demoNegotiation, onDraft, SHOTS } from './journey';
import { ProductServer } from './product-server';
// shared/ lies beside the repository, as for the treaty-schema fixtures.
const PARIS = resolve(__dirname, '..', '..', '..', 'fixtures', 'treaties', 'paris-agreement-2015.md');
// Words no treaty contains, so finding them proves they travelled from one browser to the other.
const PHRASE = 'with the Aurelia–Borealis safeguard of 2026 ';

const suite = chromiumAvailable() ? describe : describe.skip;

suite('a draft edited live, in Chromium contexts against the product as npm start runs it', () => {
  let server: ProductServer;
  let browser: Browser;
  let draftId: string;

  const api = apiOf(() => server.url);

  /** As the secretariat: the Paris Agreement imported as a draft, open to delegates and observers. */
  async function createParisDraft(): Promise<string> {
    const { token: accessToken, negotiationId } = await demoNegotiation(api, 'secretariat@demo.treaty.test');
    const draft = await api(`/negotiations/${negotiationId}/drafts`, accessToken, {
      method: 'POST',
      body: { title: 'Paris Agreement (working copy)', source: { format: 'markdown', content: readFileSync(PARIS, 'utf8') } },
    });
    expect(draft['warnings']).toEqual([]);
    // The workflow moves one stage at a time; a new draft starts at issue identification.
    for (const to of ['stakeholder-engagement', 'drafting', 'negotiation']) {
      await api(`/drafts/${draft.id}/transitions`, accessToken, { method: 'POST', body: { to, reason: 'opening' } });
    }
    if (draft['observerAccess'] !== 'open') {
      await api(`/drafts/${draft.id}`, accessToken, { method: 'PATCH', body: { observerAccess: 'open' } });
    }
    return draft.id as string;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await ProductServer.start();
    browser = await launchChromium();
    draftId = await createParisDraft();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh context per person: separate storage, so separate sessions, as on two laptops. */
  async function openDraftAs(email: string): Promise<Page> {
    const page = await onDraft(browser, server.url, email, draftId);
    await page.getByRole('heading', { level: 1, name: /Paris Agreement/ }).waitFor();
    await articleParagraph(page, 2, 1).waitFor();
    return page;
  }

  const editorOf = (page: Page): Locator => page.getByRole('textbox', { name: 'Treaty text' });

  /** The n-th numbered paragraph of the n-th article, as numbered on screen. */
  const articleParagraph = (page: Page, article: number, paragraph: number): Locator =>
    editorOf(page)
      .locator(':scope > article')
      .nth(article - 1)
      .locator(':scope > p[data-numbered="true"]')
      .nth(paragraph - 1);

  const presenceOf = (page: Page): Locator => page.getByRole('region', { name: 'In this draft' });

  it('shows one delegate’s typing to another, and each of them in the other’s presence list', async () => {
    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    const borealis = await openDraftAs('delegate.borealis@demo.treaty.test');
    expect(await editorOf(aurelia).getAttribute('contenteditable')).toBe('true');
    expect(await articleParagraph(aurelia, 2, 1).textContent()).toMatch(/^This Agreement, in enhancing/);

    // The caret goes to the start of Article 2, paragraph 1, then the words are typed as a user would.
    await articleParagraph(aurelia, 2, 1).click({ position: { x: 2, y: 4 } });
    await aurelia.keyboard.press('Home');
    await aurelia.keyboard.type(PHRASE);

    await articleParagraph(borealis, 2, 1).filter({ hasText: PHRASE.trim() }).waitFor();
    await presenceOf(aurelia).getByText('Federation of Borealis').waitFor();
    await presenceOf(borealis).getByText('Republic of Aurelia').waitFor();
    await presenceOf(borealis).getByText('Tomás Ferreira').waitFor();

    await articleParagraph(borealis, 2, 1).scrollIntoViewIfNeeded();
    await aurelia.screenshot({ path: join(SHOTS, 'draft-aurelia-typing.png') });
    await borealis.screenshot({ path: join(SHOTS, 'draft-borealis-sees-it.png') });
  });

  it('shows an observer the live text without letting them edit it', async () => {
    const observer = await openDraftAs('observer@demo.treaty.test');
    await articleParagraph(observer, 2, 1).filter({ hasText: PHRASE.trim() }).waitFor();
    expect(await editorOf(observer).getAttribute('contenteditable')).toBe('false');
    expect(await observer.getByRole('toolbar', { name: 'Treaty structure' }).count()).toBe(0);
    await articleParagraph(observer, 2, 1).scrollIntoViewIfNeeded();
    await observer.screenshot({ path: join(SHOTS, 'draft-observer-reads.png') });
  });
});
