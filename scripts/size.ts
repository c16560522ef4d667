/**
 * The size budget: what a first visit to `/` downloads, and what each further screen adds,
 * in gzipped JavaScript. The first visit is measured, not inferred: a real Chromium with the
 * service worker blocked (as a first visit is, before any worker exists) opens `/` of the
 * production build and every script and every piece of data it fetches until the network has
 * been quiet for two seconds is counted. Further screens are read from the build's manifest.
 * Exits 1 over budget.
 *
 *   npm run build && npm run size
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/browser';
import { serveBuild } from '../tests/e2e/static-server';

/**
 * A first visit: 100 KB, counted as a browser sees it (every script fetched before the network is
 * idle, not only the entry's imports). The precache holds the whole content for offline study; it
 * grew from 72 to 220+ terms and 230 to 730+ questions (about 0.4 MB gzipped), hence 1000 KB
 * rather than the first 600.
 */
export const BUDGET = { firstVisitKb: 100, routeKb: 31, firstVisitDataKb: 40, precacheKb: 1000 } as const;

type Chunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, Chunk>;

const dist = resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist');
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

const gzipKb = (file: string) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length / 1024;

/** A chunk and everything it statically imports, as output files. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const next of chunk.imports ?? []) closure(next, seen);
  return seen;
}

const sum = (files: Iterable<string>) => [...files].filter((f) => f.endsWith('.js')).reduce((kb, f) => kb + gzipKb(f), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry && key.endsWith('.html'));
if (!entryKey) throw new Error('No HTML entry in the build manifest: run `npm run build` first.');
const shell = closure(entryKey);
const routeKeys = Object.keys(manifest).filter((key) => key.startsWith('src/routes/') && manifest[key]?.isDynamicEntry);
// Today is the first visit's own screen: its row is the first visit's.
const homeKey = 'src/routes/home.tsx';

const CONTENT = 'virtual:cloudcards-content/';
/** The content's data chunks (the index, each topic's terms and questions, the sources): data that is parsed, not code. */
const dataFiles = new Set(Object.keys(manifest).filter((key) => key.startsWith(CONTENT)).map((key) => manifest[key]?.file ?? ''));

/**
 * Every file a first visit to `/` fetches, as a browser with no service worker sees it, until
 * the network has been quiet for `quietMs` (so a chunk loaded a moment after the first paint is
 * counted too). Served on a free port (SIZE_PORT to choose one).
 */
async function measureFirstVisit(quietMs = 2000): Promise<string[]> {
  const server = await serveBuild(dist, Number(process.env.SIZE_PORT ?? 0));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    let last = Date.now();
    page.on('request', () => (last = Date.now()));
    page.on('response', (response) => {
      last = Date.now();
      const url = new URL(response.url());
      if (url.origin === new URL(server.url).origin) fetched.push(url.pathname.slice(1));
    });
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    while (Date.now() - last < quietMs) await page.waitForTimeout(250);
    return [...new Set(fetched)];
  } finally {
    await browser.close();
    await server.close();
  }
}

