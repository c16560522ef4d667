/**
 * Sync: replaying 100,000 reviews of 10,000 cards (what a device does to rebuild schedules), a
 * first sync of 10,000 reviews to an empty second device, and the time from a grade on one
 * device to its appearance on the other. The last two run the real app (the production build
 * in dist/, in Chromium) against PouchDB Server on 127.0.0.1, as the end-to-end tests do.
 * Budgets: a first sync of 10,000 reviews within 10 s; a grade shown on the other device within 2 s.
 *
 *   npm run build && npx tsx bench/sync.bench.ts
 *   (BENCH_PORT, BENCH_COUCH_PORT choose the ports; default 4181 and 4182)
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { startCouchServer } from '../scripts/couch-server';
import { cardId, type CardId, type Grade, type ReviewLogEntry } from '../src/domain/cards';
import { replaySchedules } from '../src/domain/replay';
import { defaultReviewId } from '../src/domain/review-log-codec';
import { reviewDoc } from '../src/domain/sync-docs';
import { launchBrowser } from '../tests/e2e/browser';
import { random as mulberry32 } from '../tests/factories/learning-history';
import { formatTiming, measure, percentile } from './measure';

export const FIRST_SYNC_BUDGET_MS = 10_000;
export const LATENCY_BUDGET_MS = 2_000;

const DAY = 86_400_000;
const root = resolve(import.meta.dirname, '..');

/** `count` reviews of `cards` cards over the last `days` days, in time order. */
function generateLog(count: number, cards: readonly CardId[], days: number, now: number, seed = 7): ReviewLogEntry[] {
  const random = mulberry32(seed);
  const times = Array.from({ length: count }, () => now - Math.floor(random() * days * DAY)).sort((a, b) => a - b);
  const seen = new Set<string>();
  return times.map((reviewedAt, i) => {
    let at = reviewedAt;
    const card = cards[i % cards.length]!;
    while (seen.has(`${at}-${card}`)) at++;
    seen.add(`${at}-${card}`);
    return { id: defaultReviewId(at, card), cardId: card, grade: (1 + Math.floor(random() * 4)) as Grade, reviewedAt: at, phase: 'review', durationMs: 3000 };
  });
}

function replayBench(now: number) {
  const cards = Array.from({ length: 5_000 }, (_, t) => [cardId(`term-${t}`, 'forward'), cardId(`term-${t}`, 'reverse')]).flat();
  const log = generateLog(100_000, cards, 700, now);
  const options = { retention: 0.9, offsetAt: () => 480 };
  const timing = measure(() => replaySchedules(log, options), { runs: 5, warmup: 1 });
  console.log(formatTiming('replay 100,000 reviews of 10,000 cards', timing));
}

/** The ids of every term in data/terms, so that the synced reviews are of real cards. */
function termIds(): string[] {
  return readdirSync(resolve(root, 'data/terms')).flatMap((file) => {
    const data = JSON.parse(readFileSync(resolve(root, 'data/terms', file), 'utf8')) as { terms?: { id: string }[] } | { id: string }[];
    return (Array.isArray(data) ? data : (data.terms ?? [])).map((term) => term.id);
  });
}

/**
 * CPU time (ms) spent so far by this process's children and theirs: the browser and the
 * CouchDB server. Unlike the wall clock, it hardly depends on what else the machine runs.
 * Linux only (from /proc); null elsewhere.
 */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      cpu.set(Number(entry), ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // utime + stime, in ticks of 10 ms
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += cpu.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function waitForServer(url: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** The number of reviews the Progress screen reports for the last year (0 before the first). */
async function reviewsShown(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const match = /([\d,]+) reviews? on /.exec(document.querySelector('main')?.textContent ?? '');
      return match !== null && Number(match[1]!.replaceAll(',', '')) >= n;
    },
    atLeast,
    { polling: 10, timeout: 120_000 },
  );
}

