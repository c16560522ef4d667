/**
 * Sync across devices, in real Chromium against a real CouchDB-compatible server (PouchDB
 * Server, started here on 127.0.0.1, on disk so that it can be stopped and started again).
 * Two browser contexts are two devices: separate storage, separate IndexedDB, separate network.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startCouchServer, temporaryDataDir, type CouchServer } from '../../scripts/couch-server';
import { createBackup, serializeBackup } from '../../src/domain/backup';
import type { CardId, ReviewLogEntry } from '../../src/domain/cards';
import { replaySchedules } from '../../src/domain/replay';
import { defaultReviewId } from '../../src/domain/review-log-codec';
import { STORE_VERSION } from '../../src/stores/app-store';
import { defaultSettings } from '../../src/stores/settings-slice';
import { baseUrl, expectNoAxeViolations, launchBrowser, newLearner, pageErrors, waitForServiceWorker } from './browser';
import { showAnswer, studyOne } from './keys';
import { storedState } from './stored-state';

const COUCH_PORT = Number(process.env.E2E_COUCH_PORT ?? 4179);
const LEARNER = { name: 'learner', password: 'learner-password', database: 'learner-cards' };
const OTHER = { name: 'someone-else', password: 'other-password', database: 'someone-elses-cards' };

let browser: Browser;
let server: CouchServer;
let dataDir: string;
let databases = 0;

beforeAll(async () => {
  dataDir = temporaryDataDir();
  server = await startCouchServer({ port: COUCH_PORT, dir: dataDir, users: [LEARNER, OTHER] });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) removeDataDir(dataDir);
});

/** A fresh database that only the learner may open (each test gets its own). */
async function freshDatabase(): Promise<string> {
  const name = `cards-${++databases}`;
  expect((await server.adminRequest('PUT', `/${name}`)).status).toBe(201);
  const security = { admins: { names: [], roles: [] }, members: { names: [LEARNER.name], roles: [] } };
  expect((await server.adminRequest('PUT', `/${name}/_security`, security)).status).toBe(200);
  return name;
}

type Device = { context: BrowserContext; page: Page; requests: { method: string; url: string }[] };

/** A device: a fresh browser profile, every request it makes recorded. */
async function newDevice(): Promise<Device> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'en-US', viewport: { width: 390, height: 844 } });
  const requests: Device['requests'] = [];
  context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page, requests };
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });

type Target = { url: string; database: string; username: string; password: string };

async function fillTarget(page: Page, target: Target) {
  await page.goto('/settings');
  await page.getByRole('heading', { name: 'Sync between devices' }).waitFor();
  await typeTarget(page, target);
}

async function typeTarget(page: Page, target: Target) {
  await page.getByLabel('Server URL').fill(target.url);
  await page.getByLabel('Database', { exact: true }).fill(target.database);
  await page.getByLabel('User name').fill(target.username);
  await page.getByLabel('Password', { exact: true }).fill(target.password);
}

