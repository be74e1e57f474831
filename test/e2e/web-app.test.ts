import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesizeDemoAudio } from '../../apps/server/src/demo/demo-audio.generator.ts';
import { apiCall } from './support/api-session.ts';
import { launchBrowser, screenshot, seriousAxeViolations, type BrowserHandle } from './support/browser.ts';
import { startServer, type ServerHandle } from './support/server.ts';

// One real server (fresh PGlite database, in-process workers) and one Chromium for the whole file. The steps run
// in order and build on each other (the demo's seeding is CPU-heavy, so it runs after the clinician journeys).
const content = resolve(import.meta.dirname, '../../apps/server/src/demo/content');
const CLINICIAN = { email: 'e2e.clinician@example.com', password: 'correct horse battery staple' };

let server: ServerHandle;
let browser: BrowserHandle;
let demo: BrowserContext;
let demoPage: Page;
let clinicianPage: Page;

async function expectNoSeriousAxeViolations(page: Page, name: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(
    violations.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}`),
  ).toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe('web app in Chromium against the real server', () => {
  it('signs a clinician in with email and password', async () => {
    const res = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ practiceName: 'E2E practice', name: 'Dr. E2E', ...CLINICIAN }),
    });
    expect(res.status).toBe(201);
    const ctx = await browser.newContext();
    clinicianPage = await ctx.newPage();
    await clinicianPage.goto(server.url);
    await expect.poll(() => clinicianPage.url(), { timeout: 15_000 }).toContain('/sign-in');
    await screenshot(clinicianPage, 'sign-in');
    await expectNoSeriousAxeViolations(clinicianPage, 'sign-in');
    await clinicianPage.getByLabel('Email').fill(CLINICIAN.email);
    await clinicianPage.getByLabel('Password').fill(CLINICIAN.password);
    await clinicianPage.getByRole('button', { name: 'Sign in' }).click();
    await clinicianPage.getByRole('heading', { name: 'Clients' }).waitFor();
    await clinicianPage.getByText('No clients yet').waitFor();
    expect(await clinicianPage.getByText('Dr. E2E').isVisible()).toBe(true);
  }, 180_000);

  it('uploads a transcript and shows its analysis without a reload', async () => {
    const page = clinicianPage;
    await page.getByRole('link', { name: 'Upload', exact: true }).click();
    await page.getByLabel('Or add a new client').fill('Alex Morgan');
    await page.getByRole('button', { name: 'Add client' }).click();
    await expect.poll(() => page.getByLabel('Client', { exact: true }).inputValue(), { timeout: 15_000 }).not.toBe('');
    await expectNoSeriousAxeViolations(page, 'upload');
    // A marker on window survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { e2eMarker: number }).e2eMarker = 42));
    await page.getByTestId('file-input').setInputFiles(join(content, 'maya-01.txt'));
    const status = page.getByTestId('upload-status');
    await status.getByRole('link', { name: 'Open the session' }).waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toMatch(/mood \d+(\.5)?\/10/);
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: number }).e2eMarker)).toBe(42);
    await screenshot(page, 'upload-analysed');

    await status.getByRole('link', { name: 'Open the session' }).click();
    // The intake transcript contains passive suicidal ideation: the risk banner comes first.
    const banner = page.getByRole('alert').filter({ hasText: 'Risk flagged' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Passive suicidal ideation');
    await page.getByRole('heading', { name: 'Transcript' }).waitFor();
    expect(await page.locator('.segment').count()).toBeGreaterThan(20);
    await page.getByRole('heading', { name: /^Mood/ }).waitFor();
  }, 180_000);

  it('edits and signs the drafted clinical note, keeping its versions', async () => {
    const page = clinicianPage;
    // Wave 2 drafts the note; wait for the pipeline to finish (the live stage line disappears).
    await page.locator('.stage.running').waitFor({ state: 'detached', timeout: 120_000 });
    expect(await page.locator('.stage.failed').count()).toBe(0);
    const badge = page.getByText(/^Draft · version \d+$/);
    await badge.waitFor();
    const drafted = Number(/\d+/.exec((await badge.textContent()) ?? '')?.[0]);
    const subjective = page.getByLabel('Subjective');
    expect((await subjective.inputValue()).length).toBeGreaterThan(0);
    await subjective.fill('Client reports low mood (2/10) after redundancy and a break-up; passive SI, no plan.');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText(`Draft · version ${drafted + 1}`).waitFor();
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByText(/^Signed /).waitFor();
    expect(await page.getByLabel('Subjective').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Subjective').inputValue()).toContain('passive SI, no plan');
    await page.getByText(`Version history (${drafted + 1})`).click();
    await page.getByText('generated draft').first().waitFor();
    await screenshot(page, 'session');
    await expectNoSeriousAxeViolations(page, 'session');
  }, 180_000);

  it('uploads an audio recording and gets a transcript', async () => {
    const page = clinicianPage;
    const wav = join(server.dataDir, 'short-session.wav');
    const lines = [
      'Therapist: Hello, how have you been sleeping this week?',
      'Client: Much better, thank you. I went to bed at eleven every night.',
      'Therapist: That is good progress. What helped the most?',
      'Client: Walking in the evening and leaving my phone in the kitchen.',
    ];
    await writeFile(wav, await synthesizeDemoAudio(lines.join('\n')));
    await page.getByRole('link', { name: 'Upload', exact: true }).click();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Alex Morgan' });
    await page.getByTestId('file-input').setInputFiles(wav);
    const status = page.getByTestId('upload-status');
    await status.getByText(/Transcript: \d+ lines/).waitFor({ timeout: 150_000 });
  }, 180_000);

  it('starts the demo with one click from the sign-in page', async () => {
    demo = await browser.newContext();
    demoPage = await demo.newPage();
    await demoPage.goto(server.url);
    await demoPage.getByRole('button', { name: 'Try the demo' }).click();
    await demoPage.getByRole('heading', { name: 'Clients' }).waitFor();
    await demoPage.getByRole('link', { name: 'Maya Brennan' }).waitFor({ timeout: 60_000 });
  }, 180_000);

  it('shows the demo clinician 12 sessions of Maya, each with a mood', async () => {
    const page = demoPage;
    await page.getByRole('link', { name: 'Maya Brennan' }).click();
    const cards = page.getByTestId('session-card');
    // The demo's sessions are uploaded one after another in the background; on two busy cores that takes a while.
    await expect.poll(() => cards.count(), { timeout: 120_000, interval: 1000 }).toBe(12);
    await expect
      .poll(() => cards.locator('[aria-label^="Mood "]').count(), { timeout: 120_000, interval: 1000 })
      .toBe(12);
    await page.getByRole('heading', { name: 'Mood trend' }).waitFor();
    // The client rollup's treatment plan (for review) and journey sit below the sessions.
    const plan = page.getByRole('region', { name: 'Treatment plan' });
    await plan.getByRole('heading', { name: 'Goals' }).waitFor({ timeout: 60_000 });
    await plan.getByRole('button', { name: /^Approve version \d+$/ }).waitFor();
    await page.getByRole('region', { name: 'Journey' }).getByText('Current focus:').waitFor();
    await screenshot(page, 'client');
    await expectNoSeriousAxeViolations(page, 'client');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('table').getByText('12 sessions').waitFor();
    await page.getByRole('table').getByText('Daniel Reyes').waitFor();
    await screenshot(page, 'clients');
    await expectNoSeriousAxeViolations(page, 'clients');
  }, 300_000);

  it('shows a client only their own sessions, without the clinical note', async () => {
    const base = server.url;
    const clients = await apiCall<{ id: string; name: string }[]>(demo.request, base, 'GET', '/api/clients');
    const maya = clients.find((c) => c.name === 'Maya Brennan');
    if (!maya) throw new Error('Maya is missing from the demo practice');
    const { items } = await apiCall<{ items: { id: string }[] }>(
      demo.request,
      base,
      'GET',
      `/api/sessions?clientId=${maya.id}`,
    );
    const first = items.at(-1);
    if (!first) throw new Error('Maya has no sessions');
    await apiCall(demo.request, base, 'POST', `/api/sessions/${first.id}/notes`, {
      format: 'SOAP',
      body: { subjective: 'CLINICIAN-ONLY-NOTE', objective: 'x', assessment: 'x', plan: 'x' },
    });
    const { url } = await apiCall<{ url: string }>(demo.request, base, 'POST', `/api/clients/${maya.id}/invite`, {
      email: 'maya.e2e@example.com',
    });

    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await page.getByLabel('Your name').fill('Maya');
    await page.getByLabel(/Choose a password/).fill('a long enough password');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'My sessions' }).waitFor();
    const mine = page.getByTestId('portal-session');
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(12);
    expect(await page.content()).not.toContain('Daniel');
    await expect.poll(() => page.getByText('Loading…').count(), { timeout: 30_000 }).toBe(0);
    // Maya's journey is hers to read; risk topics from her sessions stay with the clinician.
    const journey = page.getByRole('region', { name: 'My journey' });
    await journey.getByText('Current focus:').waitFor();
    expect(await journey.textContent()).not.toMatch(/suicid|self-harm/i);
    await screenshot(page, 'portal');
    await expectNoSeriousAxeViolations(page, 'portal');

    // Homework check-off is stored on the server: it survives a reload.
    const homework = page.getByRole('region', { name: 'My homework' }).getByRole('checkbox');
    await expect.poll(() => homework.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const label = (await page.locator('.checklist label').first().textContent())?.trim() ?? '';
    const item = page.getByRole('checkbox', { name: label });
    expect(await item.isChecked()).toBe(false);
    // click, not check(): the box is controlled by the query cache, which applies the optimistic update a tick
    // later, and check() insists on the state changing synchronously.
    await item.click();
    await expect.poll(() => item.isChecked(), { timeout: 30_000 }).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: label }).isChecked(), { timeout: 30_000 }).toBe(true);

    await mine.last().getByRole('link').click();
    await page.getByRole('heading', { name: /^Session of/ }).waitFor();
    expect(await page.content()).not.toContain('CLINICIAN-ONLY-NOTE');
    expect(await page.getByText('Clinical note').count()).toBe(0);
    const notes = await ctx.request.get(`${base}/api/sessions/${first.id}/notes`);
    expect(await notes.json()).toEqual([]);
    // Another client's session is invisible to Maya: the same 404 as a missing one.
    const other = clients.find((c) => c.name !== 'Maya Brennan');
    const otherSessions = other
      ? await apiCall<{ items: { id: string }[] }>(demo.request, base, 'GET', `/api/sessions?clientId=${other.id}`)
      : { items: [] };
    const foreign = otherSessions.items[0];
    if (foreign) expect((await ctx.request.get(`${base}/api/sessions/${foreign.id}`)).status()).toBe(404);

    // The bridge page: what Maya may share, printable, with no clinical wording.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Share' }).click();
    const bridge = page.getByRole('article', { name: 'What I would like you to know' });
    await bridge.getByRole('heading', { name: 'What is getting better' }).waitFor({ timeout: 30_000 });
    expect(await bridge.textContent()).not.toMatch(/the client|diagnos/i);
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await screenshot(page, 'portal-bridge');
    await expectNoSeriousAxeViolations(page, 'portal-bridge');

    // A PHQ-9 with item 9 answered raises a risk flag the clinician sees first on the client page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
    for (let item = 0; item < 9; item++) await page.locator(`input[name="phq9-${item}"][value="1"]`).check();
    await page.getByRole('button', { name: 'Send to my therapist' }).click();
    await page.getByText('Your score is').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('9');
    await ctx.close();
    await demoPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
    await demoPage.getByRole('link', { name: 'Maya Brennan' }).click();
    await demoPage.getByRole('alert').filter({ hasText: 'Risk flagged outside sessions' }).waitFor();
  }, 180_000);

  it('plays the seeded espeak recording beside its transcript; clicking a line seeks', async () => {
    const page = demoPage;
    const { items } = await apiCall<{ items: { id: string; sourceKind: string }[] }>(
      demo.request,
      server.url,
      'GET',
      '/api/sessions?limit=200',
    );
    const recorded = items.find((s) => s.sourceKind === 'audio');
    if (!recorded) throw new Error('the demo has no session stored as audio');
    await page.goto(`${server.url}/sessions/${recorded.id}`);
    // The player streams the stored WAV through GET /api/sessions/:id/audio (Range requests).
    const player = page.getByLabel('Session recording');
    await expect
      .poll(() => player.evaluate((a: HTMLAudioElement) => a.duration || 0), { timeout: 30_000 })
      .toBeGreaterThan(30);
    // Transcription of the seeded recording runs alongside the earlier steps; the lines arrive over SSE.
    const lines = page.locator('.segment');
    await expect.poll(() => lines.count(), { timeout: 240_000, interval: 2000 }).toBeGreaterThan(5);
    const line = lines.nth(4);
    await line.getByRole('button', { name: /^Play from/ }).click();
    expect(await line.getAttribute('aria-current')).toBe('true');
    expect(await player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0);
    await screenshot(page, 'session-audio');
  }, 300_000);
});