async function browserBench(now: number) {
  const dist = resolve(root, 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.log('first sync and latency: skipped (no build in dist/; run `npm run build`)');
    return;
  }
  const port = Number(process.env.BENCH_PORT ?? 4181);
  const couchPort = Number(process.env.BENCH_COUCH_PORT ?? 4182);
  const preview = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const user = { name: 'bench', password: 'bench-password', database: 'bench-0' };
  const server = await startCouchServer({ port: couchPort, users: [user] });
  const browser = await launchBrowser();
  try {
    await waitForServer(baseURL);
    const cards = termIds().flatMap((id) => [cardId(id, 'forward'), cardId(id, 'reverse')]);
    let databases = 0;
    const freshDatabase = async () => {
      const name = `bench-${++databases}`;
      await server.adminRequest('PUT', `/${name}`);
      await server.adminRequest('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: [user.name], roles: [] } });
      return name;
    };
    const device = async (database: string) => {
      const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto('/settings');
      await page.getByLabel('Server URL').fill(server.url);
      await page.getByLabel('Database', { exact: true }).fill(database);
      await page.getByLabel('User name').fill(user.name);
      await page.getByLabel('Password', { exact: true }).fill(user.password);
      return { context, page };
    };

    // First sync: 10,000 reviews on the server (as another device left them), an empty device.
    const firstSync: number[] = [];
    const firstSyncCpu: number[] = [];
    const loads: number[] = [];
    for (let run = 0; run < 5; run++) {
      const database = await freshDatabase();
      const log = generateLog(10_000, cards, 300, now, run + 1);
      for (let i = 0; i < log.length; i += 2_000) await server.adminRequest('POST', `/${database}/_bulk_docs`, { docs: log.slice(i, i + 2_000).map(reviewDoc) });
      const { context, page } = await device(database);
      const start = performance.now();
      const cpuBefore = childrenCpuMs();
      await page.getByRole('button', { name: 'Start syncing' }).click();
      await page.getByRole('status', { name: 'Sync status' }).waitFor();
      // Within the app, as a learner would go: a reload would start sync over.
      await page.getByRole('link', { name: 'Progress' }).first().click();
      await reviewsShown(page, 10_000);
      firstSync.push(performance.now() - start);
      const cpuAfter = childrenCpuMs();
      if (cpuBefore !== null && cpuAfter !== null) firstSyncCpu.push(cpuAfter - cpuBefore);
      loads.push(loadavg()[0]!);
      await context.close();
    }
    firstSync.sort((a, b) => a - b);
    const first = { runs: firstSync.length, medianMs: percentile(firstSync, 50), p95Ms: percentile(firstSync, 95) };
    console.log(formatTiming('first sync of 10,000 reviews to an empty device', first, FIRST_SYNC_BUDGET_MS));
    if (firstSyncCpu.length > 0) {
      firstSyncCpu.sort((a, b) => a - b);
      const cpu = { runs: firstSyncCpu.length, medianMs: percentile(firstSyncCpu, 50), p95Ms: percentile(firstSyncCpu, 95) };
      console.log(formatTiming('  CPU time of the browser and the server', cpu));
    }
    console.log(`  load average during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (${cpus().length} cores)`);

    // Steady state: a grade on one device, until the other's Progress screen counts it.
    const database = await freshDatabase();
    const a = await device(database);
    const b = await device(database);
    for (const d of [a, b]) {
      await d.page.getByRole('button', { name: 'Start syncing' }).click();
      await d.page.getByRole('status', { name: 'Sync status' }).filter({ hasText: 'Synced just now' }).waitFor();
    }
    await a.page.goto('/study/all');
    await b.page.goto('/progress');
    await b.page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const latencies: number[] = [];
    for (let i = 1; i <= 12; i++) {
      await a.page.getByRole('button', { name: 'Show answer' }).waitFor();
      await a.page.keyboard.press('Space');
      await a.page.getByRole('group', { name: /How well/ }).waitFor();
      const start = performance.now();
      await a.page.keyboard.press('3');
      await reviewsShown(b.page, i);
      latencies.push(performance.now() - start);
    }
    latencies.sort((x, y) => x - y);
    const latency = { runs: latencies.length, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
    console.log(formatTiming('a grade until the other device shows it', latency, LATENCY_BUDGET_MS));
  } finally {
    await browser.close();
    await server.stop();
    preview.kill('SIGTERM');
  }
}

export default async function syncBench() {
  const now = Date.now();
  replayBench(now);
  await browserBench(now);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await syncBench();
