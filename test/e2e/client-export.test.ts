import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../apps/server/test/api/support/pdf-text.ts';
import { apiCall } from './support/api-session.ts';
import { launchBrowser, screenshot, seriousAxeViolations, type BrowserHandle } from './support/browser.ts';
import { startServer, type ServerHandle } from './support/server.ts';

// A clinician downloads a client's whole record from the client page, as a PDF and as JSON.
const CLINICIAN = { email: 'e2e.export@example.com', password: 'correct horse battery staple' };

let server: ServerHandle;
let browser: BrowserHandle;
let page: Page;
let clientId: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

async function download(label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('client export in Chromium against the real server', () => {
  it('downloads the record as a PDF and as JSON from the client page', async () => {
    const res = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ practiceName: 'Export practice', name: 'Dr. Export', ...CLINICIAN }),
    });
    expect(res.status).toBe(201);
    page = await (await browser.newContext()).newPage(); // playwright accepts downloads by default
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(CLINICIAN.email);
    await page.getByLabel('Password').fill(CLINICIAN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();

    const req = page.context().request;
    clientId = (await apiCall<{ id: string }>(req, server.url, 'POST', '/api/clients', { name: 'Sam Rivera' })).id;
    const session = await apiCall<{ id: string }>(req, server.url, 'POST', '/api/sessions', {
      clientId,
      sessionDate: '2026-02-02',
    });
    await apiCall(req, server.url, 'POST', `/api/sessions/${session.id}/notes`, {
      format: 'SOAP',
      body: { subjective: 'Feeling steadier this week.' },
    });
    await apiCall(req, server.url, 'POST', `/api/sessions/${session.id}/homework`, { text: 'Walk every morning' });

    await page.goto(`${server.url}/clients/${clientId}`);
    await page.getByRole('heading', { name: 'Sam Rivera' }).waitFor();
    await page.getByRole('button', { name: 'Export (PDF)' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'client-export');

    const pdf = await download('Export (PDF)');
    expect(pdf.name).toBe(`client-${clientId}.pdf`);
    const text = await pdfText(pdf.bytes);
    for (const expected of [
      'Client record: Sam Rivera',
      'Clinician: Dr. Export',
      'Session of 2026-02-02',
      'Walk every morning',
      'Clinical note (SOAP, unsigned draft), version 1 of 1',
      'Subjective: Feeling steadier this week.',
      'Questionnaires',
    ]) {
      expect(text).toContain(expected);
    }

    const json = await download('Export (JSON)');
    expect(json.name).toBe(`client-${clientId}.json`);
    const record = JSON.parse(json.bytes.toString('utf8')) as { client: { name: string }; sessions: unknown[] };
    expect(record.client.name).toBe('Sam Rivera');
    expect(record.sessions).toHaveLength(1);
  }, 180_000);
});
