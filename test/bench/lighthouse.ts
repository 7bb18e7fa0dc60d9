// Lighthouse on the pages people meet first: the login page, search and a practice page. Mobile
// profile (Lighthouse's default: a mid-range phone on a slow 4G network, throttling simulated), the
// categories performance, accessibility and best practices. Chromium is the system's, as in the
// end-to-end tests; each page is measured with an empty HTTP cache, as a first visit.
import lighthouse from 'lighthouse';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROFILE_STORAGE_KEY, TOKEN_STORAGE_KEY } from '../../web/src/auth/token-store.js';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/browser.js';

/** Who is signed in for the signed-in pages, and which practice to open. */
export interface LighthouseSession {
  /** A bearer token the app accepts; the web client keeps it in localStorage, where the login page puts it. */
  token: string;
  practiceSlug: string;
}

export interface PageScores {
  page: string;
  path: string;
  /** Lighthouse's category scores, 0–100; null when Lighthouse could not score the category. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** The lab metrics behind the performance score, in milliseconds (CLS has no unit). */
  metrics: { firstContentfulPaint: number; largestContentfulPaint: number; totalBlockingTime: number; cumulativeLayoutShift: number; speedIndex: number };
  /** Audits of the three categories that did not pass, so a score below 100 says why. */
  failed: string[];
  /** The performance score of every run of this page; the figures above are the median run's. */
  performanceRuns: (number | null)[];
}

/**
 * Runs per page. One Lighthouse run moves by 10 points or more on a shared machine (blocking time
 * follows whatever else the cores do); the median of three, as Lighthouse's own guidance suggests.
 */
const RUNS = 3;

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Runs Lighthouse on the login page (signed out), then on search and a practice page (signed in). */
export async function lighthouseScores(appUrl: string, session: LighthouseSession): Promise<PageScores[]> {
  const browser = await startChromium();
  try {
    await setToken(browser.port, appUrl, null);
    const scores = [await median(browser.port, appUrl, 'login page', '/logg-inn')];
    await setToken(browser.port, appUrl, session.token);
    scores.push(await median(browser.port, appUrl, 'search page', '/'));
    scores.push(await median(browser.port, appUrl, 'practice page', `/praksis/${encodeURIComponent(session.practiceSlug)}`));
    return scores;
  } finally {
    await browser.stop();
  }
}

/** The page's median run by performance score, with the scores of all its runs. */
async function median(port: number, appUrl: string, page: string, pagePath: string): Promise<PageScores> {
  const runs: Omit<PageScores, 'performanceRuns'>[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Lighthouse sometimes fails to record a page load's trace (NO_NAVSTART, "run Lighthouse again"):
    // such a run is run once more.
    runs.push(await measure(port, appUrl, page, pagePath).catch(() => measure(port, appUrl, page, pagePath)));
  }
  const sorted = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1));
  return { ...sorted[Math.floor(sorted.length / 2)]!, performanceRuns: runs.map((run) => run.performance) };
}

async function measure(port: number, appUrl: string, page: string, pagePath: string): Promise<Omit<PageScores, 'performanceRuns'>> {
  const result = await lighthouse(new URL(pagePath, appUrl).href, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse gave no result for ${pagePath}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${pagePath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: string) => {
    const value = lhr.categories[category]?.score;
    return value == null ? null : Math.round(value * 100);
  };
  const metric = (audit: string) => Math.round((lhr.audits[audit]?.numericValue ?? NaN) * 1000) / 1000;
  const failed = CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => audit.id);
  return {
    page,
    path: pagePath,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metrics: {
      firstContentfulPaint: Math.round(metric('first-contentful-paint')),
      largestContentfulPaint: Math.round(metric('largest-contentful-paint')),
      totalBlockingTime: Math.round(metric('total-blocking-time')),
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      speedIndex: Math.round(metric('speed-index')),
    },
    failed: [...new Set(failed)],
  };
}

/**
 * Signs the browser in (or out) as the login page would: the token in the app origin's localStorage,
 * and the profile the client keeps beside it. Lighthouse empties the HTTP cache before each page but
 * keeps localStorage (its default clearStorageTypes), so the signed-in pages load cold and signed in.
 */
async function setToken(port: number, appUrl: string, token: string | null): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(new URL('/favicon.svg', appUrl).href);
    await page.evaluate(([key, value]) => (value === null ? localStorage.clear() : localStorage.setItem(key, value)), [TOKEN_STORAGE_KEY, token] as const);
    if (token !== null) {
      // A returning user: the client has kept their profile beside the token since they signed in.
      await page.goto(appUrl);
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, PROFILE_STORAGE_KEY);
    }
    await page.close();
  } finally {
    // Only the connection: the browser stays up for Lighthouse.
    await browser.close();
  }
}

/** Chromium with a debugging port of its own for Lighthouse, in a throwaway profile. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'praksisbanken-lighthouse-'));
  const child = spawn(chromiumPath(), ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', ...CHROMIUM_ARGS, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    return { port: await debuggingPort(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The port Chromium chose, from the line it writes when it listens. */
function debuggingPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let written = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      written += chunk;
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(written);
      if (listening) resolve(Number(listening[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened: ${written.slice(-1000)}`)));
    setTimeout(() => reject(new Error(`Chromium did not listen within 30 s: ${written.slice(-1000)}`)), 30_000).unref();
  });
}
