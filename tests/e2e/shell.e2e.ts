import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ROUTES = [
  { path: '/', en: 'Today', zh: '今日' },
  { path: '/glossary', en: 'Glossary', zh: '术语表' },
  { path: '/study', en: 'Study', zh: '学习' },
  { path: '/quiz', en: 'Quizzes', zh: '测验' },
  { path: '/progress', en: 'Progress', zh: '进度' },
  { path: '/settings', en: 'Settings', zh: '设置' },
  { path: '/no-such-page', en: 'Page not found', zh: '找不到页面' },
] as const;

describe('every screen', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`renders its heading and the navigation in ${language === 'en' ? 'English' : 'Chinese'}`, async () => {
      const { context, page } = await newLearner(browser, { language });
      for (const route of ROUTES) {
        await page.goto(route.path);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(route[language]);
        const tabs = page.getByRole('navigation', { name: language === 'en' ? 'Main' : '主导航' }).getByRole('link');
        expect(await tabs.count()).toBe(5);
        expect(await tabs.first().textContent()).toBe(ROUTES[0][language]); // Today is the first tab
        expect(await tabs.first().getAttribute('aria-current')).toBe(route.path === '/' ? 'page' : null);
        expect(await page.getByRole('banner').getByRole('link', { name: language === 'en' ? 'Settings' : '设置' }).getAttribute('aria-current')).toBe(
          route.path === '/settings' ? 'page' : null,
        );
        expect(await page.title()).toContain('CloudCards');
        expect(await page.locator('html').getAttribute('lang')).toBe(language === 'zh' ? 'zh-CN' : 'en');
      }
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('the language and theme choices', () => {
  it('survive a reload', async () => {
    const { context, page } = await newLearner(browser, { language: 'en' });
    await page.goto('/');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('今日');
    await page.getByRole('banner').getByRole('link', { name: '设置' }).click();
    await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: '深色' }).check();
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('设置');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 23, 42)');
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('follow the browser language on a first visit', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh' });
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('今日');
    await context.close();
  });
});

describe('accessibility', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no axe violations on any screen (${language}, ${colorScheme})`, async () => {
        const { context, page } = await newLearner(browser, { language, colorScheme });
        for (const route of ROUTES) {
          await page.goto(route.path);
          await page.getByRole('heading', { level: 1, name: route[language] }).waitFor();
          await expectNoAxeViolations(page, `${route.path} (${language}, ${colorScheme})`);
        }
        await context.close();
      });
    }
  }
});

describe('security hygiene', () => {
  it('makes no request off its own origin on any screen', async () => {
    const { context, page } = await newLearner(browser);
    const offOrigin: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseUrl()).origin) offOrigin.push(request.url());
    });
    for (const path of ['/', '/glossary', '/glossary/iaas', '/study', '/study/all', '/quiz', '/quiz/mixed?seed=csp', '/progress', '/settings']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The service worker may still be precaching in the background; record what came in meanwhile.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    }
    expect(offOrigin).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await context.close();
  });
});

describe('the layout', () => {
  for (const width of [320, 1280]) {
    it(`never scrolls sideways at ${width} px, in either language`, async () => {
      for (const language of ['en', 'zh'] as const) {
        const { context, page } = await newLearner(browser, { language, width, height: 800 });
        for (const path of ['/', '/glossary', '/glossary/iaas', '/study', '/study/all', '/quiz', '/quiz/mixed?seed=wide', '/progress', '/settings']) {
          await page.goto(path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} (${language}) at ${width} px`).toBe(0);
        }
        await context.close();
      }
    });
  }
});
