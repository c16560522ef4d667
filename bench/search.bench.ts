/**
 * Glossary search: index build time, and per-query time on the real glossary and on a
 * generated one of 10,000 terms. Budget: p95 ≤ 5 ms per query at 10,000 terms.
 *
 *   npm run bench            (all benchmarks)
 *   npx tsx bench/search.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { realTerms } from '../tests/factories/real-content';
import type { Term, TopicId } from '../src/domain/content';
import { buildSearchIndex, searchGlossary, suggestTerms, type SearchIndex } from '../src/domain/search';
import { formatTiming, measure, percentile, type Timing } from './measure';
import { random as mulberry32 } from '../tests/factories/learning-history';

export const QUERY_BUDGET_MS = 5;
const GENERATED_TERMS = 10_000;

/** A fixed mix: whole words, prefixes, typos, aliases, two-word queries, Chinese, no match. */
const QUERIES = [
  'cloud',
  'c',
  'clo',
  'infrastucture',
  'iaas',
  'public cloud',
  'amazon web services',
  'on-demand self-service',
  'elastisity',
  'ＳａａＳ',
  '云',
  '云计算',
  '公有云',
  '按需自助服务',
  '阿里 cloud',
  'zzqxv',
];

// ---------------------------------------------------------------------------------------------
// A generated glossary shaped like the real one: vocabulary, lengths and scripts drawn from it.

export function generateGlossary(real: readonly Term[], count: number, seed = 42): Term[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const text = real.flatMap((term) => [term.term.en, term.definition.en, term.explanation.en, ...term.aliases]).join(' ');
  const realWords = [...new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  const syllables = ['ka', 'lo', 'ver', 'ti', 'sun', 'mar', 'el', 'qui', 'dra', 'nos', 'pel', 'ux', 'ber', 'ton', 'ri', 'gas'];
  // About 20,000 distinct Latin words, as a large technical glossary would have.
  const invented = Array.from({ length: 16_000 }, () => Array.from({ length: between(2, 4) }, () => pick(syllables)).join(''));
  const words = [...realWords, ...invented];
  // Chinese is written in words too: the real texts' words, and as many again made of their characters.
  const hanText = real.flatMap((term) => [term.term.zh, term.definition.zh, term.explanation.zh, ...term.aliases]).join('。');
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const realHanWords = [...new Set([...segmenter.segment(hanText)].filter((s) => s.isWordLike && /^\p{Script=Han}+$/u.test(s.segment)).map((s) => s.segment))];
  const han = [...new Set(hanText.match(/\p{Script=Han}/gu) ?? [])];
  const hanWords = [...realHanWords, ...Array.from({ length: realHanWords.length * 2 }, () => Array.from({ length: between(2, 3) }, () => pick(han)).join(''))];

  const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
  /** About `n` characters of Chinese: words, with a comma now and then. */
  const hanRun = (n: number) => {
    let text = '';
    while (text.length < n) text += pick(hanWords) + (random() < 0.15 ? '，' : '');
    return text.replace(/，$/, '');
  };
  const topics: TopicId[] = ['basics', 'service-models', 'deployment-models', 'characteristics', 'cloud-marketing', 'c2b-alibaba', 'market-figures'];

  return Array.from({ length: count }, (_, i): Term => {
    const name = sentence(between(1, 4));
    return {
      id: `generated-${i}`,
      topic: pick(topics),
      term: { en: name.replace(/^./, (c) => c.toUpperCase()), zh: hanRun(between(2, 7)) },
      aliases: Array.from({ length: between(0, 4) }, () => (random() < 0.5 ? sentence(between(1, 3)) : hanRun(between(2, 6)))),
      definition: { en: sentence(between(10, 24)), zh: `${hanRun(between(15, 40))}，${hanRun(between(5, 30))}。` },
      explanation: { en: sentence(between(30, 70)), zh: `${hanRun(between(40, 90))}，${hanRun(between(20, 60))}。` },
      examples: [],
      related: [],
      source: { source: 'post-cloud-marketing', quote: hanRun(20) },
    };
  });
}

// ---------------------------------------------------------------------------------------------

function timeBuild(terms: readonly Term[], runs: number): Timing {
  return measure(() => buildSearchIndex(terms), { runs, warmup: 1 });
}

/** What the screen does on each keystroke: search, and suggest when nothing matched. */
function keystroke(index: SearchIndex, query: string) {
  if (searchGlossary(index, query).length === 0) suggestTerms(index, query);
}

/**
 * The CPU time of one run (user + system). On a shared machine the wall clock also counts
 * the time the process waited for a core; CPU time shows what the search itself costs.
 */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

function timeQueries(label: string, index: SearchIndex, runs: number) {
  const rows: { query: string; hits: number; timing: Timing; cpu: Timing }[] = [];
  for (const query of QUERIES) {
    const hits = searchGlossary(index, query).length;
    const timing = measure(() => keystroke(index, query), { runs, warmup: 10 });
    const cpu = Array.from({ length: runs }, () => cpuMs(() => keystroke(index, query))).sort((a, b) => a - b);
    rows.push({ query, hits, timing, cpu: { runs, medianMs: percentile(cpu, 50), p95Ms: percentile(cpu, 95) } });
  }
  // The distribution over every query, from a second pass that keeps each sample.
  const all: number[] = [];
  for (let round = 0; round < runs; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      keystroke(index, query);
      all.push(performance.now() - start);
    }
  }
  all.sort((a, b) => a - b);
  console.log(`\n${label}: per query, wall clock (${runs} runs each; CPU time p95 in brackets)`);
  for (const row of rows) {
    console.log(`${formatTiming(`  "${row.query}" → ${row.hits} hits`, row.timing, QUERY_BUDGET_MS)}  [cpu p95 ${row.cpu.p95Ms.toFixed(3)} ms]`);
  }
  const overall = { runs: all.length, medianMs: percentile(all, 50), p95Ms: percentile(all, 95) };
  console.log(formatTiming(`  all ${QUERIES.length} queries`, overall, QUERY_BUDGET_MS));
  return { rows, overall };
}

export default async function searchBench() {
  const real = realTerms;
  const generated = generateGlossary(real, GENERATED_TERMS);

  console.log(formatTiming(`build index, real glossary (${real.length} terms)`, timeBuild(real, 30)));
  console.log(formatTiming(`build index, generated (${generated.length.toLocaleString('en')} terms)`, timeBuild(generated, 3)));

  timeQueries(`real glossary (${real.length} terms)`, buildSearchIndex(real), 200);
  const large = timeQueries(`generated glossary (${generated.length.toLocaleString('en')} terms)`, buildSearchIndex(generated), 150);

  const over = large.rows.filter((row) => row.timing.p95Ms > QUERY_BUDGET_MS);
  console.log(
    over.length === 0
      ? `\nEvery query within budget at ${generated.length.toLocaleString('en')} terms (p95 ≤ ${QUERY_BUDGET_MS} ms).`
      : `\nOVER BUDGET at ${generated.length.toLocaleString('en')} terms: ${over.map((row) => `"${row.query}"`).join(', ')}`,
  );
}

// Runnable on its own as well as from bench/run.ts.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await searchBench();
