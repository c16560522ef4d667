/**
 * The workload forecast beside the desired retention (seeded random FSRS runs,
 * src/domain/workload-simulation.ts), for a learner two years in: 10,000 cards
 * (about 100,000 reviews behind them), 30 days ahead. It runs in a Web Worker
 * (src/features/settings/workload-worker.ts) each time the slider moves; this is its cost per move.
 *
 *   npx tsx bench/workload.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { fsrs } from 'ts-fsrs';
import { generateHistory } from '../tests/factories/learning-history';
import type { CardState } from '../src/domain/cards';
import type { NextMemory } from '../src/domain/readiness';
import { createRandom } from '../src/domain/random';
import { averageRuns, runsFor, simulateReviews } from '../src/domain/workload-simulation';
import { formatTiming, measure } from './measure';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const termIds = Array.from({ length: 5_000 }, (_, i) => `term-${i}`);

export default function run() {
  const { progress } = generateHistory({ now: NOW, days: 700, reviewsPerDay: 170, skip: 0.15, termIds });
  const cards = Object.values(progress.cards).filter((c): c is CardState => c !== undefined);
  console.log(`${cards.length.toLocaleString('en')} cards, ${progress.log.length.toLocaleString('en')} reviews\n`);
  const f = fsrs();
  const next: NextMemory = (previous, elapsed, grade) => f.next_state(previous, elapsed, grade);
  for (const retention of [0.8, 0.9, 0.97]) {
    const input = { cards, newCards: 0, newPerDay: 20, reviewsPerDay: 200, retention, now: NOW, days: 30, next };
    const one = measure(() => simulateReviews({ ...input, random: createRandom('bench').next }), { runs: 20, warmup: 3 });
    console.log(formatTiming(`one simulated run, 30 days, retention ${retention}`, one));
    const runs = runsFor(cards.length);
    const forecast = measure(() => averageRuns(input, { runs, seed: 'bench' }), { runs: 10, warmup: 2 });
    console.log(formatTiming(`the forecast as shown (${runs} run${runs === 1 ? '' : 's'}), retention ${retention} (in a worker)`, forecast));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
