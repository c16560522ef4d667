import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateHistory } from '../factories/learning-history';
import { baseUrl, CHROMIUM_ARGS, expectNoAxeViolations, findChromium, pageErrors, waitForServiceWorker } from './browser';

/*
 * CloudCards as an installed app, in a real Chromium profile (installation needs one: a
 * throwaway context counts as incognito, where nothing installs). The browser itself is asked
 * through the DevTools protocol: the manifest it parsed, what would stop an install, the
 * installed app's badge, and launches of the installed app with a file.
 */

type Manifest = {
  id: string;
  start_url: string;
  launch_handler: { client_mode: string[] };
  screenshots: { src: string; sizes: string; form_factor: string; label: string }[];
  shortcuts: { name: string; name_localized: Record<string, string>; url: string }[];
  name_localized: Record<string, string>;
  description_localized: Record<string, string>;
  file_handlers: { action: string; accept: Record<string, string[]> }[];
  share_target: { action: string; method: string; params: { text: string } };
};

const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
const readManifest = async () => JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8')) as Manifest;

let open: { context: BrowserContext; dir: string }[] = [];
afterEach(async () => {
  for (const { context, dir } of open) {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  open = [];
});

/** A fresh browser profile on the app, with the service worker in control (so it works offline). */
async function profile({ init }: { init?: () => void } = {}): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const dir = await mkdtemp(join(tmpdir(), 'cloudcards-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: baseUrl(),
    locale: 'en-US',
    viewport: { width: 390, height: 844 },
  });
  open.push({ context, dir });
  if (init) await context.addInitScript(init);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto('/');
  await waitForServiceWorker(page);
  return { context, page, cdp: await context.newCDPSession(page) };
}

const manifestId = () => `${baseUrl()}/`;

/** Puts a learner's history in storage (as an earlier version stored it) and reloads the app on it. */
async function seedHistory(page: Page, termIds: string[], days = 30) {
  const history = generateHistory({ now: Date.now(), days, reviewsPerDay: 10, termIds });
  const settings = { language: 'en', theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
  await page.evaluate((text) => localStorage.setItem('cloudcards', text), JSON.stringify({ state: { settings, ...history }, version: 2 }));
  await page.reload();
  return history;
}

describe('the manifest', () => {
  it('parses with no errors and nothing stands in the way of installing', async () => {
    const { cdp } = await profile();
    const { errors, data, url } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${baseUrl()}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const manifest = JSON.parse(data ?? '{}') as Manifest;
    expect(manifest.id).toBe('/');
    expect(manifest.launch_handler.client_mode[0]).toBe('focus-existing');
    expect(manifest.shortcuts.map((s) => s.name)).toEqual(['Study what is due · 学习到期卡片', 'Quick quiz · 快速测验', 'Search the glossary · 搜索术语表']);
    // Each language on its own too, in the spec's localized members.
    expect(manifest.name_localized).toEqual({ en: 'CloudCards — learn cloud computing', 'zh-CN': '云卡 — 学习云计算' });
    expect(Object.keys(manifest.description_localized)).toEqual(['en', 'zh-CN']);
    expect(manifest.shortcuts.map((s) => s.name_localized['zh-CN'])).toEqual(['学习到期卡片', '快速测验', '搜索术语表']);
    expect(manifest.file_handlers).toEqual([{ action: '/settings', accept: { 'application/json': ['.json'] } }]);
    expect(manifest.share_target).toMatchObject({ action: '/glossary', method: 'GET', params: { text: 'q' } });
    expect(manifest.screenshots.map((s) => s.form_factor)).toEqual(['narrow', 'wide']);
  });

  it('offers screenshots whose declared sizes are the images’ real sizes', async () => {
    const { page } = await profile();
    for (const shot of (await readManifest()).screenshots) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = `/${src}`;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, shot.src);
      expect(size, shot.src).toBe(shot.sizes);
    }
  });
});

