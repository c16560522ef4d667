/**
 * The size budget: what a first visit to `/` downloads, and what each further screen adds,
 * in gzipped JavaScript, read from the production build's manifest. Exits 1 over budget.
 *
 *   npm run build && npm run size
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The precache holds the whole content for offline study; it grew from 72 to 220+ terms and
 * 230 to 730+ questions (about 0.4 MB gzipped), hence 1000 KB rather than the first 600.
 */
export const BUDGET = { firstVisitKb: 100, routeKb: 30, firstVisitDataKb: 40, precacheKb: 1000 } as const;

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
const homeKey = routeKeys.find((key) => key === 'src/routes/home.tsx');
if (!homeKey) throw new Error('No chunk for src/routes/home.tsx in the build.');

const firstVisit = new Set([...shell, ...closure(homeKey)]);
const rows: { screen: string; kb: number; budget: number }[] = [
  { screen: 'first visit to / (shell + Today)', kb: sum(firstVisit), budget: BUDGET.firstVisitKb },
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
const CONTENT = 'virtual:cloudcards-content/';
const contentFiles = (part: RegExp) =>
  Object.keys(manifest)
    .filter((key) => key.startsWith(CONTENT) && part.test(key.slice(CONTENT.length)))
    .map((key) => manifest[key]?.file ?? '');
const indexFiles = contentFiles(/^index$/);
if (indexFiles.length !== 1) throw new Error('No content index chunk in the build.');
rows.push({ screen: 'first visit data (content index)', kb: sum(indexFiles), budget: BUDGET.firstVisitDataKb });
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
