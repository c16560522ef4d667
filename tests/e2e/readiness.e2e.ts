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

describe('readiness and the workload forecast after a week of study', () => {
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

    // The workload forecast beside the desired retention, from the same week of cards.
    await page.goto('/settings');
    const caption = page.getByText(/^At 90%: about [\d.]+ reviews a day over the next 30 days/);
    await caption.waitFor({ timeout: 20_000 });
    const before = Number(/about ([\d.]+)/.exec((await caption.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /^Expected reviews per day for the next 30 days/ }).count()).toBe(1);
    await page.getByRole('slider').focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    const higher = page.getByText(/^At 97%: about [\d.]+ reviews a day/);
    await higher.waitFor({ timeout: 20_000 });
    expect(Number(/about ([\d.]+)/.exec((await higher.textContent()) ?? '')?.[1])).toBeGreaterThan(before);
    await expectNoAxeViolations(page, 'the workload forecast in settings (en, light)');
    await page.goto('/progress');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '备考程度' }).getByRole('heading', { name: '最近 30 天的备考程度' }).waitFor({ timeout: 20_000 });
    await expectNoAxeViolations(page, 'readiness on /progress (zh, dark)');
    await page.goto('/settings');
    await page.getByText(/^保持 97%：未来 30 天平均每天约/).waitFor({ timeout: 20_000 });
    await expectNoAxeViolations(page, 'the workload forecast in settings (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
