import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { apiOf, onDraft, PASSWORD, SHOTS, type Json } from './journey';
import { ProductServer } from './product-server';

const TREATY = `# Convention on Safe Systems

### Article 1 — Objective

1. The Parties shall cooperate on the safety of advanced systems.

### Article 2 — Review

1. The Conference of the Parties shall review this Convention.
`;

/** The three party delegations, their heads, and how each votes on adoption. */
const PARTIES = [
  { name: 'Republic of Aurelia', head: 'head.aurelia@demo.treaty.test', vote: 'Yes' },
  { name: 'Federation of Borealis', head: 'head.borealis@demo.treaty.test', vote: 'Yes' },
  { name: 'Kingdom of Caledonia', head: 'head.caledonia@demo.treaty.test', vote: 'No' },
] as const;

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * One draft from its zero draft to review, as the people of a negotiation do it in the browser:
 * the secretariat issues the zero draft and runs two rounds (Rev.1, Rev.2, and their comparison),
 * the articles are agreed, three heads of delegation vote, the secretariat records the decision,
 * and in review a head records a reservation on the Adopted text, which stays as adopted.
 */
suite('a draft from zero draft to review in Chromium, as npm start runs the product', () => {
  let server: ProductServer;
  let browser: Browser;
  let draftId: string;
  let secretariatToken: string;

  const api = apiOf(() => server.url);
  const login = async (email: string): Promise<string> => (await api('/auth/login', null, { method: 'POST', body: { email, password: PASSWORD } }))['accessToken'];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await ProductServer.start();
    browser = await launchChromium();

    // 1. Setup by API: a negotiation adopting by a two-thirds vote, its three parties with their
    // heads, the secretariat, and a draft of two articles in drafting.
    const adminToken = await login('admin@demo.treaty.test');
    const negotiationId = (
      await api('/negotiations', adminToken, {
        method: 'POST',
        body: { title: 'Convention on Safe Systems', adoptionRule: { method: 'vote', majority: { numerator: 2, denominator: 3 } } },
      })
    )['id'] as string;
    await api(`/negotiations/${negotiationId}/members`, adminToken, { method: 'POST', body: { email: 'secretariat@demo.treaty.test', role: 'secretariat' } });
    for (const party of PARTIES) {
      const delegationId = (await api(`/negotiations/${negotiationId}/delegations`, adminToken, { method: 'POST', body: { name: party.name, kind: 'party' } }))['id'];
      await api(`/negotiations/${negotiationId}/members`, adminToken, { method: 'POST', body: { email: party.head, role: 'head', delegationId } });
    }
    secretariatToken = await login('secretariat@demo.treaty.test');
    draftId = (await api(`/negotiations/${negotiationId}/drafts`, secretariatToken, { method: 'POST', body: { source: { format: 'markdown', content: TREATY } } }))['id'];
    for (const to of ['stakeholder-engagement', 'drafting']) {
      await api(`/drafts/${draftId}/transitions`, secretariatToken, { method: 'POST', body: { to, reason: 'preparing the zero draft' } });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const workflow = (page: Page): Locator => page.getByRole('region', { name: 'Workflow' });
  const currentStage = (page: Page, label: string): Locator => workflow(page).locator('li[aria-current="step"]', { hasText: label });
  const adoption = (page: Page): Locator => page.getByRole('region', { name: 'Adoption' });
  const paragraphOf = (page: Page, article: number): Locator =>
    page.getByRole('textbox', { name: 'Treaty text' }).locator(':scope > article').nth(article).locator(':scope > p[data-numbered="true"]').first();

  /** Moves the draft through the workflow panel, with a reason, and waits for the new stage. */
  async function moveTo(page: Page, stage: string, reason: string): Promise<void> {
    const form = workflow(page).getByRole('form', { name: `Next: ${stage}` });
    await form.getByLabel('Reason (required)').fill(reason);
    await form.getByRole('button', { name: `Move to ${stage}` }).click();
    await currentStage(page, stage).waitFor();
  }

  /** Replaces the final full stop of an article's first paragraph with `words.`, typing in the editor. */
  async function appendTo(page: Page, article: number, words: string): Promise<void> {
    await paragraphOf(page, article).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(`${words}.`);
    // The server holds the words before the round closes on them.
    await until(async () => ((await api(`/drafts/${draftId}/text`, secretariatToken))['articles'][article]['paragraphs'][0]['text'] as string).endsWith(`${words}.`));
  }

  /** Polls `check` (the server's state, which no page element shows) until it holds. */
  async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('the condition did not hold in time');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** From the draft page to its revisions, and back, by the links a person follows. */
  async function revisionsOf(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Revisions', exact: true }).click();
    await page.getByRole('heading', { name: 'Revisions', level: 1 }).waitFor();
  }
  async function backToDraft(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Back to the draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  }

  /** From the revisions page: opens a round, makes `edit` on the draft page, closes the round and sees `label` issued. */
  async function round(page: Page, name: string, edit: () => Promise<void>, label: string): Promise<void> {
    const form = page.getByRole('form', { name: 'Open a round' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Open round' }).click();
    await page.locator('.revisions__rounds li', { hasText: name }).getByText('open').waitFor();
    await backToDraft(page);
    await edit();
    await revisionsOf(page);
    await page.getByRole('button', { name: `Close “${name}” and issue the next revision` }).click();
    await page.getByRole('row', { name: new RegExp(`^${label.replace('.', '\\.')} `) }).waitFor();
  }

  it('zero draft, two rounds compared, adoption by vote, a reservation in review; the Adopted text stays as adopted', async () => {
    // 2. The secretariat, on the draft page, issues the zero draft on the revisions page.
    const secretariat = await onDraft(browser, server.url, 'secretariat@demo.treaty.test', draftId);
    await revisionsOf(secretariat);
    await secretariat.getByRole('button', { name: 'Issue the zero draft from the current text' }).click();
    await secretariat.getByRole('row', { name: /^Zero draft / }).waitFor();
    await backToDraft(secretariat);

    // … moves the draft to negotiation through the workflow panel …
    await currentStage(secretariat, 'Drafting').waitFor();
    await moveTo(secretariat, 'Negotiation', 'The zero draft is issued; negotiations open.');

    // … and holds two rounds, each with an edit typed into the live text: Rev.1, then Rev.2.
    await revisionsOf(secretariat);
    await round(secretariat, 'First session', () => appendTo(secretariat, 0, ' in good faith'), 'Rev.1');
    await round(secretariat, 'Second session', () => appendTo(secretariat, 1, ' periodically'), 'Rev.2');
    await secretariat.screenshot({ path: join(SHOTS, 'journey-revisions.png'), fullPage: true });

    // The comparison of Rev.1 and Rev.2 (the form's default: the last two) shows the inserted word.
    await secretariat.getByRole('button', { name: 'Compare' }).click();
    await secretariat.getByRole('heading', { name: 'Rev.1 → Rev.2' }).waitFor();
    await secretariat.locator('.revisions__clauses ins', { hasText: 'periodically' }).waitFor();
    expect(await secretariat.locator('.revisions__clauses del').count()).toBe(0);
    await secretariat.screenshot({ path: join(SHOTS, 'journey-compare.png'), fullPage: true });
    await secretariat.getByRole('link', { name: 'Back to the revisions' }).click();
    await backToDraft(secretariat);
    // The workflow panel keeps the record: the last revision issued, no round in session.
    const record = workflow(secretariat).getByRole('definition');
    await record.filter({ hasText: /^Rev\.2 / }).waitFor();
    await record.filter({ hasText: 'None in session' }).waitFor();

    // 3. Both articles are agreed in the "Open in the text" panel; the draft moves to adoption.
    const openItems = secretariat.getByRole('region', { name: 'Open in the text' });
    for (const article of [1, 2]) {
      await openItems.getByLabel(`Status of article ${article}`).getByRole('button', { name: 'Mark agreed', exact: true }).click();
      await openItems.getByLabel(`Status of article ${article}`).getByRole('button', { name: 'Mark agreed', exact: true }).waitFor({ state: 'detached' });
    }
    await moveTo(secretariat, 'Adoption', 'Every article is agreed.');

    // 4. The three heads vote in their own browsers: yes, yes, no.
    const heads: Page[] = [];
    for (const party of PARTIES) {
      const head = await onDraft(browser, server.url, party.head, draftId);
      await adoption(head).getByRole('button', { name: `Vote ${party.vote.toLowerCase()}` }).click();
      await adoption(head).getByRole('list', { name: 'Votes' }).getByText(`${party.name}: ${party.vote}`).waitFor();
      await adoption(head).getByRole('button', { name: /^Vote / }).first().waitFor({ state: 'detached' });
      heads.push(head);
    }

    // The secretariat sees the tally, records the decision, and the Adopted text is issued.
    await adoption(secretariat).getByText('Yes 2 · No 1 · Abstain 0 · present and voting 3 — passes').waitFor();
    await adoption(secretariat).getByRole('button', { name: 'Record the decision' }).click();
    await adoption(secretariat).getByRole('status').filter({ hasText: /^Adopted — the Adopted text is revision 3$/ }).waitFor();
    await adoption(secretariat).getByText(/— passes$/).waitFor();
    await secretariat.screenshot({ path: join(SHOTS, 'journey-adopted.png'), fullPage: true });
    const adopted = ((await api(`/drafts/${draftId}/revisions`, secretariatToken))['items'] as Json[]).find((r) => r['label'] === 'Adopted text');
    expect(adopted).toMatchObject({ number: 3, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await workflow(secretariat).getByRole('definition').filter({ hasText: 'adopted — yes 2, no 1, abstain 0' }).waitFor();
    await moveTo(secretariat, 'Review', 'The text is adopted.');

    // 5. In review, the head of Aurelia records a reservation on Article 1; it is listed.
    const aurelia = heads[0] as Page;
    await currentStage(aurelia, 'Review').waitFor();
    const panel = adoption(aurelia);
    await panel.getByLabel('On').selectOption({ label: 'Article 1 — Objective' });
    await panel.getByLabel('Kind').selectOption('reservation');
    await panel.getByLabel('Text').fill('Aurelia does not consider itself bound by Article 1 as to good faith.');
    await panel.getByRole('button', { name: 'Record', exact: true }).click();
    await panel.getByRole('listitem').filter({ hasText: 'Article 1 — Objective · Reservation · Republic of Aurelia' }).getByText('as to good faith').waitFor();
    await aurelia.screenshot({ path: join(SHOTS, 'journey-reservation.png'), fullPage: true });

    // The Adopted text is as it was adopted.
    const after = ((await api(`/drafts/${draftId}/revisions`, secretariatToken))['items'] as Json[]).find((r) => r['label'] === 'Adopted text');
    expect(after?.['sha256']).toBe(adopted?.['sha256']);
  });
});
