/**
 * Readiness for a learner two years in: 10,000 cards, about 100,000 reviews and 300 quizzes,
 * across 7 topics. Today's readiness runs on the main thread with the Progress screen (budget
 * 50 ms); the 30-day trend replays the whole review log through FSRS, and loads after the
 * numbers of today.
 *
 *   npx tsx bench/readiness.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { fsrs } from 'ts-fsrs';
import { generateHistory } from '../tests/factories/learning-history';
import { cardsOfTerms } from '../src/domain/decks';
import { computeTopicReadiness, DAY_MS, readinessTrend, type NextMemory } from '../src/domain/readiness';
import { formatTiming, measure } from './measure';
import type { DirectionSetting } from '../src/domain/decks';

/** Term ⇄ definition cards only, in these directions. */
const kinds = (directions: DirectionSetting) => ({ directions, translation: false, typedRecall: 'off' as const });

export const READINESS_BUDGET_MS = 50;

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const TOPICS = ['basics', 'service-models', 'deployment-models', 'characteristics', 'cloud-marketing', 'c2b-alibaba', 'market-figures'] as const;
const termIds = Array.from({ length: 5_000 }, (_, i) => `term-${i}`);

export default function run() {
  const { progress, quiz } = generateHistory({ now: NOW, days: 700, reviewsPerDay: 170, skip: 0.15, termIds });
  const topicCards = new Map(TOPICS.map((topic, t) => [topic as string, cardsOfTerms(termIds.filter((_, i) => i % TOPICS.length === t), kinds('both'))]));
  const answers = quiz.attempts.flatMap((a) => a.answers.map((answer) => ({ topic: answer.topic as string, correct: answer.correct, at: a.finishedAt })));
  console.log(`${progress.log.length.toLocaleString('en')} reviews, ${Object.keys(progress.cards).length.toLocaleString('en')} cards, ${answers.length} quiz answers\n`);

  const today = measure(() => computeTopicReadiness({ topicCards, cards: progress.cards, answers, now: NOW }), { runs: 50, warmup: 5 });
  console.log(formatTiming('readiness today, per topic and overall', today, READINESS_BUDGET_MS));

  const f = fsrs();
  const next: NextMemory = (previous, elapsed, grade) => f.next_state(previous, elapsed, grade);
  const dayEnds = Array.from({ length: 30 }, (_, i) => NOW - (29 - i) * DAY_MS);
  const trend = measure(() => readinessTrend({ topicCards, answers, log: progress.log, dayEnds, next }), { runs: 5, warmup: 1 });
  console.log(formatTiming('readiness trend, 30 days (replays every review through FSRS)', trend));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