/** Settings → Sync, as a learner types it, then Start syncing and wait until it says synced. */
async function startSyncing(device: Device, database: string) {
  await fillTarget(device.page, { url: server.url, database, username: LEARNER.name, password: LEARNER.password });
  await device.page.getByRole('button', { name: 'Start syncing' }).click();
  await expect.poll(() => syncStatus(device.page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
  // Offline later on, the app must still open: its service worker is in control.
  await waitForServiceWorker(device.page);
}

const reviewsOf = async (page: Page) => (await storedState(page))?.state.progress.log ?? [];
const reviewIds = async (page: Page) => (await reviewsOf(page)).map((entry) => entry.id).sort();

/** The review documents the server holds. */
async function serverReviews(database: string): Promise<string[]> {
  const { body } = await server.adminRequest('GET', `/${database}/_all_docs`);
  return (body as { rows: { id: string }[] }).rows.map((row) => row.id).filter((id) => id.startsWith('review:')).map((id) => id.slice(7)).sort();
}

/** The Progress screen's numbers, as the learner reads them. */
async function progressNumbers(page: Page): Promise<string> {
  await page.goto('/progress');
  await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
  // Every panel drawn: none still loading, the readiness trend worked out.
  await expect.poll(() => page.locator('main [aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
  await page.getByText('Working out the trend…').waitFor({ state: 'detached', timeout: 20_000 });
  const text = await page.locator('main').innerText();
  return (text.match(/\d[\d,.%]*/g) ?? []).join(' ');
}

describe('sync between two devices', () => {
  it('studying different cards apart, then meeting: every review on both exactly once, the same Progress, and no request anywhere but the server', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    // Set up on both at once, as two people would: each waits on the server, not on the other.
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);

    await a.page.goto('/study/service-models');
    await b.page.goto('/study/deployment-models');
    await a.page.getByRole('button', { name: 'Show answer' }).waitFor();
    await b.page.getByRole('button', { name: 'Show answer' }).waitFor();
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    for (const key of ['3', '4', '1'] as const) await studyOne(a.page, key);
    for (const key of ['3', '3'] as const) await studyOne(b.page, key);
    await expect.poll(async () => (await reviewIds(a.page)).length).toBe(3);
    await expect.poll(async () => (await reviewIds(b.page)).length).toBe(2);

    // Apart, each says what is waiting.
    await a.page.goto('/settings');
    await expect.poll(() => syncStatus(a.page).textContent(), { timeout: 20_000 }).toMatch(/^Offline: 3 changes waiting/);

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    await expect.poll(() => reviewIds(b.page), { timeout: 20_000 }).toHaveLength(5);
    await expect.poll(() => reviewIds(a.page), { timeout: 20_000 }).toHaveLength(5);
    expect(await reviewIds(a.page)).toEqual(await reviewIds(b.page));
    expect(await serverReviews(database)).toEqual(await reviewIds(a.page));
    await expect.poll(() => syncStatus(a.page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);

    // The schedules agree too, and so does every number on Progress.
    const cardsA = (await storedState(a.page))?.state.progress.cards;
    const cardsB = (await storedState(b.page))?.state.progress.cards;
    expect(Object.keys(cardsA ?? {})).toHaveLength(5);
    expect(cardsA).toEqual(cardsB);
    expect(await progressNumbers(a.page)).toBe(await progressNumbers(b.page));

    // The whole session asked the app's own origin and the sync server, nothing else.
    const origins = new Set([...a.requests, ...b.requests].map((r) => new URL(r.url).origin));
    expect([...origins].sort()).toEqual([new URL(baseUrl()).origin, server.url].sort());
    expect((a.page as Page & { errors: string[] }).errors).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('the same card graded on both apart: both reviews kept, and both show the schedule their replay in time order gives', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);
    for (const device of [a, b]) {
      await device.page.goto('/study/basics');
      await device.page.getByRole('button', { name: 'Show answer' }).waitFor();
      await device.context.setOffline(true);
    }
    await studyOne(a.page, '3');
    await expect.poll(async () => (await reviewsOf(a.page)).length).toBe(1);
    await studyOne(b.page, '1');
    await expect.poll(async () => (await reviewsOf(b.page)).length).toBe(1);
    const [first] = await reviewsOf(a.page);
    const [second] = await reviewsOf(b.page);
    expect(second!.cardId).toBe(first!.cardId); // a new learner meets the same first card
    expect(second!.reviewedAt).toBeGreaterThan(first!.reviewedAt);

    for (const device of [a, b]) await device.context.setOffline(false);
    for (const device of [a, b]) await expect.poll(() => reviewIds(device.page), { timeout: 20_000 }).toEqual([first!.id, second!.id].sort());
    const offsetAt = await a.page.evaluate(() => -new Date().getTimezoneOffset());
    const expected = replaySchedules([second!, first!], { retention: 0.9, offsetAt: () => offsetAt }).get(first!.cardId);
    expect(expected).toMatchObject({ reps: 2, lastReview: second!.reviewedAt });
    for (const device of [a, b]) {
      await expect
        .poll(async () => (await storedState(device.page))?.state.progress.cards[first!.cardId], { timeout: 20_000 })
        .toEqual(expected);
    }
    await a.context.close();
    await b.context.close();
  });

  it('a settings change on each while apart: both end with the later one', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await a.page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => (await storedState(a.page))?.state.settings.theme).toBe('dark');
    await b.page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(async () => (await storedState(b.page))?.state.settings.theme).toBe('light');
    await a.context.setOffline(false);
    await b.context.setOffline(false);
    for (const device of [a, b]) {
      await expect.poll(() => device.page.locator('html').getAttribute('data-theme'), { timeout: 20_000 }).toBe('light');
      await expect.poll(() => syncStatus(device.page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    }
    // The losing revision is gone from the server: one settings document, no conflict left.
    await expect
      .poll(async () => ((await server.adminRequest('GET', `/${database}/settings?conflicts=true`)).body as { _conflicts?: string[] })._conflicts ?? [], {
        timeout: 20_000,
      })
      .toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('an undo of a review that already reached the other device is undone there too', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);
    await a.page.goto('/study/basics');
    await studyOne(a.page, '3');
    await studyOne(a.page, '4');
    await expect.poll(() => reviewIds(b.page), { timeout: 20_000 }).toHaveLength(2);
    const undone = (await reviewsOf(a.page)).find((entry) => entry.grade === 4)!;
    await a.page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => reviewIds(a.page)).toHaveLength(1);
    await expect.poll(() => reviewIds(b.page), { timeout: 20_000 }).toEqual(await reviewIds(a.page));
    expect(await reviewIds(b.page)).not.toContain(undone.id);
    await expect.poll(async () => (await storedState(b.page))?.state.progress.cards[undone.cardId]).toBeUndefined();
    expect(await serverReviews(database)).toEqual(await reviewIds(a.page));
    await a.context.close();
    await b.context.close();
  });

  it('an import of a backup on one device reaches the other as reviews, not as a file', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);
    const now = Date.now();
    const log: ReviewLogEntry[] = (['iaas:forward', 'paas:reverse', 'saas:forward'] as CardId[]).map((cardId, i) => {
      const reviewedAt = now - (3 - i) * 3_600_000;
      return { id: defaultReviewId(reviewedAt, cardId), cardId, grade: 3, reviewedAt, phase: 'new', durationMs: 1500 };
    });
    const cards = Object.fromEntries(replaySchedules(log, { retention: 0.9, offsetAt: () => 0 }));
    // A new device has written nothing yet: the backup carries the settings a new learner has.
    const settings = defaultSettings(['en']);
    const notes = { iaas: { text: 'Rent the machines, run your own software on them', at: now - 1000 } };
    const file = serializeBackup(createBackup({ settings, progress: { cards, log, starred: ['iaas'], notes }, quiz: { attempts: [], missed: {} } }, STORE_VERSION, now));
    await a.page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await a.page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => reviewIds(b.page), { timeout: 20_000 }).toEqual(log.map((e) => e.id).sort());
    await expect.poll(async () => (await storedState(b.page))?.state.progress.starred, { timeout: 20_000 }).toEqual(['iaas']);
    await expect.poll(async () => ((await storedState(b.page))?.state.progress as { notes?: unknown } | undefined)?.notes, { timeout: 20_000 }).toEqual(notes);
    const { body } = await server.adminRequest('GET', `/${database}/_all_docs`);
    const ids = (body as { rows: { id: string }[] }).rows.map((row) => row.id);
    expect(ids.filter((id) => id.startsWith('review:'))).toHaveLength(3);
    expect(ids.filter((id) => id.startsWith('note:'))).toHaveLength(1);
    expect(ids.every((id) => /^(review|star|attempt|note):|^settings$/.test(id))).toBe(true);
    await a.context.close();
    await b.context.close();
  });

  it('two tabs of one browser: the tab that is not syncing says what is true too, and takes over when the syncing one closes', async () => {
    const database = await freshDatabase();
    const device = await newDevice();
    await startSyncing(device, database); // this tab holds the sync
    const other = await device.context.newPage();
    await other.goto('/settings');
    await expect.poll(() => syncStatus(other).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);

    // Offline, a grade in the tab that is not syncing: both tabs say it waits.
    await other.goto('/study/basics');
    await showAnswer(other).waitFor();
    await device.context.setOffline(true);
    await studyOne(other, '3');
    await expect.poll(async () => (await reviewIds(other)).length).toBe(1);
    await other.goto('/settings');
    for (const page of [other, device.page]) await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toMatch(/^Offline: 1 change waiting/);
    await device.context.setOffline(false);
    await expect.poll(() => syncStatus(other).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    expect(await serverReviews(database)).toEqual(await reviewIds(other));

    // The syncing tab closes: the other syncs from then on.
    await device.page.close();
    await other.goto('/study/basics');
    await studyOne(other, '4');
    await expect.poll(() => serverReviews(database), { timeout: 20_000 }).toHaveLength(2);
    await other.goto('/settings');
    await expect.poll(() => syncStatus(other).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    expect(await serverReviews(database)).toEqual(await reviewIds(other));
    await device.context.close();
  });

  it('the server stops mid-sync and comes back: nothing lost, the status says so, sync resumes', async () => {
    const database = await freshDatabase();
    const [a, b] = await Promise.all([newDevice(), newDevice()]);
    await Promise.all([startSyncing(a, database), startSyncing(b, database)]);
    await a.page.goto('/study/characteristics');
    await studyOne(a.page, '3');
    await expect.poll(() => reviewIds(b.page), { timeout: 20_000 }).toHaveLength(1);
    await server.stopProcess();
    try {
      await studyOne(a.page, '3');
      await studyOne(a.page, '2');
      await expect.poll(() => reviewIds(a.page)).toHaveLength(3);
      await b.page.goto('/settings');
      await expect.poll(() => syncStatus(b.page).textContent(), { timeout: 20_000 }).toMatch(/^Offline/);
      await a.page.goto('/settings');
      await expect.poll(() => syncStatus(a.page).textContent(), { timeout: 20_000 }).toMatch(/^Offline: 2 changes waiting/);
    } finally {
      await server.restart();
    }
    await expect.poll(() => reviewIds(b.page), { timeout: 30_000 }).toHaveLength(3);
    expect(await reviewIds(b.page)).toEqual(await reviewIds(a.page));
    await expect.poll(() => syncStatus(a.page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    await a.context.close();
    await b.context.close();
  });
});

describe('setting up sync', () => {
  it('a wrong password, a missing database, a server that is not CouchDB, an http: URL to another host, another user’s database: each says so, sends nothing, loses nothing', async () => {
    const device = await newDevice();
    const { page } = device;
    await page.goto('/study/basics');
    await studyOne(page, '3');
    await expect.poll(async () => (await reviewIds(page)).length).toBe(1);
    const before = await reviewIds(page);
    const result = page.locator('.sync-result');
    const database = await freshDatabase();

    const cases: { target: Target; says: RegExp }[] = [
      { target: { url: server.url, database, username: LEARNER.name, password: 'wrong' }, says: /refused the user name or password/ },
      { target: { url: server.url, database: 'no-such-db', username: LEARNER.name, password: LEARNER.password }, says: /“no-such-db” does not exist.*curl -X PUT/ },
      { target: { url: baseUrl(), database, username: LEARNER.name, password: LEARNER.password }, says: /not a CouchDB server/ },
      { target: { url: 'http://couch.example.com:5984', database, username: LEARNER.name, password: LEARNER.password }, says: /Only https:\/\/ servers.*Nothing was sent/ },
      { target: { url: server.url, database: OTHER.database, username: LEARNER.name, password: LEARNER.password }, says: /refused this user access to this database/ },
    ];
    for (const { target, says } of cases) {
      await fillTarget(page, target);
      const sent = device.requests.length;
      await page.getByRole('button', { name: 'Start syncing' }).click();
      await expect.poll(() => result.textContent()).toMatch(says);
      // Still the form: nothing was saved, and nothing but reads went out.
      await expect.poll(() => page.getByRole('button', { name: 'Start syncing' }).isEnabled()).toBe(true);
      const asked = device.requests.slice(sent).filter((r) => !r.url.startsWith(baseUrl()) || target.url === baseUrl());
      expect(asked.every((r) => r.method === 'GET'), JSON.stringify(asked)).toBe(true);
      expect(asked.some((r) => r.url.includes('example.com'))).toBe(false);
    }
    expect(await page.evaluate(() => window.localStorage.getItem('cloudcards:sync'))).toBeNull();
    expect(await serverReviews(database)).toEqual([]);
    expect(await reviewIds(page)).toEqual(before);

    // Test connection with the right details says so; the password is never shown again once syncing.
    await fillTarget(page, { url: server.url, database, username: LEARNER.name, password: LEARNER.password });
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => result.textContent()).toMatch(/^Connected/);
    await page.getByRole('button', { name: 'Start syncing' }).click();
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    expect(await page.locator('main').innerText()).not.toContain(LEARNER.password);
    expect(await serverReviews(database)).toEqual(before);

    // Stop syncing keeps every review here.
    await page.getByRole('button', { name: 'Stop syncing' }).click();
    await page.getByText('Sync stopped. Every review stays on this device.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Start syncing' }).waitFor();
    expect(await reviewIds(page)).toEqual(before);
    await device.context.close();
  });

  it('syncs with what was typed into the prerendered form before the app took it over', async () => {
    const database = await freshDatabase();
    const device = await newDevice();
    const { page } = device;
    // A slow connection: Settings shows, its code arrives only after the learner has typed.
    let release = () => {};
    const codeHeldBack = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.js', async (route) => {
      await codeHeldBack;
      await route.continue();
    });
    await page.goto('/settings', { waitUntil: 'commit' });
    await typeTarget(page, { url: server.url, database, username: LEARNER.name, password: LEARNER.password });
    // Not yet a button the app answers: the browser would send the bare form and reload it empty.
    const start = page.getByRole('button', { name: 'Start syncing' });
    expect(await start.isDisabled()).toBe(true);
    release();
    await start.click();
    await expect.poll(() => syncStatus(page).textContent(), { timeout: 20_000 }).toMatch(/^Synced just now/);
    expect(await page.getByText(`Syncing with ${server.url}/${database} as ${LEARNER.name}.`).count()).toBe(1);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await device.context.close();
  });

  it('is labelled, axe-clean and fits 320 px in both languages and themes, and works from the keyboard', async () => {
    for (const [language, colorScheme] of [
      ['zh', 'dark'],
      ['en', 'light'],
    ] as const) {
      const { context, page } = await newLearner(browser, { language, colorScheme, width: 320, height: 700 });
      await page.goto('/settings');
      await page.getByRole('heading', { name: language === 'zh' ? '多设备同步' : 'Sync between devices' }).waitFor();
      await expectNoAxeViolations(page, `Settings → Sync (${language}, ${colorScheme})`);
      await page.getByLabel(language === 'zh' ? '服务器地址' : 'Server URL').focus();
      await page.keyboard.type('http://couch.example.com');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.sync-result').textContent()).toMatch(language === 'zh' ? /^仅限 https:\/\/ 服务器/ : /^Only https:\/\/ servers/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }
  });
});