const fetched = await measureFirstVisit();
const firstScripts = fetched.filter((file) => file.endsWith('.js') && !dataFiles.has(file));
const firstData = fetched.filter((file) => dataFiles.has(file) || file.endsWith('.json'));
const unbuilt = [...firstScripts, ...firstData].filter((file) => {
  try {
    readFileSync(resolve(dist, file));
    return false;
  } catch {
    return true;
  }
});
if (unbuilt.length > 0) throw new Error(`The first visit fetched files that are not in the build: ${unbuilt.join(', ')}`);
// A screen's own row below counts what the shell does not hold; the shell is what a first visit loads.
for (const file of firstScripts) shell.add(file);
const sumAll = (files: Iterable<string>) => [...files].reduce((kb, f) => kb + gzipKb(f), 0);
// Scripts written into the document itself (the language and theme choice before the first
// paint, the loader of the app's code) are JavaScript the first visit downloads too, inside the
// HTML: counted with the scripts, as the bytes they add to the gzipped document (the document
// with them, less the document with each emptied), which is what a browser downloads for them.
const INLINE_SCRIPT = /(<script(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)<\/script>/g;
const documentHtml = readFileSync(resolve(dist, 'index.html'), 'utf8');
const inlineScripts = [...documentHtml.matchAll(INLINE_SCRIPT)].map((match) => match[2] ?? '').filter((code) => code.trim() !== '');
const gzippedBytes = (text: string) => gzipSync(text, { level: 9 }).length;
const inlineKb = (gzippedBytes(documentHtml) - gzippedBytes(documentHtml.replace(INLINE_SCRIPT, '$1</script>'))) / 1024;

const rows: { screen: string; kb: number; budget: number }[] = [
  { screen: `first visit to / (${firstScripts.length + inlineScripts.length} scripts)`, kb: sum(firstScripts) + inlineKb, budget: BUDGET.firstVisitKb },
  { screen: `first visit data (${firstData.length} files)`, kb: sumAll(firstData), budget: BUDGET.firstVisitDataKb },
  ...routeKeys
    .filter((key) => key !== homeKey)
    .map((key) => ({
      screen: key.replace('src/routes/', '').replace('.tsx', ''),
      kb: sum([...closure(key)].filter((file) => !shell.has(file))),
      budget: BUDGET.routeKb,
    })),
];

/*
 * The content: a compact index that Today loads (and the page preloads), and one chunk per
 * topic of terms and of questions that only the screens needing them load
 * (scripts/content-plugin.ts). A first visit to `/` fetches the index alone.
 */
const contentFiles = (part: RegExp) =>
  Object.keys(manifest)
    .filter((key) => key.startsWith(CONTENT) && part.test(key.slice(CONTENT.length)))
    .map((key) => manifest[key]?.file ?? '');
const topicFiles = contentFiles(/^(terms|questions)-/);
const allContent = sum([...topicFiles, ...contentFiles(/^sources$/)]);
const largestTopic = Math.max(...topicFiles.map((file) => gzipKb(file)));

/** Everything the service worker precaches for offline use, as listed in dist/sw.js. */
function precacheFiles(): string[] {
  const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '').filter(Boolean);
}
const precache = precacheFiles();
const precacheKb = precache.reduce((kb, file) => kb + gzipKb(file), 0);
rows.push({ screen: `whole precache (${precache.length} files, all types)`, kb: precacheKb, budget: BUDGET.precacheKb });

console.log('Gzipped size (level 9): JavaScript per screen, and the whole offline precache\n');
const fetchedLines = [...firstScripts, ...firstData].map((file) => `  ${file.padEnd(56)} ${gzipKb(file).toFixed(1).padStart(6)}`);
if (inlineScripts.length > 0) fetchedLines.push(`  ${`index.html: ${inlineScripts.length} inline script(s)`.padEnd(56)} ${inlineKb.toFixed(1).padStart(6)}`);
console.log(`A first visit to / (no service worker) fetched:\n${fetchedLines.join('\n')}\n`);
console.log(`${'screen'.padEnd(36)} ${'KB'.padStart(7)} ${'budget'.padStart(7)}`);
for (const row of rows) {
  const flag = row.kb > row.budget ? '  OVER BUDGET' : '';
  console.log(`${row.screen.padEnd(36)} ${row.kb.toFixed(1).padStart(7)} ${String(row.budget).padStart(7)}${flag}`);
}
console.log(
  `\nContent by topic: ${topicFiles.length} chunks, ${allContent.toFixed(1)} KB in all, the largest ${largestTopic.toFixed(1)} KB;` +
    ' each loads only when a screen needs it, and the service worker precaches them for offline use after the first page.',
);
const over = rows.filter((row) => row.kb > row.budget);
if (over.length > 0) {
  console.error(`\n${over.length} screen(s) over budget.`);
  process.exit(1);
}
console.log('\nAll within budget.');
