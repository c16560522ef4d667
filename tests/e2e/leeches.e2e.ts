import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const prompt = (page: Page) => page.locator('.study-card-face.front .card-text').first().textContent();

describe('leeches', () => {
  it('a card failed 8 times by keyboard is tagged and waits in the Leeches deck, with its page and a note in my words', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light' });
    await page.clock.install({ time: Date.UTC(2026, 10, 22, 9) });
    await page.goto('/study/deployment-models?term=hybrid-cloud');
    await page.getByRole('heading', { level: 1, name: 'Deployment models' }).waitFor();

    // Fail "Hybrid cloud" (term → definition) every time it comes back; know the others.
    let failures = 0;
    for (let guard = 0; failures < 8 && guard < 40; guard++) {
      await showAnswer(page).waitFor();
      const isTarget = (await prompt(page)) === 'Hybrid cloud';
      await studyOne(page, isTarget ? '1' : '3');
      if (isTarget) failures++;
      await page.clock.fastForward('02:00'); // its one-minute step is over: it comes back next
    }
    expect(failures).toBe(8);
    await expect.poll(async () => (await storedState(page))?.state.progress.log.filter((e: { grade: number }) => e.grade === 1).length).toBe(8);

    await page.goto('/study');
    const deck = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Leeches' }) });
    await deck.waitFor();
    await deck.getByRole('link', { name: 'Study Leeches' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leeches' }).waitFor();
    await showAnswer(page).waitFor();
    const panel = page.getByRole('region', { name: 'Leech You have failed this card 8 times' });
    await panel.waitFor();
    expect(await panel.getByRole('link', { name: 'Open the page for “Hybrid cloud”' }).getAttribute('href')).toBe('/glossary/hybrid-cloud');
    await expectNoAxeViolations(page, 'a leech on the study screen (en, light)');

    await panel.getByRole('textbox', { name: 'Rewrite it in my words' }).focus();
    await page.keyboard.type('My own servers and a public cloud, run as one');
    await page.keyboard.press('Tab'); // leaving the field keeps the words
    await panel.getByText('Saved with your progress.').waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Leech You have failed this card 8 times' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Rewrite it in my words' }).inputValue()).toBe('My own servers and a public cloud, run as one');

    // The same in Chinese and the dark theme; the setting that turns leeches off, too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '顽固卡 这张卡片你已经答错 8 次' }).waitFor();
    await expectNoAxeViolations(page, 'a leech on the study screen (zh, dark)');
    await page.goto('/settings');
    await page.getByRole('spinbutton', { name: '答错几次算顽固卡' }).waitFor();
    await expectNoAxeViolations(page, 'settings with the leech threshold (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
