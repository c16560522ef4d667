import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newLearner, pageErrors } from './browser';
import { showAnswer } from './keys';

/*
 * Headless Chromium has no voices, so each page gets a speech synthesis of our own before the
 * app loads: it has the voices a test names, records every utterance (text, language, voice)
 * and "reads" each until the test ends it, firing the events a browser fires.
 */
type Said = { text: string; lang: string; voice: string | null };

async function installSpeech(page: Page, voices: { name: string; lang: string }[]) {
  await page.addInitScript((list) => {
    const said: { text: string; lang: string; voice: string | null }[] = [];
    const queue: SpeechSynthesisUtterance[] = [];
    const all = list.map((voice) => ({ ...voice, voiceURI: voice.name, localService: true, default: false }));
    const next = () => queue[0]?.onstart?.(new Event('start') as SpeechSynthesisEvent);
    // The test says when the utterance being read comes to its end.
    (window as unknown as { __finishSpeech: () => void }).__finishSpeech = () => {
      const utterance = queue.shift();
      utterance?.onend?.(new Event('end') as SpeechSynthesisEvent);
      next();
    };
    const fake = {
      get speaking() {
        return queue.length > 0;
      },
      pending: false,
      paused: false,
      getVoices: () => all,
      speak(utterance: SpeechSynthesisUtterance) {
        said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        queue.push(utterance);
        if (queue.length === 1) next();
      },
      cancel() {
        const dropped = queue.splice(0);
        for (const utterance of dropped) utterance.onerror?.(Object.assign(new Event('error'), { error: 'canceled' }) as SpeechSynthesisErrorEvent);
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => true,
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => fake });
    // The real utterance takes only the browser's own voice objects.
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      onstart: ((event: Event) => void) | null = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(public text = '') {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
    (window as unknown as { __said: typeof said }).__said = said;
  }, voices);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: Said[] }).__said);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('reading cards aloud', () => {
  it('reads the card with the Listen button and R, shows it playing, and auto-plays in Chinese once turned on', async () => {
    const { context, page } = await newLearner(browser, { language: 'en', colorScheme: 'light', width: 390, height: 844 });
    await installSpeech(page, [
      { name: 'Sin-ji', lang: 'zh-HK' },
      { name: 'Tingting', lang: 'zh-CN' },
      { name: 'Samantha', lang: 'en-US' },
    ]);
    await page.goto('/study/deployment-models');
    const listen = page.getByRole('button', { name: 'Listen', exact: true });
    await listen.click();
    expect(await said(page)).toEqual([{ text: 'Deployment model', lang: 'en', voice: 'Samantha' }]);
    // While it reads, the button is Stop and says so; then it is Listen again.
    await page.getByRole('button', { name: 'Stop', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Reading aloud…' }).waitFor({ state: 'attached' });
    await page.evaluate(() => (window as unknown as { __finishSpeech: () => void }).__finishSpeech());
    await listen.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Reading aloud…' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'a card with its Listen button (en, light)');

    await showAnswer(page).focus();
    await page.keyboard.press('r');
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'How well did you know it?' }).waitFor();
    expect((await said(page)).map((u) => u.text)).toEqual(['Deployment model', 'Deployment model']);

    // Settings: auto-play on, by the keyboard; the voices the device has are named.
    await page.goto('/settings');
    const region = page.getByRole('region', { name: 'Reading aloud' });
    await region.getByText('Samantha (en-US)').waitFor();
    await region.getByText('Tingting (zh-CN)').waitFor();
    await region.getByRole('checkbox', { name: 'Read each card aloud as it appears (auto-play)' }).focus();
    await page.keyboard.press('Space');
    expect(await region.getByRole('checkbox', { name: /auto-play/ }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'reading aloud in settings (en, light)');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('banner').getByRole('button', { name: '中文' }).click();
    await page.goto('/study/deployment-models');
    await page.getByRole('button', { name: '朗读', exact: true }).or(page.getByRole('button', { name: '停止', exact: true })).waitFor();
    await page.waitForFunction(() => (window as unknown as { __said: Said[] }).__said.length > 0);
    expect((await said(page))[0]).toEqual({ text: '部署模式', lang: 'zh-CN', voice: 'Tingting' });
    await expectNoAxeViolations(page, 'a card read aloud (zh, dark)');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('where the device has no voice for the language: no button, a reason in Settings, and a message rather than silence', async () => {
    const { context, page } = await newLearner(browser, { language: 'zh', colorScheme: 'dark', width: 320, height: 640 });
    await installSpeech(page, [{ name: 'Samantha', lang: 'en-US' }]);
    await page.goto('/settings');
    const region = page.getByRole('region', { name: '朗读' });
    await region.getByText(/^没有。中文卡片无法朗读，所以不显示“朗读”按钮。/).waitFor();
    await region.getByText('Samantha（en-US）').waitFor();
    await expectNoAxeViolations(page, 'reading aloud in settings without a Chinese voice (zh, dark)');

    await page.goto('/study/deployment-models');
    await showAnswer(page).waitFor();
    expect(await page.getByRole('button', { name: '朗读', exact: true }).count()).toBe(0);
    await page.keyboard.press('r');
    await page.getByText('这台设备没有中文语音，无法朗读卡片。设置里说明了如何添加。').waitFor();
    expect(await said(page)).toEqual([]);
    await expectNoAxeViolations(page, 'a card with no voice for its language (zh, dark)');
    // Study goes on as before.
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: /你记得/ }).waitFor();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
