/**
 * Lighthouse (mobile, default simulated throttling) on the main screens of the production
 * build, three runs each, printing the median of each category and of LCP, TBT and CLS.
 *
 *   npm run build && npm run audit
 *   AUDIT_SCREENS=/quiz/mixed,/glossary npm run audit   (some screens only)
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/e2e/browser';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
/** The preview's port: AUDIT_PORT, so that audits of two builds can run side by side. */
const PORT = Number(process.env.AUDIT_PORT ?? 4175);
// A term page too: issue 18's LCP target covers Today, the glossary and a term's page. A quiz
// twice: at its own address, as the list links it (prerendered with the seed a first visit is
// given), and as a shared link with a seed of its own, which the app draws once its questions load.
const SCREENS = process.env.AUDIT_SCREENS?.split(',') ?? ['/', '/glossary', '/glossary/iaas', '/study/all', '/quiz/mixed', '/quiz/mixed?seed=audit'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const root = resolve(import.meta.dirname, '..');
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const server = spawn(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 1500));

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failed = false;
try {
  console.log(`Lighthouse ${RUNS} runs per screen, mobile, default throttling: medians\n`);
  console.log(['screen'.padEnd(26), ...CATEGORIES.map((c) => c.slice(0, 11).padStart(12)), 'LCP ms'.padStart(8), 'TBT ms'.padStart(8), 'CLS'.padStart(6)].join(''));
  for (const screen of SCREENS) {
    const scores: Record<string, number[]> = {};
    const lcp: number[] = [];
    const tbt: number[] = [];
    const cls: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${screen}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${screen}`);
      const { categories, audits } = result.lhr;
      for (const category of CATEGORIES) (scores[category] ??= []).push(Math.round((categories[category]?.score ?? 0) * 100));
      lcp.push(audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
      tbt.push(audits['total-blocking-time']?.numericValue ?? Number.NaN);
      cls.push(audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
    }
    const medians = CATEGORIES.map((category) => median(scores[category] ?? []));
    CATEGORIES.forEach((category, i) => {
      if ((medians[i] ?? 0) < TARGETS[category]) failed = true;
    });
    console.log(
      [screen.padEnd(26), ...medians.map((m) => String(m).padStart(12)), median(lcp).toFixed(0).padStart(8), median(tbt).toFixed(0).padStart(8), median(cls).toFixed(3).padStart(6)].join(''),
    );
  }
  console.log(`\nTargets: ${Object.entries(TARGETS).map(([k, v]) => `${k} ≥ ${v}`).join(', ')}. ${failed ? 'Some screen misses a target.' : 'All met.'}`);
} finally {
  chrome.kill();
  server.kill();
}
process.exit(failed ? 1 : 0);
