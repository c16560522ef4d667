import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer, studyOne } from './keys';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('readiness after a week of study', () => {
  it('shows real numbers per topic, a 30-day trend that rose, and the topic to study next', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light', width: 1280, height: 900 });
    const start = Date.UTC(2026, 10, 16, 10);
    await page.clock.install({ time: start });
    for (let day = 0; day < 7; day++) {
      await page.clock.setFixedTime(start + day * 86_400_000);
      await page.goto('/study/deployment-models');
      await page.getByRole('heading', { level: 1, name: 'Deployment models' }).waitFor();
      for (let i = 0; i < 4; i++) {
        if (!(await showAnswer(page).isVisible())) break;
        await studyOne(page, '3');
      }
    }
    await page.goto('/progress');
    const panel = page.getByRole('region', { name: 'Readiness' });
    await panel.getByText(/^\d+% ready overall$/).waitFor();
    const row = panel.getByRole('row', { name: /^Deployment models/ });
    const cells = await row.getByRole('cell').allTextContents();
    expect(Number(cells[0]!.replace('%', ''))).toBeGreaterThan(0); // ready
    expect(Number(cells[1]!.replace('%', ''))).toBeGreaterThan(0); // studied
    expect(await panel.getByText(/^Study next: /).count()).toBe(1);
    await panel.getByRole('heading', { name: 'Readiness over the last 30 days' }).waitFor({ timeout: 20_000 });
    const summary = (await panel.getByText(/^30 days ago \d+%, today \d+%\.$/).textContent()) ?? '';
    const [, then, today] = /(\d+)%, today (\d+)%/.exec(summary) ?? [];
    expect(Number(then)).toBe(0);
    expect(Number(today)).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'readiness on /progress (en, light)');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '备考程度' }).getByRole('heading', { name: '最近 30 天的备考程度' }).waitFor({ timeout: 20_000 });
    await expectNoAxeViolations(page, 'readiness on /progress (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
