/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import { startTestApp, type TestApp, type TestAppOptions } from '../../support/test-app.js';
import { axeViolations } from './axe.js';
import { launchBrowser } from './browser.js';

// E2E_WEB_ROOT lets a build in another folder be tested while web/dist is being rebuilt.
const WEB_ROOT = path.resolve(process.env.E2E_WEB_ROOT ?? 'web/dist');
const ARTIFACTS = path.resolve('test/e2e/.artifacts');
const cspViolations = new WeakMap<Page, string[]>();

export interface E2E {
  app: TestApp;
  browser: Browser;
  /** A fresh browser context (no stored token) with a page on the app. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** Signs in through the login page as a seeded user. */
  signIn(page: Page, username: string): Promise<void>;
  expectAccessible(page: Page): Promise<void>;
}

/**
 * The real app serving the built web client, and a real Chromium, for a describe block; `appOptions`
 * (called once, before the app starts) configures the app further, e.g. with an identity provider.
 */
export function useE2E(setup: { appOptions?: () => TestAppOptions | Promise<TestAppOptions> } = {}): E2E {
  const e2e = {} as E2E;
  beforeAll(async () => {
    if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
      throw new Error('The web client is not built: run `npm run build` (npm test does it first).');
    }
    e2e.app = await startTestApp({ ...(await setup.appOptions?.()), webRoot: WEB_ROOT, runOutboxWorker: true });
    e2e.browser = await launchBrowser();
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.app?.close();
  });
  e2e.newPage = async () => {
    // Reduced motion: axe measures colours as they are, not halfway through a fade-in.
    const context = await e2e.browser.newContext({ baseURL: e2e.app.url, locale: 'nb-NO', reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Every page must live with the app's Content-Security-Policy.
    const blocked: string[] = [];
    cspViolations.set(page, blocked);
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
    });
    // A failing test leaves a screenshot of what the user saw, for the person reading the failure.
    onTestFailed(async ({ task }) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
    });
    return { context, page };
  };
  e2e.signIn = async (page, username) => {
    await page.goto('/logg-inn');
    const button = page.getByRole('button', { name: new RegExp(`\\(${username.replace('.', '\\.')}\\)`) });
    if (!(await button.isVisible())) await page.getByText(/Flere testbrukere/).click();
    await button.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
  };
  e2e.expectAccessible = async (page) => {
    // Let transitions finish first: contrast is judged on the colours a person ends up seeing.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    expect(cspViolations.get(page) ?? [], 'Content-Security-Policy violations').toEqual([]);
    const violations = await axeViolations(page);
    expect(violations, `${page.url()}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  };
  return e2e;
}
