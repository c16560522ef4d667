import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../factories/learning-history';
import { launchBrowser, newLearner, pageErrors, type Language } from './browser';
import { tap } from './tap';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every control on the screen as it is now that something else covers at its centre, one per line. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, aside a[href], aside button')) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.bottom <= 0 || box.top >= window.innerHeight) continue;
      const x = box.left + box.width / 2;
      const y = Math.min(box.top + box.height / 2, window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const labels = [...((control as HTMLInputElement).labels ?? [])];
      const own = top !== null && (control.contains(top) || labels.some((label) => label.contains(top))); // a styled radio is drawn by its label
      if (top && !own && !top.closest('.main-nav, .app-header')) {
        covered.push(`“${control.textContent?.trim().slice(0, 30)}” under “${top.closest('aside, section, div')?.textContent?.trim().slice(0, 40)}”`);
      }
    }
    return covered;
  });
}

describe('the backup reminder', () => {
  for (const language of ['en', 'zh'] as Language[]) {
    it(`sits in the page, above Today's next step, and covers no action at 390×844 (${language})`, async () => {
      const { context, page } = await newLearner(browser, { language, width: 390, height: 844, touch: true });
      await context.addInitScript(() => {
        // This browser has not agreed to keep the data, so the reminder is due.
        StorageManager.prototype.persisted = () => Promise.resolve(false);
      });
      const history = generateHistory({ now: Date.now() - 2 * 86_400_000, days: 60, reviewsPerDay: 10, termIds: ['iaas', 'paas', 'saas', 'cloud-computing', 'public-cloud'] });
      await page.goto('/favicon.svg');
      await page.evaluate((text) => localStorage.setItem('cloudcards', text), JSON.stringify({ state: { settings: { language }, ...history }, version: 2 }));
      await page.goto('/');
      const reminder = page.getByRole('complementary', { name: language === 'en' ? 'Remind me to download a backup' : '提醒我下载备份' });
      await reminder.waitFor();
      const study = page.getByRole('link', { name: language === 'en' ? /^Study \d+ cards?$/ : /^学习 \d+ 张卡片$/ });
      await study.waitFor();

      // In the flow of the page, not floating over it: it scrolls with the page.
      expect(await reminder.evaluate((el) => getComputedStyle(el).position)).not.toBe('fixed');
      expect(await coveredControls(page)).toEqual([]);
      // Scrolled to the end and back, nothing it holds or anything else is covered either.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await coveredControls(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));

      // Not now: it leaves, and the next step is where the thumb finds it.
      await tap(page, reminder.getByRole('button', { name: language === 'en' ? 'Not now' : '以后再说' }), 'Not now');
      expect(await reminder.count()).toBe(0);
      await tap(page, study, 'Study the cards due');
      await page.getByRole('button', { name: /Show answer|显示答案/ }).waitFor();
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    });
  }
});
