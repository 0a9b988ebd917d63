import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { apiOf, demoNegotiation, onDraft, SHOTS, type Json } from './journey';
import { ProductServer } from './product-server';
const TREATY = `# Convention on Safe Systems

### Article 1 — Objective

1. The Parties shall cooperate on the safety of advanced systems.

### Article 2 — Review

1. The Conference of the Parties shall review this Convention.
`;

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * The heart of negotiating a text, in three browsers at once: a delegate brackets words, the
 * other delegation sees the bracket with its proposer and joins it, the secretariat accepts it,
 * and the audit log names who did what.
 */
suite('brackets negotiated in Chromium, as npm start runs the product', () => {
  let server: ProductServer;
  let browser: Browser;
  let draftId: string;
  let negotiationId: string;
  let secretariatToken: string;

  const api = apiOf(() => server.url);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await ProductServer.start();
    browser = await launchChromium();
    ({ token: secretariatToken, negotiationId } = await demoNegotiation(api, 'secretariat@demo.treaty.test'));
    draftId = (await api(`/negotiations/${negotiationId}/drafts`, secretariatToken, { method: 'POST', body: { source: { format: 'markdown', content: TREATY } } })).id;
    for (const to of ['stakeholder-engagement', 'drafting', 'negotiation']) {
      await api(`/drafts/${draftId}/transitions`, secretariatToken, { method: 'POST', body: { to, reason: 'opening the negotiation' } });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openDraftAs(email: string): Promise<Page> {
    const page = await onDraft(browser, server.url, email, draftId);
    await objective(page).waitFor();
    return page;
  }

  const objective = (page: Page): Locator =>
    page.getByRole('textbox', { name: 'Treaty text' }).locator(':scope > article').first().locator(':scope > p[data-numbered="true"]').first();
  const bracketIn = (page: Page): Locator => objective(page).locator('span[data-type="bracket"]');

  /** Selects `word` in the objective as a user does: a double click on it. */
  const selectWord = (page: Page, word: string): Promise<void> => selectWordIn(objective(page), page, word);

  /** Selects `word` inside `where` with a double click. */
  async function selectWordIn(where: Locator, page: Page, word: string): Promise<void> {
    const box = await where.evaluate((p, w) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(w) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      throw new Error(`no ${w}`);
    }, word);
    await page.mouse.dblclick(box.x, box.y);
  }

  it('a delegate brackets a phrase; the other delegation sees it with its proposer and joins; the secretariat accepts; the audit names each', async () => {
    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    const borealis = await openDraftAs('delegate.borealis@demo.treaty.test');
    const secretariat = await openDraftAs('secretariat@demo.treaty.test');

    await selectWord(aurelia, 'cooperate');
    await aurelia.getByRole('button', { name: '[ Bracket ]' }).click();
    await aurelia.getByLabel('Reason').selectOption('modify');
    await aurelia.getByLabel('Note').fill('prefer “collaborate”');
    await aurelia.getByRole('button', { name: 'Add brackets' }).click();

    // Borealis sees the bracket appear, its proposer named beside it.
    await bracketIn(borealis).filter({ hasText: 'cooperate' }).waitFor();
    await objective(borealis).locator('.proposers', { hasText: 'Aurelia' }).waitFor();
    await borealis.screenshot({ path: join(SHOTS, 'brackets-borealis-sees-aurelia.png') });

    // Borealis puts the caret in the bracket, reads who proposed it, and joins.
    await bracketIn(borealis).click();
    await borealis.getByText('Bracket proposed by').getByText('Republic of Aurelia').waitFor();
    await borealis.getByRole('button', { name: 'Join as co-proposer' }).click();
    await objective(aurelia).locator('.proposers', { hasText: 'Aurelia, Borealis' }).waitFor();

    // The secretariat's panel lists the bracket with both proposers; it accepts it.
    const panel = secretariat.getByRole('region', { name: 'Open in the text' });
    await panel.getByText('Republic of Aurelia, Federation of Borealis').waitFor();
    await secretariat.screenshot({ path: join(SHOTS, 'brackets-secretariat-panel.png') });

    // The bracket dashboard counts it for each proposing delegation.
    const board = await secretariat.context().newPage();
    await board.goto(`${server.url}/drafts/${draftId}/brackets`);
    const byDelegation = board.getByRole('table').first();
    await byDelegation.getByRole('row', { name: /Federation of Borealis 1 0/ }).waitFor();
    await byDelegation.getByRole('row', { name: /Republic of Aurelia 1 0/ }).waitFor();
    await board.screenshot({ path: join(SHOTS, 'brackets-dashboard.png'), fullPage: true });
    await board.close();
    await panel.getByRole('button', { name: 'Accept' }).click();

    // Every page drops the brackets and the chip; the words stay (other people's carets sit in
    // the paragraph's DOM, so its words are read from the server).
    for (const page of [aurelia, borealis, secretariat]) {
      await bracketIn(page).waitFor({ state: 'detached' });
      await objective(page).locator('.proposers').waitFor({ state: 'detached' });
      await objective(page).getByText(/cooperate/).waitFor();
    }
    expect((await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][0]['paragraphs'][0]).toMatchObject({
      text: 'The Parties shall cooperate on the safety of advanced systems.',
      brackets: [],
    });
    await aurelia.screenshot({ path: join(SHOTS, 'brackets-accepted.png') });

    const audit = (await api(`/negotiations/${negotiationId}/audit?limit=100`, secretariatToken))['items'] as Json[];
    const story = audit
      .filter((e) => e['target']['type'] === 'bracket')
      .map((e) => `${e['action']} by ${e['actor']['name']}`);
    expect(story).toEqual(['bracket.create by Tomás Ferreira', 'bracket.proposers by Mikael Lund', 'bracket.resolve by Amina Diallo']);
  });

  it('a delegation tables another wording; the other sees Option 2 in its name; the secretariat keeps it', async () => {
    const borealis = await openDraftAs('delegate.borealis@demo.treaty.test');
    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    const secretariat = await openDraftAs('secretariat@demo.treaty.test');
    const review = (page: Page) => page.getByRole('textbox', { name: 'Treaty text' }).locator(':scope > article').nth(1);

    await review(borealis).locator('p').filter({ hasText: 'review this Convention' }).click();
    await borealis.getByRole('button', { name: 'Table an alternative' }).click();
    // The caret lands at the end of Option 2, the copy to reword.
    await borealis.keyboard.press('Backspace');
    await borealis.keyboard.type(' every five years.');
    const option2 = (page: Page) => review(page).locator('div[data-type="alternative"]').nth(1);
    await option2(aurelia).filter({ hasText: 'every five years' }).waitFor();
    await option2(aurelia).locator('.proposers', { hasText: 'Borealis' }).waitFor();
    await aurelia.screenshot({ path: join(SHOTS, 'options-aurelia-sees-borealis.png') });

    // Aurelia objects to the options; the tally by clause says so for everyone.
    const proposals = aurelia.getByRole('region', { name: 'Amendment proposals' });
    await proposals.getByLabel('On', { exact: true }).selectOption({ label: 'Article 2(1): the options' });
    await proposals.getByLabel('Position', { exact: true }).selectOption('objection');
    await proposals.getByRole('button', { name: 'Record position' }).click();
    await secretariat.getByRole('region', { name: 'Amendment proposals' }).getByText('Objection: Republic of Aurelia').waitFor();

    const panel = secretariat.getByRole('region', { name: 'Open in the text' });
    await panel.getByText('Federation of Borealis').waitFor();
    await panel.getByRole('button', { name: 'Keep this option' }).nth(1).click();
    for (const page of [aurelia, borealis]) await review(page).locator('div[data-type="alternatives"]').waitFor({ state: 'detached' });
    expect((await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][1]['paragraphs']).toEqual([
      expect.objectContaining({ kind: 'paragraph', text: 'The Conference of the Parties shall review this Convention every five years.' }),
    ]);
  });

  it('a delegation offers another wording of a phrase; the other sees both options; the secretariat keeps one', async () => {
    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    const borealis = await openDraftAs('delegate.borealis@demo.treaty.test');
    const secretariat = await openDraftAs('secretariat@demo.treaty.test');
    const review = (page: Page) => page.getByRole('textbox', { name: 'Treaty text' }).locator(':scope > article').nth(1).locator('p').first();

    await selectWordIn(review(aurelia), aurelia, 'five');
    await aurelia.getByRole('button', { name: 'Offer another wording' }).click();
    await aurelia.getByLabel('Another wording').fill('three');
    await aurelia.getByRole('button', { name: 'Offer it' }).click();
    const options = (page: Page) => review(page).locator('span[data-type="option"]');
    await options(borealis).filter({ hasText: 'three' }).waitFor();
    await options(borealis).filter({ hasText: 'five' }).waitFor();
    await review(borealis).locator('.proposers', { hasText: 'Aurelia' }).waitFor();
    await borealis.screenshot({ path: join(SHOTS, 'phrase-options-borealis.png') });

    const panel = secretariat.getByRole('region', { name: 'Open in the text' });
    await panel.getByText('Republic of Aurelia').waitFor();
    await panel.getByRole('button', { name: 'Keep this option' }).first().click();
    await options(aurelia).first().waitFor({ state: 'detached' });
    expect((await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][1]['paragraphs'][0]['text']).toBe(
      'The Conference of the Parties shall review this Convention every five years.',
    );
  });

  it('a comment on selected words quotes them, and a delegation’s own note stays with it', async () => {
    const borealis = await openDraftAs('delegate.borealis@demo.treaty.test');
    await selectWord(borealis, 'advanced');
    const comments = borealis.getByRole('region', { name: 'Comments' });
    await comments.getByText(/On the words selected in Article 1\(1\)/).waitFor();
    await comments.getByLabel('Who may read it').selectOption('delegation');
    await comments.getByLabel('Comment', { exact: true }).fill('Capitals ask us to resist “advanced”.');
    await comments.getByRole('button', { name: 'Comment', exact: true }).click();
    await comments.locator('blockquote', { hasText: 'advanced' }).waitFor();
    await borealis.screenshot({ path: join(SHOTS, 'comment-on-words.png'), fullPage: true });

    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    await aurelia.getByRole('region', { name: 'Comments' }).getByText('No comments yet.').waitFor();
  });

  it('holds an agreed article still in the editor, for the delegate typing into it', async () => {
    const clauseId = (await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][0]['clauseId'];
    await api(`/drafts/${draftId}/clauses/${clauseId}/status`, secretariatToken, { method: 'POST', body: { status: 'agreed' } });
    const aurelia = await openDraftAs('delegate.aurelia@demo.treaty.test');
    await aurelia.locator('article[data-status="agreed"]').waitFor();
    await objective(aurelia).click();
    await aurelia.keyboard.type(' NOT AGREED');
    await new Promise((r) => setTimeout(r, 500));
    expect(await objective(aurelia).textContent()).not.toContain('NOT AGREED');
    expect((await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][0]['paragraphs'][0]['text']).toBe(
      'The Parties shall cooperate on the safety of advanced systems.',
    );
  });
});
