import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'End-to-end tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or point CHROME_PATH at a Chrome or Chromium binary.',
    );
  }
  return found;
}

/** Chromium's flags for every test: no sandbox or GPU in CI, and no traffic of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

export type Language = 'en' | 'zh';

export function baseUrl(): string {
  return inject('baseUrl');
}

/** What Playwright logs on a page whose service worker it blocks (newLearner): the harness's line, not the app's. */
export const WORKER_BLOCKED_NOTICE = 'Service Worker registration blocked by Playwright';

/**
 * A fresh profile with a browser language and a colour scheme, as a new learner would have.
 *
 * Its service worker is blocked unless `serviceWorker` is set: installing one precaches the whole
 * app (about 900 KB gzipped) in every new profile, which on two cores slowed every test about
 * something else, and its "ready to work offline" toast landed at a moment of its own choosing.
 * The tests about working offline, the toast and the thumb's reach ask for it; the app without a
 * worker is what a learner has in a browser that refuses one.
 */
export async function newLearner(
  browser: Browser,
  {
    language = 'en' as Language,
    colorScheme = 'light' as 'light' | 'dark',
    width = 390,
    height = 844,
    touch = false,
    serviceWorker = false,
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: language === 'zh' ? 'zh-CN' : 'en-US',
    colorScheme,
    viewport: { width, height },
    hasTouch: touch,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl()) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request off the origin: ${url}`);
    }
  });
  (page as Page & { problems: string[] }).problems = problems;
  return { context, page };
}

/** Uncaught errors on the page, and any request that left the app's own origin. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/**
 * Waits until React has taken over the prerendered HTML of `element` (it carries React's fiber;
 * `main` unless told: a lazy screen inside it hydrates later, so pass one of its elements to act
 * on that screen), then for a frame, so its effects have run. A key pressed before then reaches
 * no handler, as it would not for a learner that early.
 */
export async function waitForHydration(page: Page, element: Locator = page.locator('main')) {
  const node = await element.elementHandle();
  await page.waitForFunction((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber')), node);
  // The fiber is there as soon as React renders the node, before it commits (hydrating yields):
  // wait, a few seconds at most, until no Suspense boundary above it is still dehydrated.
  await page
    .waitForFunction(
      (node) => {
        type Fiber = { tag: number; memoizedState: unknown; return: Fiber | null };
        const key = Object.keys(node).find((name) => name.startsWith('__reactFiber'));
        for (let fiber = key ? ((node as unknown as Record<string, Fiber>)[key] ?? null) : null; fiber; fiber = fiber.return) {
          if (fiber.tag === 13 && (fiber.memoizedState as { dehydrated?: unknown } | null)?.dehydrated) return false;
        }
        return true;
      },
      node,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  // The first screen live: the loader has handed what the learner did meanwhile to the app.
  await page.waitForFunction(() => !('cloudcardsEarly' in window));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  await node.dispose();
}

/** Runs axe on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits until a service worker controls the page: from then on the app works offline. */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, {
    timeout: 30_000,
  });
}
