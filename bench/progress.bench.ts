/**
 * Progress and backups for a learner two years in: 10,000 cards, about 100,000 reviews over 700
 * days and 300 quizzes. The progress screen computes every statistic on each render of its
 * panels (budget p95 ≤ 16 ms, one frame, for all of them together); start-up validates what
 * storage holds; an import parses, validates and summarises a whole backup file.
 *
 *   npm run bench            (all benchmarks)
 *   npx tsx bench/progress.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { generateHistory } from '../tests/factories/learning-history';
import { createBackup, mergeStates, parseBackup, serializeBackup, summarizeImport } from '../src/domain/backup';
import { defaultReviewId, packProgress } from '../src/domain/review-log-codec';
import { validateStoredProgress } from '../src/domain/review-log-reader';
import { check, validateProgress, validateQuizHistory } from '../src/domain/state-validation';
import {
  dueToday,
  forecast,
  heatmap,
  masteryByTopic,
  quizAccuracy,
  retention,
  reviewsToday,
  streaks,
  type Zone,
} from '../src/domain/stats';
import { formatTiming, measure } from './measure';
import type { DirectionSetting } from '../src/domain/decks';

/** Term ⇄ definition cards only, in these directions. */
const kinds = (directions: DirectionSetting) => ({ directions, translation: false, typedRecall: 'off' as const });

export const SCREEN_BUDGET_MS = 16;

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const TOPICS = ['basics', 'service-models', 'deployment-models', 'characteristics', 'cloud-marketing', 'c2b-alibaba', 'market-figures'] as const;
const termIds = Array.from({ length: 5_000 }, (_, i) => `term-${i}`);
const terms = termIds.map((id, i) => ({ id, topic: TOPICS[i % TOPICS.length]! }));

export default function run() {
  const generated = generateHistory({ now: NOW, days: 700, reviewsPerDay: 170, skip: 0.15, termIds });
  // Reviews named as the app names them from version 3 on (the factory's are short serials).
  const history = { ...generated, progress: { ...generated.progress, log: generated.progress.log.map((e) => ({ ...e, id: defaultReviewId(e.reviewedAt, e.cardId) })) } };
  const settings = { language: 'en', theme: 'system', newPerDay: 20, reviewsPerDay: 200, retention: 0.9, directions: 'both' };
  const state = { settings, ...history };
  const { cards, log } = history.progress;
  const { attempts } = history.quiz;
  const fixed: Zone = 480;
  const dst: Zone = (ms) => -new Date(ms).getTimezoneOffset();
  console.log(
    `${log.length.toLocaleString('en')} reviews, ${Object.keys(cards).length.toLocaleString('en')} cards, ${attempts.length} quizzes\n`,
  );

  const screen = (zone: Zone) => () => {
    reviewsToday(log, NOW, zone);
    dueToday(cards, NOW, zone);
    streaks(log, NOW, zone);
    heatmap(log, NOW, zone);
    forecast(cards, NOW, zone);
    retention(log, NOW, zone);
    masteryByTopic(cards, terms, TOPICS, kinds('both'));
    quizAccuracy(attempts, zone);
  };
  console.log(formatTiming('whole progress screen (fixed offset)', measure(screen(fixed), { runs: 60, warmup: 5 }), SCREEN_BUDGET_MS));
  console.log(formatTiming('whole progress screen (offset per instant)', measure(screen(dst), { runs: 30, warmup: 3 })));
  console.log(formatTiming('  streaks', measure(() => streaks(log, NOW, fixed), { runs: 60, warmup: 5 })));
  console.log(formatTiming('  heatmap (365 days)', measure(() => heatmap(log, NOW, fixed), { runs: 60, warmup: 5 })));
  console.log(formatTiming('  forecast (30 days)', measure(() => forecast(cards, NOW, fixed), { runs: 60, warmup: 5 })));
  console.log(formatTiming('  mastery by topic (5,000 terms)', measure(() => masteryByTopic(cards, terms, TOPICS, kinds('both')), { runs: 60, warmup: 5 })));

  const version2 = JSON.stringify({ state, version: 2 });
  const stored = JSON.stringify({ state: { ...state, progress: packProgress(state.progress) }, version: 3 });
  console.log(`\nstored state: ${(stored.length / 1_000_000).toFixed(2)} M characters (version 2, an object per review: ${(version2.length / 1_000_000).toFixed(2)} M)`);
  console.log(
    formatTiming(
      'start-up: parse and validate the stored state',
      measure(() => {
        const parsed = JSON.parse(stored) as { state: { progress: unknown; quiz: unknown } };
        validateStoredProgress(parsed.state.progress, NOW);
        validateQuizHistory(parsed.state.quiz, NOW);
      }, { runs: 20, warmup: 2 }),
    ),
  );
  console.log(
    formatTiming(
      '  the same, version 2',
      measure(() => {
        const parsed = JSON.parse(version2) as { state: typeof state };
        validateProgress(parsed.state.progress, NOW);
        validateQuizHistory(parsed.state.quiz, NOW);
      }, { runs: 20, warmup: 2 }),
    ),
  );

  const file = serializeBackup(createBackup(state, 3, NOW));
  console.log(`backup file: ${(file.length / 1_000_000).toFixed(2)} M characters`);
  const options = { currentVersion: 3, now: NOW, migrate: (s: unknown) => s, settings: (raw: unknown) => check(() => raw as typeof settings) };
  console.log(formatTiming('import: parse and validate a backup file', measure(() => parseBackup(file, options), { runs: 20, warmup: 2 })));
  const other = { settings, ...generateHistory({ now: NOW, days: 60, reviewsPerDay: 100, termIds, idPrefix: 'x', seed: 7 }) };
  console.log(formatTiming('import: summary of a merge (6,000 new reviews)', measure(() => summarizeImport(state, other, 'merge'), { runs: 20, warmup: 2 })));
  console.log(formatTiming('import: merge', measure(() => mergeStates(state, other), { runs: 20, warmup: 2 })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
