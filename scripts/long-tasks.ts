/**
 * What the total blocking time of a first visit is made of: each task of the page's main thread
 * longer than 50 ms (the ones TBT counts past their first 50 ms), traced in headless Chromium with
 * the CPU slowed 4× as Lighthouse's mobile profile assumes, with what took most of it (layout,
 * style, HTML parsing, a script's evaluation or a function of it). One load per screen; a trace
 * is a diagnosis, not a benchmark (`npm run audit` gives the medians).
 *
 *   npm run build && npm run long-tasks
 *   npm run long-tasks -- /glossary /glossary/iaas   (some screens only)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser';

const PORT = Number(process.env.LONG_TASKS_PORT ?? 4176);
const SCREENS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/glossary', '/glossary/iaas', '/study/all', '/quiz/mixed'];
const LONG_TASK_US = 50_000;
/** The kinds of work a task is named by, from the trace's event names, most specific first. */
const KINDS: [RegExp, string][] = [
  [/^(Layout|Blink\.Layout)/, 'layout'],
  [/^(UpdateLayoutTree|Blink\.Style)/, 'style'],
  [/^ParseHTML$/, 'HTML parsing'],
  [/^v8\.(evaluateModule|compile)/, 'script evaluation'],
  [/^(FunctionCall|v8\.callFunction|TimerFire|EventDispatch)$/, 'script'],
];

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string; functionName?: string } } };

const root = resolve(import.meta.dirname, '..');
const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const traceDir = mkdtempSync(join(tmpdir(), 'long-tasks-'));

try {
  for (const screen of SCREENS) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const path = join(traceDir, 'trace.json');
    await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
    await page.goto(`http://127.0.0.1:${PORT}${screen}`);
    await page.waitForTimeout(6_000); // the code, the hydration and the service worker's caching
    await browser.stopTracing();
    await page.close();
    report(screen, (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents);
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(traceDir, { recursive: true, force: true });
}

function report(screen: string, events: TraceEvent[]) {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = events.filter((e) => thread && e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const start = Math.min(...main.map((e) => e.ts));
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur! > LONG_TASK_US);
  const blocking = tasks.reduce((sum, task) => sum + task.dur! - LONG_TASK_US, 0);
  console.log(`\n${screen}: ${tasks.length} long task(s), ${(blocking / 1000).toFixed(0)} ms past 50 ms each (4× CPU, from navigation to 6 s)`);
  for (const task of tasks) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
    const largest = new Map<string, number>();
    for (const event of inside) {
      const kind = KINDS.find(([pattern]) => pattern.test(event.name))?.[1];
      if (!kind) continue;
      const file = event.args?.data?.url?.split('/').pop();
      const label = kind.startsWith('script') && file ? `${kind} ${file}` : kind;
      largest.set(label, Math.max(largest.get(label) ?? 0, event.dur!));
    }
    const top = [...largest].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(`  at ${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms  ${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${top.map(([label, us]) => `${label} ${(us / 1000).toFixed(0)}`).join(', ')}`);
  }
}
