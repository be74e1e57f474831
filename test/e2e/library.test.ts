import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLibrarySite, type LibrarySite } from '../../apps/server/test/support/library-site.ts';
import { apiCall } from './support/api-session.ts';
import { launchBrowser, screenshot, seriousAxeViolations, type BrowserHandle } from './support/browser.ts';
import { startServer, type ServerHandle } from './support/server.ts';

// The resource library end to end: an admin adds a local site and crawls it, a session about sleep gets the sleep
// page proposed, the admin approves it, and the client reads it in their portal.
const ADMIN = { email: 'e2e.library@example.com', password: 'correct horse battery staple' };
const TRANSCRIPT = [
  'Therapist: How have the nights been since last week?',
  "Client: Bad. I can't sleep, the insomnia is back and I'm awake at three every night, exhausted all day.",
  'Therapist: That sounds draining. What happens when you wake up?',
  'Client: I lie there and worry about work until the alarm goes off, then I am tired at my desk.',
  "Therapist: For this week, I'd like you to keep a sleep diary every morning. Would that work?",
  'Client: Yes, I can keep a sleep diary.',
].join('\n');

let server: ServerHandle;
let browser: BrowserHandle;
let site: LibrarySite;
let page: Page;
let dir: string;

async function expectNoSeriousAxeViolations(p: Page, name: string): Promise<void> {
  const violations = await seriousAxeViolations(p);
  expect(
    violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}`),
  ).toEqual([]);
}

beforeAll(async () => {
  site = await startLibrarySite();
  server = await startServer({ CRAWL_ALLOW_PRIVATE_HOSTS: 'true' });
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'insession-e2e-library-'));
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('resource library in Chromium against the real server', () => {
  it('an admin adds a site, crawls it with visible progress and reads the pages', async () => {
    const res = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ practiceName: 'Library practice', name: 'Dr. Library', ...ADMIN }),
    });
    expect(res.status).toBe(201);
    page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { name: 'Resource library' }).waitFor();

    await page.getByLabel('Site address').fill(`${site.origin}/`);
    await page.getByLabel('Link depth').fill('1');
    await page.getByLabel('Requests per second').fill('10');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('row', { name: new RegExp(`${site.origin}/`) }).waitFor();
    await page.getByRole('button', { name: `Crawl now ${site.origin}/` }).click();
    await page.getByText(/3 new, 1 duplicate, 1 blocked by robots\.txt/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Pages (3)' }).waitFor({ timeout: 15_000 });
    expect(site.requests).not.toContain('/private/staff');

    await page.getByRole('button', { name: 'Sleep hygiene basics' }).click();
    await page.getByText(/Keep a sleep diary/).waitFor();
    await screenshot(page, 'library');
    await expectNoSeriousAxeViolations(page, 'library');
  }, 180_000);

  it('proposes the sleep page from a session about sleep; once approved the client reads it', async () => {
    await page.getByRole('link', { name: 'Upload', exact: true }).click();
    await page.getByLabel('Or add a new client').fill('Sam Night');
    await page.getByRole('button', { name: 'Add client' }).click();
    await expect.poll(() => page.getByLabel('Client', { exact: true }).inputValue(), { timeout: 15_000 }).not.toBe('');
    await writeFile(join(dir, 'sleep-session.txt'), TRANSCRIPT);
    await page.getByTestId('file-input').setInputFiles(join(dir, 'sleep-session.txt'));
    await page.getByTestId('upload-status').getByRole('link', { name: 'Open the session' }).click({ timeout: 60_000 });
    await page.locator('.stage.running').waitFor({ state: 'detached', timeout: 120_000 });

    const card = page.getByRole('region', { name: 'Self-help pages for the client' });
    await card.getByRole('button', { name: 'Suggest pages' }).click();
    await card.getByRole('link', { name: 'Sleep hygiene basics' }).waitFor();
    await card
      .getByText(/Covers session topic/)
      .first()
      .waitFor();
    await card.getByRole('button', { name: 'Approve Sleep hygiene basics' }).click();
    await card.getByText('Shared').waitFor();
    await expectNoSeriousAxeViolations(page, 'session recommendations');

    const clients = await apiCall<{ id: string; name: string }[]>(
      page.context().request,
      server.url,
      'GET',
      '/api/clients',
    );
    const sam = clients.find((c) => c.name === 'Sam Night');
    const { url } = await apiCall<{ url: string }>(
      page.context().request,
      server.url,
      'POST',
      `/api/clients/${sam?.id}/invite`,
      {
        email: 'sam.night@example.com',
      },
    );
    const portal = await (await browser.newContext()).newPage();
    await portal.goto(url);
    await portal.getByLabel('Your name').fill('Sam');
    await portal.getByLabel(/Choose a password/).fill('a long enough password');
    await portal.getByRole('button', { name: 'Create my account' }).click();
    const reading = portal.getByRole('region', { name: 'Reading from your therapist' });
    await reading.getByText('Sleep hygiene basics', { exact: true }).click({ timeout: 30_000 });
    await reading.getByText(/Keep a sleep diary/).waitFor();
    expect(await reading.textContent()).not.toMatch(/Box breathing|Covers session topic/);
    await screenshot(portal, 'portal-reading');
    await expectNoSeriousAxeViolations(portal, 'portal reading');
  }, 300_000);
});
