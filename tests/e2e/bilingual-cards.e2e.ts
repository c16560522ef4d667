import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer } from './keys';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const KINDS = ['Term → definition', 'English → 中文', '中文 → English', 'Typed: the English term'];

/** Each row of Progress's table of card kinds, as its cells read: kind, cards, mature, young, learning, reviews. */
async function kindRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: /Cards of each kind/ });
  if ((await table.count()) === 0) return [];
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

/**
 * Opens a screen as a learner who has been here before and chose English (settings only, as
 * version 1 stored them): the screen is drawn by the app from what is stored, not a prerendered
 * first-visit page still hydrating under the taps. Nothing is said about unreadable data.
 */
async function openAsReturning(page: Page, path: string) {
  await page.goto('/favicon.svg'); // same origin, without the app
  await page.evaluate(() => localStorage.setItem('cloudcards', JSON.stringify({ state: { settings: { language: 'en' } }, version: 1 })));
  await page.goto(path);
  await page.locator('h1:visible').first().waitFor();
  expect(await page.getByText('could not be read').count()).toBe(0);
}

const grades = (page: Page) => page.getByRole('group', { name: 'How well did you know it?' });

describe('translation and typed-recall cards', () => {
  it('are studied and scheduled like the others, survive a backup into another browser, and show in Progress', async () => {
    const first = await newLearner(browser);
    const { page } = first;
    await openAsReturning(page, '/study');
    const options = page.getByRole('group', { name: 'Cards for each term' });
    await options.getByRole('combobox', { name: 'Term ⇄ definition' }).selectOption({ label: 'Term → definition' });
    await options.getByRole('checkbox', { name: 'Translation: English ⇄ 中文' }).check();
    await options.getByRole('combobox', { name: 'Typed recall' }).selectOption({ label: 'Type the English term' });
    await options.getByRole('status').filter({ hasText: 'Each term gives 4 cards.' }).waitFor();

    // One term's cards, from its page: term → definition, English → 中文, 中文 → English, typed.
    await page.goto('/glossary/public-cloud');
    await page.getByRole('link', { name: 'Study this term' }).click();

    await showAnswer(page).click();
    await grades(page).getByRole('button', { name: /^Easy/ }).click();

    // The translation card: the English name asks for the Chinese one.
    await page.getByText('English term', { exact: true }).waitFor();
    expect(await page.locator('.study-card-face.front [lang="en"]').first().textContent()).toBe('Public cloud');
    await showAnswer(page).click();
    await page.getByText('公有云', { exact: true }).first().waitFor();
    await grades(page).getByRole('button', { name: /^Easy/ }).click();

    // And back: the Chinese name asks for the English one.
    await page.getByText('Chinese term 中文', { exact: true }).waitFor();
    await showAnswer(page).click();
    await grades(page).getByRole('button', { name: /^Easy/ }).click();

    // Typed recall: typed, checked by the quiz's matching, the suggested grade confirmed. A
    // misspelling first (Hard), then the right spelling (Good) until the card leaves the session.
    const field = page.getByRole('textbox', { name: 'Type the English term' });
    const done = page.getByRole('heading', { name: 'Session complete' });
    const typedGrades: number[] = [];
    for (;;) {
      await Promise.race([field.waitFor(), done.waitFor()]);
      if (await done.isVisible()) break;
      const misspelt = typedGrades.length === 0;
      await field.fill(misspelt ? 'public clod' : 'public cloud');
      await page.keyboard.press('Enter');
      await page.getByText(misspelt ? /Right, but mind the spelling: Public cloud\./ : /^Right\./).first().waitFor();
      const suggested = grades(page).getByRole('button', { name: misspelt ? /^Hard/ : /^Good/ });
      expect(await suggested.textContent()).toMatch(/suggested/);
      expect(await suggested.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter'); // confirms the suggestion
      typedGrades.push(misspelt ? 2 : 3);
      expect(typedGrades.length, 'a typed card answered right leaves the session after a step or two').toBeLessThan(5);
      await field.or(done).first().waitFor();
    }
    await page.getByRole('heading', { name: 'Session complete' }).waitFor();

    // The summary names the term, a link to its page; nothing was missed, so no hardest terms.
    const learned = page.getByRole('list', { name: '1 term learned' });
    expect(await learned.getByRole('link').getAttribute('href')).toBe('/glossary/public-cloud');
    expect(await page.getByRole('list', { name: 'Hardest terms' }).count()).toBe(0);

    // Scheduled as any card (written once the learner pauses): each kind's answers are in the log.
    const answers = 3 + typedGrades.length;
    await expect.poll(async () => (await storedState(page))?.state.progress.log.length, { timeout: 10_000 }).toBe(answers);
    const stored = await storedState(page);
    const log = stored!.state.progress.log;
    expect(log.map((entry) => entry.cardId).slice(0, 4)).toEqual(['public-cloud:forward', 'public-cloud:en-zh', 'public-cloud:zh-en', 'public-cloud:type-en']);
    expect(log.filter((entry) => entry.cardId === 'public-cloud:type-en').map((entry) => entry.grade)).toEqual(typedGrades);
    const cards = stored!.state.progress.cards;
    for (const kind of ['en-zh', 'zh-en'] as const) expect(cards[`public-cloud:${kind}`]).toMatchObject({ phase: 'review' });
    expect(cards['public-cloud:en-zh']!.due).toBeGreaterThan(Date.now() + 86_400_000); // Easy: days away
    expect(cards['public-cloud:type-en']!.lastReview).not.toBeNull();

    await page.goto('/progress');
    await expect.poll(() => kindRows(page), { timeout: 10_000 }).toHaveLength(4);
    const before = await kindRows(page);
    expect(before.map((row) => row[0])).toEqual(KINDS);
    for (const row of before) expect(Number(row[5]), `${row[0]}: reviews`).toBeGreaterThan(0);
    expect(before[1]!.slice(2, 5).map(Number).reduce((a, b) => a + b), 'English → 中文: one card studied').toBe(1);

    // The backup from Settings, into a fresh browser.
    await page.goto('/settings');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    const file = (await download.path())!;
    const backup = JSON.parse(await readFile(file, 'utf8')) as { format: string };
    expect(backup.format).toBe('cloudcards-backup');

    const second = await newLearner(browser);
    await openAsReturning(second.page, '/settings'); // no progress here, only the language
    await second.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor(); // drawn, not the hidden first-visit page
    const importButton = second.page.getByRole('button', { name: 'Import', exact: true });
    await second.page.getByLabel('Choose a backup file').setInputFiles(file);
    await importButton.click();
    await second.page.getByRole('status').filter({ hasText: `Imported. You now have ${log.length} reviews in your history.` }).waitFor();
    const imported = (await storedState(second.page))!.state.progress;
    for (const kind of ['forward', 'en-zh', 'zh-en', 'type-en']) {
      expect(imported.cards[`public-cloud:${kind}`], `the ${kind} card after the import`).toEqual(cards[`public-cloud:${kind}`]);
    }

    // The returning learner's Progress is drawn once the stored state is read: the same counts per
    // kind (this browser's own deck options, kept by the merge, add its unstudied Definition → term).
    await second.page.goto('/progress');
    const studied = async () => (await kindRows(second.page)).filter((row) => KINDS.includes(row[0]!));
    await expect.poll(studied, { timeout: 10_000 }).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(second.page)).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});
