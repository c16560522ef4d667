import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newLearner, pageErrors, waitForServiceWorker, WORKER_BLOCKED_NOTICE, type Language } from './browser';

/*
 * Every screen is prerendered at build time in both languages (scripts/prerender.ts): readable
 * with JavaScript off, hydrated without a mismatch with it on, and served offline.
 */

type TermData = { id: string; term: Record<Language, string>; definition: Record<Language, string>; related: string[] };
const termsDir = resolve(import.meta.dirname, '../../data/terms');
const terms: TermData[] = readdirSync(termsDir).flatMap((file) => JSON.parse(readFileSync(join(termsDir, file), 'utf8')) as TermData[]);
const termById = (id: string): TermData => {
  const found = terms.find((term) => term.id === id);
  if (!found) throw new Error(`no term ${id} in data/terms`);
  return found;
};
const iaas = termById('iaas');
const related = termById(iaas.related[0] ?? '');

const SCREENS: Record<Language, [path: string, heading: string][]> = {
  en: [
    ['/', 'Today'],
    ['/glossary', 'Glossary'],
    ['/glossary/iaas', iaas.term.en],
    ['/vendors', 'Vendor names'],
    ['/study', 'Study'],
    ['/study/all', 'All terms'],
    ['/quiz', 'Quizzes'],
    ['/quiz/mixed', 'Mixed'],
    ['/progress', 'Progress'],
    ['/settings', 'Settings'],
  ],
  zh: [
    ['/', '今日'],
    ['/glossary', '术语表'],
    ['/glossary/iaas', iaas.term.zh],
    ['/vendors', '各家云的产品名'],
    ['/study', '学习'],
    ['/study/all', '全部术语'],
    ['/quiz', '测验'],
    ['/quiz/mixed', '综合'],
    ['/progress', '进度'],
    ['/settings', '设置'],
  ],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Holds the app's entry back until `release` is called: the page shows, its code has not come. */
async function holdAppCode(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** Console errors and warnings from the moment the page opens (a hydration mismatch is one). */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.text() === WORKER_BLOCKED_NOTICE) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

/**
 * Waits until React has taken over the prerendered HTML (its elements carry React's fiber) and
 * its screen is live: the loader has handed over what the learner did meanwhile, and a click
 * reaches the app at once rather than being kept for it.
 */
async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && Object.keys(main).some((key) => key.startsWith('__reactFiber')) && !('cloudcardsEarly' in window);
  });
}

