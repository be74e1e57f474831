import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const artifactsDir = resolve(import.meta.dirname, '../../../test-artifacts');

export interface BrowserHandle {
  /** A new isolated context: its own cookies and storage, like a separate browser profile. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Debian Chromium; playwright starts it with a fresh temporary profile directory and removes it on close. */
export async function launchBrowser(): Promise<BrowserHandle> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  return {
    newContext: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      // Two cores run the server, its pipeline workers and Chromium at once; waits get generous limits.
      context.setDefaultTimeout(60_000);
      return context;
    },
    close: () => browser.close(),
  };
}

/** Saves a full-page PNG to test-artifacts/ (git-ignored) for humans to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: string | undefined;

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the app's Content-Security-Policy (no inline scripts) stays on.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
