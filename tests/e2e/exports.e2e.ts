import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText, parseAnkiText } from '../factories/anki-text-parser';
import { generateHistory } from '../factories/learning-history';
import { realTerms, realTopics } from '../factories/real-content';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForServiceWorker } from './browser';

/*
 * Take your cards elsewhere, in a real Chromium: each file is a real download (its suggested
 * name and its bytes on disk), read back as Anki's documented text format or by csv-parse, and
 * made with the network off, as a learner on a train would.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A learner with a history, put in storage before the app first runs. */
async function seed(page: Page, language: 'en' | 'zh') {
  const history = generateHistory({ now: Date.now(), days: 30, reviewsPerDay: 10 });
  const settings = { language, theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
  await page.goto('/favicon.svg'); // same origin, without the app
  await page.evaluate((text) => localStorage.setItem('cloudcards', text), JSON.stringify({ state: { settings, ...history }, version: 2 }));
  return history;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

const DATE = /\d{4}-\d{2}-\d{2}/.source;

describe('exports', () => {
  it('download a topic for Anki, the glossary as CSV and the review log, offline, each a file that reads back whole', async () => {
    const { context, page } = await newLearner(browser, { width: 375, height: 740, serviceWorker: true });
    const history = await seed(page, 'en');
    await page.goto('/settings');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();

    const region = page.getByRole('region', { name: 'Take your cards elsewhere' });
    const topic = realTopics.find((t) => t.id === 'compute')!;
    const terms = realTerms.filter((t) => t.topic === topic.id);
    await region.getByRole('combobox', { name: 'What to export' }).selectOption({ label: `${topic.name.en} (${terms.length} terms)` });

    const anki = await downloaded(page, () => region.getByRole('button', { name: 'Download for Anki (.txt)' }).click());
    expect(anki.name).toMatch(new RegExp(`^cloudcards-anki-compute-${DATE}\\.txt$`));
    const file = parseAnkiText(anki.text);
    expect(file.headers.get('separator')).toBe('tab');
    expect(file.notes.map((n) => htmlToText(n.fields[0]!))).toEqual(terms.map((t) => `${t.term.en}\n${t.term.zh}`));
    await region.getByRole('status').filter({ hasText: `${terms.length} notes for Anki` }).waitFor();

    // From the keyboard: the CSV of the same topic.
    await region.getByRole('button', { name: 'Download as CSV' }).focus();
    const csv = await downloaded(page, () => page.keyboard.press('Enter'));
    expect(csv.name).toMatch(new RegExp(`^cloudcards-glossary-compute-${DATE}\\.csv$`));
    const rows = parse(csv.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.term_en, r.term_zh])).toEqual(terms.map((t) => [t.term.en, t.term.zh]));

    const log = await downloaded(page, () => region.getByRole('button', { name: 'Download the review log (.csv)' }).click());
    expect(log.name).toMatch(new RegExp(`^cloudcards-review-log-${DATE}\\.csv$`));
    const reviews = parse(log.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(reviews).toHaveLength(history.progress.log.length);
    expect(reviews.every((r) => Number(r.interval_days) > 0 && /^\d{4}-\d{2}-\d{2}T/.test(r.local_time!))).toBe(true);

    await expectNoAxeViolations(page, 'Settings with the exports');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('speak Chinese on a 320 px phone in the dark theme, by tap, and the Anki file leads with Chinese', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', colorScheme: 'dark', width: 320, height: 640, touch: true });
    await seed(page, 'zh');
    await page.goto('/settings');
    const region = page.getByRole('region', { name: '带到别处学习' });
    const button = region.getByRole('button', { name: '下载 Anki 文件（.txt）' });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.height).toBeGreaterThanOrEqual(44);
    const anki = await downloaded(page, () => button.tap());
    expect(anki.name).toMatch(new RegExp(`^cloudcards-anki-all-${DATE}\\.txt$`));
    const file = parseAnkiText(anki.text);
    expect(file.notes).toHaveLength(realTerms.length);
    expect(new Set(realTerms.map((t) => `${t.term.zh}\n${t.term.en}`))).toEqual(new Set(file.notes.map((n) => htmlToText(n.fields[0]!))));
    await region.getByRole('status').filter({ hasText: `${realTerms.length} 条 Anki 笔记` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'Settings with the exports, in Chinese, dark');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
