import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../factories/learning-history';
import { baseUrl, expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForHydration } from './browser';
import { cutOff } from './cut-off';

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
    // Exact names: Today's first-run choice asks 'Which language do you read…?', and one of its answers has 中文 in it.
    const chinese = page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: '中文', exact: true });
    await waitForHydration(page, chinese);
    await chinese.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('今日');
    await page.getByRole('banner').getByRole('link', { name: '设置' }).click();
    await page.getByRole('group', { name: '主题' }).getByRole('radio', { name: '深色' }).check();
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('设置');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 23, 42)');
    expect(await page.getByRole('group', { name: '语言', exact: true }).getByRole('button', { name: '中文', exact: true }).getAttribute('aria-pressed')).toBe('true');
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
        for (const path of ['/', '/glossary', '/glossary/iaas', '/vendors', '/study', '/study/all', '/quiz', '/quiz/mixed?seed=wide', '/progress', '/settings']) {
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

describe('the vendor table on a 1280 px desktop', () => {
  it('shows all six clouds at once, without scrolling the table', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', width: 1280, height: 800 });
    await page.goto('/vendors');
    const table = page.getByRole('table', { name: 'Product names by kind of service' });
    await table.waitFor();
    // The box the table scrolls in: a column past its edge is hidden until scrolled to.
    const box = (await table.locator('xpath=..').boundingBox())!;
    for (const cloud of ['AWS', 'Microsoft Azure', 'Google Cloud', 'Alibaba Cloud', 'Huawei Cloud', 'Tencent Cloud']) {
      const header = (await table.getByRole('columnheader', { name: new RegExp(`^${cloud}`) }).boundingBox())!;
      expect(header.x + header.width, cloud).toBeLessThanOrEqual(box.x + box.width);
      expect(header.x + header.width, cloud).toBeLessThanOrEqual(1280);
    }
    await context.close();
  });
});

describe('on a 320 px phone', () => {
  /** Each screen, and the state a learner taps it into. */
  const SCREENS: { path: string; reach?: (page: Page) => Promise<void> }[] = [
    { path: '/' },
    { path: '/glossary' },
    { path: '/glossary/weinman-cloud-definition' },
    { path: '/glossary/multidimensional-customer-relationships' },
    { path: '/vendors' },
    { path: '/study' },
    {
      path: '/study/all',
      reach: async (page) => {
        await page.getByRole('button', { name: /Show answer|显示答案/ }).tap();
        await page.getByRole('group', { name: /How well|你记得/ }).waitFor();
        // Measured once the card has finished turning over.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      },
    },
    { path: '/quiz' },
    {
      // A question answered and checked: the answers, the verdict and the explanation, never past the card.
      path: '/quiz/mixed?seed=shots',
      reach: async (page) => {
        await page.locator('.q-option').first().tap();
        await page.getByRole('button', { name: /^(Check|检查)/ }).tap();
        await page.locator('.feedback-verdict').waitFor();
      },
    },
    { path: '/quiz/exam-short' },
    { path: '/progress' },
    { path: '/settings' },
  ];

  for (const language of ['en', 'zh'] as const) {
    it(`cuts nothing off and squeezes nothing on any screen (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 320, height: 640, touch: true });
      for (const screen of SCREENS) {
        await page.goto(screen.path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await screen.reach?.(page);
        expect(await cutOff(page), `${screen.path} (${language})`).toEqual([]);
      }
      await context.close();
    }, 180_000); // twelve screens, each measured whole

    it(`keeps an exam's timer in sight above its buttons at every point of the page (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 320, height: 640, touch: true });
      await page.goto('/quiz/exam-short');
      await page.getByRole('button', { name: /^(Start the exam|开始考试)$/ }).tap();
      const timer = page.getByRole('timer');
      await timer.waitFor();
      // Scrolled through from top to bottom: the timer is what is seen at its centre, never the action bar passing under the header.
      const covered = await timer.evaluate(async (element) => {
        const hidden: string[] = [];
        for (let y = 0; y <= document.documentElement.scrollHeight; y += 40) {
          window.scrollTo(0, y);
          await new Promise(requestAnimationFrame);
          const box = element.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          if (!top || !element.contains(top)) hidden.push(`at ${window.scrollY} px under “${top?.textContent?.trim().slice(0, 30)}”`);
        }
        return hidden;
      });
      expect(covered).toEqual([]);
      await context.close();
    });

    it(`shows the backup reminder whole, its buttons below its words (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 320, height: 640, touch: true });
      await context.addInitScript(() => {
        // This browser has not agreed to keep the data, so the reminder is due.
        StorageManager.prototype.persisted = () => Promise.resolve(false);
      });
      const history = generateHistory({ now: Date.now(), days: 60, reviewsPerDay: 10, termIds: ['iaas', 'paas', 'saas'] });
      await page.goto('/favicon.svg');
      await page.evaluate((text) => localStorage.setItem('cloudcards', text), JSON.stringify({ state: { settings: { language }, ...history }, version: 2 }));
      await page.goto('/');
      const reminder = page.getByRole('complementary', { name: /Remind me to download a backup|提醒我下载备份/ });
      await reminder.waitFor();
      expect(await cutOff(page)).toEqual([]);
      const words = (await reminder.locator('p').first().boundingBox())!;
      const reminderBox = (await reminder.boundingBox())!;
      expect(words.width).toBeGreaterThan(reminderBox.width * 0.75);
      for (const button of await reminder.locator('a, button').all()) {
        const box = (await button.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(words.y + words.height);
        expect(box.x + box.width).toBeLessThanOrEqual(reminderBox.x + reminderBox.width);
      }
      await context.close();
    });
  }
});