describe('with JavaScript off', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`the glossary and a term page show their content, in ${language === 'en' ? 'English' : 'Chinese'}`, async () => {
      const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false, locale: language === 'zh' ? 'zh-CN' : 'en-US' });
      const page = await context.newPage();
      const prefix = language === 'zh' ? '/zh' : '';

      await page.goto(`${prefix}/glossary`);
      await expect.poll(() => h1(page).textContent()).toBe(language === 'zh' ? '术语表' : 'Glossary');
      const termLink = page.getByRole('main').getByRole('link', { name: iaas.term[language], exact: false }).first();
      expect(await termLink.isVisible()).toBe(true);

      await page.goto(`${prefix}/glossary/iaas`);
      expect(await h1(page).textContent()).toBe(iaas.term[language]);
      expect(await page.getByRole('main').textContent()).toContain(iaas.definition[language]);
      expect(await page.title()).toBe(`${iaas.term[language]} · CloudCards`);
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(iaas.definition[language]);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${prefix}/glossary/iaas$`));
      expect(await page.locator('html').getAttribute('lang')).toBe(language === 'zh' ? 'zh-CN' : 'en');

      // A related term is a link to its own page, which is a document of its own.
      const relatedLink = page.getByRole('main').getByRole('link', { name: new RegExp(escapeRegExp(related.term[language])) }).and(page.locator(`[href="/glossary/${related.id}"]`));
      await relatedLink.first().click();
      await page.waitForURL(new RegExp(`/glossary/${related.id}$`));
      expect(await h1(page).textContent()).toBe(related.term.en); // the link is the app's own address: the English document
      await context.close();
    });
  }
});

describe('with JavaScript on', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`every prerendered screen hydrates without an error or warning, for a ${language} learner`, async () => {
      const { context, page } = await newLearner(browser, { language });
      const problems = consoleProblems(page);
      await page.addInitScript(() => {
        const shifts: string[] = [];
        (window as Window & { shifts?: string[] }).shifts = shifts;
        // "Ready to work offline" arrives when the service worker has cached the app, on whichever
        // screen is open then: in a screen's action bar it moves what follows the bar, after the
        // app is live (docs/PERFORMANCE.md). Not hydration's shift: shifts from then on are not counted.
        let toastAt = Number.POSITIVE_INFINITY;
        new MutationObserver(() => {
          if (toastAt === Number.POSITIVE_INFINITY && document.querySelector('.pwa-toast')) toastAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
            if (entry.value < 0.0005) continue; // sub-pixel: CLS is reported to three decimals, where this is 0
            if (entry.startTime >= toastAt) continue;
            shifts.push(`${entry.value.toFixed(3)} ${entry.sources.map((source) => (source.node as Element | null)?.className ?? '?').join(', ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const [path, heading] of SCREENS[language]) {
        await page.goto(path);
        await waitForHydration(page);
        expect(await h1(page).textContent(), path).toBe(heading);
        // Drawn styled in the first paint: nothing moves when the screen's code and styles arrive.
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as Window & { shifts?: string[] }).shifts), `layout shifts on ${path}`).toEqual([]);
        // The learner's own address, whichever language's document was served; a quiz's with the
        // seed its page was drawn with, which a reload or a share then keeps.
        expect(new URL(page.url()).pathname).toBe(path);
        expect(new URL(page.url()).search, path).toBe(path.startsWith('/quiz/') ? '?seed=first' : '');
        // Hydrated, not drawn again: the document was this route's.
        expect(await page.locator('html').getAttribute('data-route')).toBe(path);
      }
      expect(problems).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('a learner who chose Chinese in an English browser sees only Chinese, never a flash of English or of the first-visit page', async () => {
    const { context, page } = await newLearner(browser, { language: 'en' });
    const problems = consoleProblems(page);
    await page.goto('/glossary');
    await waitForHydration(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await expect.poll(() => h1(page).textContent()).toBe('术语表');

    // Every heading the next page shows: the prerendered first-visit page stays hidden
    // (data-stale) while the app draws the learner's own screen, in Chinese, from what is stored.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { headings?: string[] }).headings = seen;
      new MutationObserver(() => {
        if (document.documentElement.dataset.stale !== undefined) return; // drawn, but not shown
        const heading = document.querySelector('h1')?.textContent;
        if (heading && seen.at(-1) !== heading) seen.push(heading);
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    await page.goto('/progress');
    await waitForHydration(page);
    expect(await h1(page).textContent()).toBe('进度');
    expect(await page.evaluate(() => (window as Window & { headings?: string[] }).headings)).toEqual(['进度']);
    expect(new URL(page.url()).pathname).toBe('/progress');
    // Drawn by the app, not the first-visit document hydrated: it holds the learner's state.
    expect(await page.locator('html').getAttribute('data-route')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const how of ['Space', 'a tap'] as const) {
    it(`${how} on a prerendered card before its code has arrived still shows the answer, once`, async () => {
      const { context, page } = await newLearner(browser, { touch: how === 'a tap' });
      // The app's entry held back: the card is on the screen, its code is not.
      const release = await holdAppCode(page);
      await page.goto('/study/all', { waitUntil: 'domcontentloaded' }); // the held script would hold the load event
      const show = page.getByRole('button', { name: /Show answer/ });
      await show.waitFor();
      expect(await page.evaluate(() => Object.keys(document.querySelector('main')!).some((key) => key.startsWith('__reactFiber')))).toBe(false);
      if (how === 'Space') await page.keyboard.press('Space');
      else await show.tap();
      release();
      await page.getByRole('button', { name: /^Good/ }).waitFor();
      expect(await show.count()).toBe(0);
      // Flipped once, not twice (a second flip would be a no-op, a second press a grade): no review yet.
      await page.waitForTimeout(300);
      expect(await page.getByText('0 of 20').count()).toBe(1);
      expect(new URL(page.url()).search).toBe(''); // no form was sent to the server
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }

  it('“/” and a word typed on the prerendered glossary before its code has arrived search for that word', async () => {
    const { context, page } = await newLearner(browser);
    const release = await holdAppCode(page);
    await page.goto('/glossary', { waitUntil: 'domcontentloaded' });
    const search = page.getByRole('searchbox', { name: 'Search the glossary' });
    await search.waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('iaas');
    release();
    await waitForHydration(page);
    await expect.poll(() => search.inputValue()).toBe('iaas');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('iaas');
    await expect.poll(() => page.locator('.entries [data-entry]').first().textContent()).toBe('Infrastructure as a Service (IaaS)');
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a tap on a prerendered quiz’s option before its code has arrived is kept, and Check grades it', async () => {
    const { context, page } = await newLearner(browser, { touch: true });
    const release = await holdAppCode(page);
    await page.goto('/quiz/mixed', { waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.getByText('Question 1 of 15').count()).toBe(1);
    const options = page.getByRole('radio');
    expect(await options.count()).toBeGreaterThan(1);
    const chosen = await options.first().evaluate((input) => input.closest('label')?.querySelector('.q-text')?.textContent ?? '');
    expect(chosen).not.toBe('');
    await options.first().tap();
    release();
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Check' }).tap();
    // Graded as the option tapped before the code came: it alone is checked, and the answer is judged.
    await page.getByRole('button', { name: 'Next' }).waitFor();
    await expect.poll(() => page.getByText(/^(Correct|Not quite)/).count()).toBeGreaterThan(0);
    const checked = page.getByRole('radio', { checked: true });
    expect(await checked.count()).toBe(1);
    expect(await checked.evaluate((input) => input.closest('label')?.querySelector('.q-text')?.textContent)).toBe(chosen);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('a route without a document of its own is drawn by the app, never showing another route’s page', async () => {
    const { context, page } = await newLearner(browser);
    const problems = consoleProblems(page);
    await page.goto('/glossary?q=iaas');
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search the glossary' }).inputValue()).toBe('iaas');
    await page.goto('/study/starred');
    await expect.poll(() => h1(page).textContent()).toBe('Starred');
    expect(await page.locator('html').getAttribute('data-stale')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('offline, once the service worker is installed', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`every prerendered screen renders, for a ${language} learner`, async () => {
      const { context, page } = await newLearner(browser, { language, serviceWorker: true });
      await page.goto('/');
      await waitForServiceWorker(page);
      await context.setOffline(true);
      for (const [path, heading] of SCREENS[language]) {
        await page.goto(path);
        await expect.poll(() => h1(page).textContent(), { message: path }).toBe(heading);
      }
      // A term page never visited: drawn by the app from the precached content.
      await page.goto(`/glossary/${related.id}`);
      await expect.poll(() => h1(page).textContent()).toBe(related.term[language]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }
});
