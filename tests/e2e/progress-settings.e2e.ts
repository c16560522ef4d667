import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHistory } from '../factories/learning-history';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForHydration } from './browser';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STATE_KEY = 'cloudcards';
const TERMS = ['cloud-computing', 'iaas', 'paas', 'saas', 'public-cloud', 'private-cloud', 'hybrid-cloud', 'resource-pooling'];

/** Puts a learner's history in storage before the app first runs on the page. */
async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.goto('/favicon.svg'); // same origin, without the app
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

function storedHistory(language: 'en' | 'zh' = 'en') {
  const history = generateHistory({ now: Date.now(), days: 90, reviewsPerDay: 12, termIds: TERMS });
  const settings = { language, theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
  return { history, text: JSON.stringify({ state: { settings, ...history }, version: 2 }) };
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

describe('storage that cannot be read', () => {
  it('is kept aside: the app starts clean, says so, and offers the old data as a download', async () => {
    const { context, page } = await newLearner(browser);
    const corrupt = '{"state": {"settings": {"language": "en"}, "progress": {"cards": {}, "log": [{"id": 1';
    await seedStorage(page, { [STATE_KEY]: corrupt });
    await page.goto('/');
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved data could not be read' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('you can download it from Settings');

    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings');
    const keptAside = page.getByRole('region', { name: 'Data kept aside' });
    const [download] = await Promise.all([page.waitForEvent('download'), keptAside.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cloudcards-kept-aside-.+\.txt$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(corrupt);

    // A reload is quiet now: the data was moved aside, not left to be found again.
    await page.reload();
    await heading(page, 'Settings');
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Data kept aside' }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('moving to another browser', () => {
  it('exports everything from one and imports it into another, where the same progress shows', async () => {
    const first = await newLearner(browser);
    const { text } = storedHistory();
    await seedStorage(first.page, { [STATE_KEY]: text });
    await first.page.goto('/progress');
    await heading(first.page, 'Progress');
    const streak = await first.page.getByRole('region', { name: 'Streak' }).textContent();
    const calendar = await first.page.getByRole('region', { name: 'Reviews in the last year' }).locator('p').first().textContent();
    expect(calendar).toMatch(/\d+ reviews on \d+ days in the last year/);

    await first.page.goto('/settings');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cloudcards-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const parsed = JSON.parse(await readFile(file!, 'utf8'));
    expect(parsed).toMatchObject({ format: 'cloudcards-backup', version: 6 });

    const second = await newLearner(browser, { language: 'zh' });
    await second.page.goto('/settings');
    await heading(second.page, '设置');
    await second.page.getByLabel('选择备份文件').setInputFiles(file!);
    const preview = second.page.getByRole('heading', { level: 4 });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/导出于/);
    await second.page.getByRole('button', { name: '导入', exact: true }).click();
    await second.page.getByRole('status').filter({ hasText: '导入完成' }).waitFor();
    await expectNoAxeViolations(second.page, '/settings after an import (zh)');

    // Merge keeps this browser's settings (Chinese); the history is the same.
    await second.page.goto('/progress');
    await heading(second.page, '进度');
    await second.page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
    await heading(second.page, 'Progress');
    expect(await second.page.getByRole('region', { name: 'Streak' }).textContent()).toBe(streak);
    expect(await second.page.getByRole('region', { name: 'Reviews in the last year' }).locator('p').first().textContent()).toBe(calendar);
    expect(pageErrors(first.page)).toEqual([]);
    expect(pageErrors(second.page)).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('keeps what was chosen and typed before the app took over the prerendered page: a theme, a number, a topic, a backup file', async () => {
    const first = await newLearner(browser);
    await seedStorage(first.page, { [STATE_KEY]: storedHistory().text });
    await first.page.goto('/settings');
    await heading(first.page, 'Settings');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Download a backup' }).click()]);
    const file = (await download.path())!;

    // A slow connection: the page shows, its code arrives only after the learner has acted.
    const second = await newLearner(browser);
    let release = () => {};
    const codeHeldBack = new Promise<void>((resolve) => (release = resolve));
    await second.page.route('**/*.js', async (route) => {
      await codeHeldBack;
      await route.continue();
    });
    await second.page.goto('/settings', { waitUntil: 'commit' });
    const dark = second.page.getByRole('radio', { name: 'Dark' });
    await dark.check();
    const newPerDay = second.page.getByRole('spinbutton', { name: 'New cards per day' });
    await newPerDay.fill('37');
    const scope = second.page.getByRole('combobox', { name: 'What to export' });
    const topic = (await scope.locator('option').nth(2).textContent())!;
    await scope.selectOption({ label: topic });
    const picker = second.page.getByLabel('Choose a backup file');
    await picker.setInputFiles(file);
    release();
    await waitForHydration(second.page, picker);
    const preview = second.page.getByRole('heading', { level: 4 });
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/, exported /);
    await expect.poll(() => second.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await dark.isChecked()).toBe(true);
    expect(await newPerDay.inputValue()).toBe('37');
    // The topic chosen is what the export holds: "Name (12 terms)" gives 12 notes.
    expect(await scope.locator('option:checked').textContent()).toBe(topic);
    const terms = /\((\d+) terms?\)$/.exec(topic)![1];
    await second.page.getByRole('button', { name: 'Download for Anki (.txt)' }).click();
    await second.page.getByText(new RegExp(`: ${terms} notes? for Anki\\.$`)).waitFor();
    await second.page.evaluate(() => window.dispatchEvent(new Event('pagehide'))); // written now, not after the write delay
    await expect.poll(async () => (await storedState(second.page))?.state.settings).toMatchObject({ theme: 'dark', newPerDay: 37 });
    expect(pageErrors(second.page)).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('refuses a file from a newer version with a message, changing nothing', async () => {
    const { context, page } = await newLearner(browser);
    const { text } = storedHistory();
    await seedStorage(page, { [STATE_KEY]: text });
    await page.goto('/settings');
    await heading(page, 'Settings');
    // The app upgrades the stored history to its own version once, as it loads.
    await expect.poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STATE_KEY)) ?? '{}').version).toBe(6);
    const upgraded = await page.evaluate((key) => localStorage.getItem(key), STATE_KEY);
    const newer = JSON.stringify({ format: 'cloudcards-backup', version: 99, exportedAt: Date.now(), state: {} });
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('newer version of CloudCards');
    expect(await page.evaluate((key) => localStorage.getItem(key), STATE_KEY)).toBe(upgraded);
    await context.close();
  });
});

describe('writes', () => {
  it('reach storage when the tab closes at once, before the write delay', async () => {
    const { context, page } = await newLearner(browser);
    await page.goto('/settings');
    await heading(page, 'Settings');
    const input = page.getByRole('spinbutton', { name: 'New cards per day' });
    // Typed once the app is live: before, the page is only the prerendered HTML, and what is typed
    // there is replayed when the code arrives (the test above), not when the tab closes first.
    await waitForHydration(page, input);
    await input.fill('37');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto('/settings');
    await heading(again, 'Settings');
    expect(await again.getByRole('spinbutton', { name: 'New cards per day' }).inputValue()).toBe('37');
    await context.close();
  });

  it('that do not fit show a warning and keep working in memory', async () => {
    const { context, page } = await newLearner(browser);
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'cloudcards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto('/settings');
    await heading(page, 'Settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('12');
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.getByRole('alert').filter({ hasText: 'Storage is full' }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
    await heading(page, 'Progress');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('accessibility of progress and settings with data', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`finds no axe violations (${language}, ${colorScheme})`, async () => {
        const { context, page } = await newLearner(browser, { language, colorScheme, width: 360 });
        const { text } = storedHistory(language);
        await seedStorage(page, { [STATE_KEY]: text, 'cloudcards:backup:1795000000000': '{"state": [' });
        await page.goto('/progress');
        await heading(page, language === 'en' ? 'Progress' : '进度');
        // Each table opened by a click, as a learner opens it: none is left beneath the backup reminder.
        for (const summary of await page.locator('summary').filter({ hasText: language === 'en' ? 'Show as a table' : '以表格显示' }).all()) await summary.click();
        await expectNoAxeViolations(page, `/progress (${language}, ${colorScheme})`);
        // Nothing spills sideways on a narrow phone; the calendar scrolls inside its own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

        await page.goto('/settings');
        await heading(page, language === 'en' ? 'Settings' : '设置');
        await page.getByRole('button', { name: language === 'en' ? 'Reset everything…' : '全部重置…' }).click();
        await page.getByRole('button', { name: language === 'en' ? 'Restore…' : '恢复…' }).click();
        await page.getByRole('alert').filter({ hasText: language === 'en' ? 'cannot be imported' : '无法导入' }).waitFor();
        await expectNoAxeViolations(page, `/settings (${language}, ${colorScheme})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        expect(pageErrors(page)).toEqual([]);
        await context.close();
      });
    }
  }
});
