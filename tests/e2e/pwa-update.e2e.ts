import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForServiceWorker } from './browser';
import { serveBuild } from './static-server';

const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4190);

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launchBrowser();
  work = await mkdtemp(join(tmpdir(), 'cloudcards-update-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

describe('an update', () => {
  it('is offered by a prompt, never a silent reload, and keeps the learner’s state', async () => {
    // Build A is the real build; build B is the same app with a changed service worker,
    // which is what a browser sees when a new version is deployed.
    const buildA = join(work, 'a');
    const buildB = join(work, 'b');
    await cp(dist, buildA, { recursive: true });
    await cp(dist, buildB, { recursive: true });
    const sw = await readFile(join(buildB, 'sw.js'), 'utf8');
    await writeFile(join(buildB, 'sw.js'), `${sw}\n// build B\n`);

    const server = await serveBuild(buildA, PORT);
    const context = await browser.newContext({ baseURL: server.url, locale: 'en-US' });
    const page = await context.newPage();
    try {
      await page.goto('/settings');
      await waitForServiceWorker(page);
      await page.getByRole('status').filter({ hasText: 'ready to work offline' }).waitFor();
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();

      server.setRoot(buildB);
      await page.reload(); // the browser checks for a new worker on navigation
      const prompt = page.getByRole('alert').filter({ hasText: 'CloudCards 有新版本可用' });
      await prompt.waitFor({ timeout: 30_000 });
      // The page has not reloaded by itself: the learner decides.
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('设置');

      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '重新加载' }).click()]);
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.getByRole('alert').filter({ hasText: '新版本' }).count()).toBe(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
