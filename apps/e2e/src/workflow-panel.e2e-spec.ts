import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './browser';
import { apiOf, demoNegotiation, onDraft, SHOTS } from './journey';
import { ProductServer } from './product-server';

const suite = chromiumAvailable() ? describe : describe.skip;

/**
 * The workflow panel on a draft page: the secretariat reads what each move needs and moves the
 * draft with a reason; a guard the text does not meet is shown unmet with the server's reason;
 * the history names who moved and why; a delegate follows the same panel without the forms.
 */
suite('the workflow panel in Chromium, as npm start runs the product', () => {
  let server: ProductServer;
  let browser: Browser;
  let draftId: string;
  let secretariatToken: string;

  const api = apiOf(() => server.url);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await ProductServer.start();
    browser = await launchChromium();
    const demo = await demoNegotiation(api, 'secretariat@demo.treaty.test');
    secretariatToken = demo.token;
    const negotiationId = demo.negotiationId;
    // Created empty: no article, so no zero draft for the move to negotiation.
    const draft = await api(`/negotiations/${negotiationId}/drafts`, secretariatToken, { method: 'POST', body: { title: 'Workflow check' } });
    expect(draft['stage']).toBe('issue-identification');
    draftId = draft['id'];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function openDraftAs(email: string): Promise<Page> {
    const page = await onDraft(browser, server.url, email, draftId);
    await panelOf(page).waitFor();
    return page;
  }

  const panelOf = (page: Page): Locator => page.getByRole('region', { name: 'Workflow' });
  const currentStage = (page: Page, label: string): Locator => panelOf(page).locator('li[aria-current="step"]', { hasText: label });
  const move = (page: Page, heading: string): Locator => panelOf(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: heading }) });
  const timeline = (page: Page): Locator => panelOf(page).getByRole('list', { name: 'Moves of the draft, newest first' }).getByRole('listitem');

  it('the secretariat moves the draft through the panel, sees the unmet zero-draft guard with its reason, and reads the history', async () => {
    const page = await openDraftAs('secretariat@demo.treaty.test');
    await currentStage(page, 'Issue identification').waitFor();

    const toEngagement = move(page, 'Next: Stakeholder engagement');
    await toEngagement.getByText('Nothing to check: the move needs only a reason.').waitFor();
    expect(await toEngagement.locator('.checklist__item--unmet').count()).toBe(0);
    const form = toEngagement.getByRole('form', { name: 'Next: Stakeholder engagement' });
    // A move without a reason is refused before it is sent.
    await form.getByRole('button', { name: 'Move to Stakeholder engagement' }).click();
    await form.getByText('must not be empty').waitFor();
    await currentStage(page, 'Issue identification').waitFor();
    await form.getByLabel('Reason (required)').fill('The issues were identified at the first session.');
    await page.screenshot({ path: join(SHOTS, 'workflow-secretariat-issue-identification.png') });
    await form.getByRole('button', { name: 'Move to Stakeholder engagement' }).click();

    await currentStage(page, 'Stakeholder engagement').waitFor();
    await timeline(page).filter({ hasText: 'The issues were identified at the first session.' }).waitFor();

    // Another move, made elsewhere, reaches the open page through the live stage event.
    await api(`/drafts/${draftId}/transitions`, secretariatToken, { method: 'POST', body: { to: 'drafting', reason: 'Consultations closed.' } });
    await currentStage(page, 'Drafting').waitFor();

    const toNegotiation = move(page, 'Next: Negotiation');
    const unmet = toNegotiation.locator('li[data-guard="zero-draft-exists"]');
    await unmet.filter({ hasText: 'there is no zero draft yet: the text has no article' }).waitFor();
    expect(await unmet.textContent()).toBe('✗Not met: A zero draft exists — there is no zero draft yet: the text has no article');
    expect(await toNegotiation.getByRole('button', { name: 'Move to Negotiation' }).isDisabled()).toBe(true);
    await move(page, 'Back to Stakeholder engagement').getByText('Moving back needs only a reason.').waitFor();

    await timeline(page).nth(1).waitFor();
    const history = await timeline(page).allTextContents();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^Stakeholder engagement → DraftingConsultations closed\.Amina Diallo, /);
    expect(history[1]).toMatch(/^Issue identification → Stakeholder engagementThe issues were identified at the first session\.Amina Diallo, /);
    await panelOf(page).screenshot({ path: join(SHOTS, 'workflow-secretariat-drafting.png') });
  });

  it('a delegate follows the same checklist and history, with no form to move the draft', async () => {
    const page = await openDraftAs('delegate.aurelia@demo.treaty.test');
    await currentStage(page, 'Drafting').waitFor();
    await move(page, 'Next: Negotiation').locator('li[data-guard="zero-draft-exists"]').waitFor();
    await timeline(page).nth(1).waitFor();
    expect(await panelOf(page).getByRole('form').count()).toBe(0);
    expect(await panelOf(page).getByRole('button', { name: /^Move to/ }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'workflow-delegate.png') });
  });
});
