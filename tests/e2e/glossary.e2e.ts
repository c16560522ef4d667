import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForHydration } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const firstResult = (page: Page) => page.locator('.entries [data-entry]').first();

describe('finding a term', () => {
  it('searches, opens a term, survives a reload of its deep link, and goes back to the search', async () => {
    const { context, page } = await newLearner(browser, { language: 'en' });
    await page.goto('/glossary');
    await expect.poll(() => heading(page).textContent()).toBe('Glossary');

    // Once the app has taken over the prerendered page, "/" focuses the search; a near-miss
    // spelling finds IaaS as you type.
    const box = page.getByRole('searchbox', { name: 'Search the glossary' });
    await waitForHydration(page, box);
    await page.keyboard.press('/');
    await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('infrastucture as a service');
    await expect.poll(() => firstResult(page).textContent()).toBe('Infrastructure as a Service (IaaS)');
    expect(await firstResult(page).locator('mark').first().textContent()).toBe('Infrastructure');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('infrastucture as a service');

    // Arrow down to the best match and open it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/glossary/iaas');
    await expect.poll(() => heading(page).textContent()).toBe('Infrastructure as a Service (IaaS)');
    const source = page.getByRole('region', { name: 'Source' });
    expect(await source.locator('blockquote').textContent()).toContain('IaaS(Infrastructure-as-a- Service)');

    // The deep link is a page of its own.
    await page.reload();
    await expect.poll(() => heading(page).textContent()).toBe('Infrastructure as a Service (IaaS)');
    expect(await page.getByRole('region', { name: 'Source' }).locator('figcaption').textContent()).toContain('Chu Chen');
    expect(await page.getByRole('link', { name: 'Study this term' }).getAttribute('href')).toBe('/study/all?term=iaas&only=1');

    // Back returns to the search as it was.
    await page.goBack();
    await page.waitForURL('**/glossary?q=infrastucture+as+a+service');
    await expect.poll(() => box.inputValue()).toBe('infrastucture as a service');
    await expect.poll(() => firstResult(page).textContent()).toBe('Infrastructure as a Service (IaaS)');
    // …and on the entry that was opened, ready for the next arrow key.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term)).toBe('iaas');

    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('finds Chinese words inside longer names, and keeps the search in a shareable link', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh' });
    await page.goto('/glossary?q=' + encodeURIComponent('基础架构'));
    // A new learner searches Foundations; the term is in the Readings, which the glossary offers.
    await page.getByRole('button', { name: /^在两条学习路线中搜索（\d+ 个结果）$/ }).click();
    await expect.poll(() => firstResult(page).textContent()).toBe('中国云计算基础架构市场');
    await page.reload();
    await expect.poll(() => page.getByRole('searchbox', { name: '搜索术语表' }).inputValue()).toBe('基础架构');
    await expect.poll(() => firstResult(page).textContent()).toBe('中国云计算基础架构市场');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('searches for what was typed before the app took over the prerendered page', async () => {
    const { context, page } = await newLearner(browser, { language: 'en' });
    // A slow connection: the page shows, its code arrives only after the learner has typed.
    let release = () => {};
    const codeHeldBack = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route) => {
      await codeHeldBack;
      await route.continue();
    });
    await page.goto('/glossary', { waitUntil: 'commit' });
    const box = page.getByRole('searchbox', { name: 'Search the glossary' });
    await box.fill('hybrid');
    release();
    await waitForHydration(page, box);
    await expect.poll(() => firstResult(page).textContent(), { timeout: 10_000 }).toBe('Hybrid cloud');
    expect(await box.inputValue()).toBe('hybrid');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('hybrid');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('downloads the search code on the glossary, not on a term page', async () => {
    const { context, page } = await newLearner(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/glossary/public-cloud');
    await expect.poll(() => heading(page).textContent()).toBe('Public cloud');
    // The term page is live: its link opens the glossary in the app, which then fetches the search code.
    await waitForHydration(page, heading(page));
    expect(scripts.filter((path) => /\/search-[^/]*\.js$/.test(path))).toEqual([]);
    await page.getByRole('navigation', { name: 'More terms in this topic' }).getByRole('link', { name: 'Glossary' }).click();
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('hybrid');
    // The screen's code, the search code and every topic's terms arrive first: seconds on a busy machine.
    await expect.poll(() => firstResult(page).textContent(), { timeout: 10_000 }).toBe('Hybrid cloud');
    expect(scripts.filter((path) => /\/search-[^/]*\.js$/.test(path))).toHaveLength(1);
    await context.close();
  });
});

describe('layout', () => {
  for (const width of [320, 430, 1280]) {
    it(`fits a ${width} px screen without sideways scrolling`, async () => {
      const { context, page } = await newLearner(browser, { width, height: 800 });
      for (const path of ['/glossary', '/glossary?q=cloud', '/glossary/multidimensional-customer-relationships', '/glossary/no-such-term']) {
        await page.goto(path);
        await heading(page).waitFor();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
});

describe('accessibility', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no axe violations on the glossary and a term (${language}, ${colorScheme})`, async () => {
        const { context, page } = await newLearner(browser, { language, colorScheme });
        for (const path of ['/glossary', '/glossary?q=multi&view=az', '/glossary?q=zzqxv', '/glossary/amazon-web-services', '/glossary/paas', '/glossary/public-clod']) {
          await page.goto(path);
          await heading(page).waitFor();
          await page.waitForLoadState('networkidle');
          await expectNoAxeViolations(page, `${path} (${language}, ${colorScheme})`);
        }
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