describe('the shortcuts', () => {
  it('each open their screen offline', async () => {
    const { context, page } = await profile();
    const expected: Record<string, RegExp> = {
      'Study what is due · 学习到期卡片': /^All terms$/,
      'Quick quiz · 快速测验': /Mixed/,
      'Search the glossary · 搜索术语表': /^Glossary$/,
    };
    await context.setOffline(true);
    for (const shortcut of (await readManifest()).shortcuts) {
      await page.goto(shortcut.url);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { message: shortcut.url }).toMatch(expected[shortcut.name] ?? /^$/);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('each bring the open app window to their screen, offline', async () => {
    const { context, page, cdp } = await profile();
    await cdp.send('PWA.install', { manifestId: manifestId() });
    await context.setOffline(true);
    for (const shortcut of (await readManifest()).shortcuts) {
      await cdp.send('PWA.launch', { manifestId: manifestId(), url: `${baseUrl()}${shortcut.url}` });
      await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(shortcut.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(context.pages()).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('text shared to the app', () => {
  it('lands in a glossary search', async () => {
    const { page } = await profile();
    const { share_target: share } = await readManifest();
    const sharedText = 'elasticity';
    await page.goto(`${share.action}?${new URLSearchParams({ [share.params.text]: sharedText })}`);
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search the glossary' }).inputValue()).toBe(sharedText);
    const found = page.getByRole('status').filter({ hasText: /^\d+ terms? match(es)? “elasticity”/ });
    await found.waitFor();
    expect(Number.parseInt((await found.textContent()) ?? '', 10)).toBeGreaterThan(0);
  });
});

describe('the installed app', () => {
  it('opens a backup file given to it at Settings → Import, with the preview', async () => {
    const { context, page, cdp } = await profile();
    await cdp.send('PWA.install', { manifestId: manifestId() });
    const history = generateHistory({ now: Date.now() - 60_000, days: 10, reviewsPerDay: 5, termIds: ['iaas', 'paas', 'saas'] });
    const settings = { language: 'en', theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
    const file = join(open[open.length - 1]!.dir, 'cloudcards-backup.json');
    await writeFile(file, JSON.stringify({ format: 'cloudcards-backup', version: 2, exportedAt: Date.now() - 60_000, state: { settings, ...history } }));

    // The app is open already (installing moved the tab into its window): with
    // `launch_handler: focus-existing` the file comes to that window, through the launch queue.
    await cdp.send('PWA.launchFilesInApp', { manifestId: manifestId(), files: [file] });
    expect(context.pages()).toHaveLength(1);
    const app = page;
    await app.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const preview = app.getByRole('heading', { name: /^“cloudcards-backup\.json”, exported/ });
    await preview.waitFor();
    await expect.poll(() => app.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/cloudcards-backup\.json/);
    expect(await app.getByText(`${history.progress.log.length} reviews`).count()).toBeGreaterThan(0);
    await app.getByRole('button', { name: 'Import' }).waitFor();
  });

  it('shows the due count on its icon, and none when nothing is due', async () => {
    const { page, cdp } = await profile({
      init: () => {
        const calls: (number | 'clear')[] = [];
        (window as unknown as { badgeCalls: typeof calls }).badgeCalls = calls;
        const set = Navigator.prototype.setAppBadge;
        const clear = Navigator.prototype.clearAppBadge;
        Navigator.prototype.setAppBadge = function (count?: number) {
          calls.push(count ?? 0);
          return set.call(this, count);
        };
        Navigator.prototype.clearAppBadge = function () {
          calls.push('clear');
          return clear.call(this);
        };
      },
    });
    await cdp.send('PWA.install', { manifestId: manifestId() });
    await seedHistory(page, ['iaas', 'paas', 'saas', 'public-cloud', 'private-cloud', 'hybrid-cloud']);
    const dueShown = page.locator('dt', { hasText: 'Due now' }).locator('xpath=following-sibling::dd[1]');
    // The prerendered Today is a first visit's (nothing due) until the learner's history is read.
    await expect.poll(async () => Number(await dueShown.textContent())).toBeGreaterThan(0);
    const due = Number(await dueShown.textContent());
    await expect.poll(() => page.evaluate(() => (window as unknown as { badgeCalls: unknown[] }).badgeCalls.at(-1))).toBe(due);
    const osState = async () => ((await cdp.send('PWA.getOsAppState', { manifestId: manifestId() })) as { badgeCount: number }).badgeCount;
    await expect.poll(osState).toBe(due);

    // Everything reset in Settings: nothing due, the badge goes.
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Reset everything…' }).click();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { badgeCalls: unknown[] }).badgeCalls.at(-1))).toBe('clear');
    await expect.poll(osState).toBe(0);
  });
});

describe('keeping the progress', () => {
  /** Counts calls to `navigator.storage.persist()` across the visit (in sessionStorage). */
  function countPersist() {
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function () {
      sessionStorage.setItem('persistCalls', String(Number(sessionStorage.getItem('persistCalls') ?? 0) + 1));
      return persist.call(this);
    };
  }
  const persistCalls = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('persistCalls') ?? 0));

  it('asks the browser to keep the data only after a study session, and Settings says what it answered', async () => {
    const { page } = await profile({ init: countPersist });
    for (const path of ['/glossary', '/study', '/quiz', '/progress', '/settings', '/']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    expect(await persistCalls(page)).toBe(0);

    await page.goto('/study/deployment-models');
    const summary = page.getByRole('heading', { name: 'Session complete' });
    const show = page.getByRole('button', { name: 'Show answer' });
    for (let i = 0; ; i++) {
      expect(i, 'the session ends').toBeLessThan(20);
      // After the last grade the summary arrives a moment later (its code loads apart).
      await show.or(summary).first().waitFor();
      if (await summary.isVisible()) break;
      await show.click();
      await page.getByRole('button', { name: /^Easy/ }).click();
    }
    await expect.poll(() => persistCalls(page)).toBe(1);

    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Keeping your progress' });
    await section.getByText(/^This browser (keeps|may clear|does not say)/).waitFor();
    await section.getByText(/^Storage used: .+/).waitFor();
    expect(await persistCalls(page)).toBe(1);
    await expectNoAxeViolations(page, 'Settings with Keeping your progress');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
    await page.getByRole('region', { name: '保存进度' }).waitFor();
    await expectNoAxeViolations(page, 'Settings in Chinese, dark');
  });

  it('reminds to back up once a period when the browser may clear the data, and can be told not to', async () => {
    const { page } = await profile({
      init: () => {
        // This browser has not agreed to keep the data.
        StorageManager.prototype.persisted = () => Promise.resolve(false);
      },
    });
    await seedHistory(page, ['iaas', 'paas', 'saas'], 60); // two months of study, never backed up
    const reminder = page.getByRole('complementary', { name: 'Remind me to download a backup' });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('You have not backed up your progress in over 30 days');
    await expectNoAxeViolations(page, 'the backup reminder');
    await reminder.getByRole('button', { name: 'Not now' }).click();
    expect(await reminder.count()).toBe(0);

    // Once a period: not again on the next visit.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Keeping your progress' });
    await section.getByText('This browser may clear CloudCards’ data when space runs low.', { exact: false }).waitFor();
    expect(await reminder.count()).toBe(0);
    const reminders = section.getByRole('checkbox', { name: 'Remind me to download a backup' });
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.reload();
    // The prerendered Settings is a first visit's until the learner's settings are read.
    await expect.poll(() => page.getByRole('region', { name: 'Keeping your progress' }).getByRole('checkbox', { name: 'Remind me to download a backup' }).isChecked()).toBe(false);

    // A backup downloaded here is remembered for the next reminder.
    expect(await section.getByText('No backup downloaded from this device yet.').count()).toBe(1);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
    await section.getByText(/^Last backup from this device: /).waitFor();
  });
});
