import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** What the browser journeys share: the demo's password and negotiation, a JSON API caller, signing in. */
export const PASSWORD = 'negotiate-2026';
export const DEMO_TITLE = 'Framework Convention on Artificial Intelligence Safety';
/** Screenshots land here, to be looked at. */
export const SHOTS = resolve(__dirname, '..', '..', '..', 'dist', 'e2e');

/** API answers as the journeys read them: loosely, each spec asserting the fields it needs. */
export interface Json {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by the assertions, not the type
  [key: string]: any;
}

export type Api = (path: string, token: string | null, init?: { method?: string; body?: unknown }) => Promise<Json>;

/** Calls the product's API; anything but 2xx fails the test with the answer. */
export function apiOf(baseUrl: () => string): Api {
  return async (path, token, init = {}) => {
    const response = await fetch(`${baseUrl()}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const body = (await response.json()) as Json;
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${JSON.stringify(body)}`);
    return body;
  };
}

/** A demo account's token and the demo negotiation's id. */
export async function demoNegotiation(api: Api, email: string): Promise<{ token: string; negotiationId: string }> {
  const token = (await api('/auth/login', null, { method: 'POST', body: { email, password: PASSWORD } }))['accessToken'] as string;
  const negotiationId = (await api('/negotiations', token))['items'].find((n: Json) => n['title'] === DEMO_TITLE).id as string;
  return { token, negotiationId };
}

/** A fresh context per person (separate storage, so separate sessions, as on two laptops), signed in. */
export async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My negotiations' }).waitFor();
  return page;
}

/** Signed in, on the draft's page, connected to its live text. */
export async function onDraft(browser: Browser, baseUrl: string, email: string, draftId: string): Promise<Page> {
  const page = await signedIn(browser, baseUrl, email);
  await page.goto(`${baseUrl}/drafts/${draftId}`);
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  return page;
}
