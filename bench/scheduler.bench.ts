/**
 * Flashcards: building today's queue for 10,000 cards with 100,000 review-log entries, and
 * grading one card (FSRS, and the store's update without persistence). Budgets: p95 ≤ 10 ms for
 * the queue, p95 ≤ 1 ms for a grade. Also the persisted size of that state, before (version 2:
 * an object per review) and after packing the log (version 3), what writing it, reading it at
 * start-up and merging it from another tab cost.
 *
 *   npm run bench            (all benchmarks)
 *   npx tsx bench/scheduler.bench.ts
 */
import { pathToFileURL } from 'node:url';
import { cardId, type CardId, type CardState, type Grade, type Phase, type ReviewLogEntry } from '../src/domain/cards';
import { buildQueue, deckCounts } from '../src/domain/queue';
import { scheduleReview } from '../src/domain/scheduler';
import { createLogPacker, packProgress } from '../src/domain/review-log-codec';
import { validateStoredProgress } from '../src/domain/review-log-reader';
import { validateProgress } from '../src/domain/state-validation';
import { applyGrade, newReviewId, type Progress } from '../src/stores/progress-slice';
import { mergeProgress } from '../src/stores/tab-merge';
import { formatTiming, measure } from './measure';
import { random as mulberry32 } from '../tests/factories/learning-history';

export const QUEUE_BUDGET_MS = 10;
export const GRADE_BUDGET_MS = 1;

const TERMS = 5_000; // × 2 directions = 10,000 cards
const LOG_ENTRIES = 100_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 2, 0); // 10:00 in Shanghai
const OFFSET = 480;
const OPTIONS = { retention: 0.9, offsetMinutes: OFFSET };

/**
 * A learner two years in: 80% of the cards studied (most in review, a few in learning, some
 * overdue), 100,000 reviews over 700 days, a few dozen of them today.
 */
export function generateState(seed = 42): { deck: CardId[]; progress: Progress } {
  const random = mulberry32(seed);
  const deck: CardId[] = [];
  for (let t = 0; t < TERMS; t++) for (const direction of ['forward', 'reverse'] as const) deck.push(cardId(`generated-term-${t}`, direction));
  const cards: Progress['cards'] = {};
  for (const id of deck) {
    const r = random();
    if (r < 0.2) continue; // new
    const learning = r < 0.23;
    const stability = learning ? 0.5 : 1 + random() * 200;
    const lastReview = NOW - Math.floor(random() * 60 * DAY);
    const phase: Phase = learning ? (random() < 0.5 ? 'learning' : 'relearning') : 'review';
    cards[id] = {
      due: learning ? NOW + Math.floor((random() - 0.5) * 3_600_000) : lastReview + Math.round(stability) * DAY,
      stability,
      difficulty: 1 + random() * 9,
      scheduledDays: learning ? 0 : Math.round(stability),
      learningSteps: learning ? 1 : 0,
      reps: 1 + Math.floor(random() * 20),
      lapses: Math.floor(random() * 3),
      phase,
      lastReview,
    } satisfies CardState;
  }
  const studied = Object.keys(cards) as CardId[];
  const log: ReviewLogEntry[] = [];
  const phases: Phase[] = ['new', 'learning', 'review', 'review', 'review', 'relearning'];
  for (let i = 0; i < LOG_ENTRIES; i++) {
    // Spread over 700 days, the newest last; the final few dozen fall today.
    const reviewedAt = NOW - Math.floor(((LOG_ENTRIES - i) / LOG_ENTRIES) * 700 * DAY) + (i > LOG_ENTRIES - 40 ? 699 * DAY : 0);
    log.push({
      id: '',
      cardId: studied[Math.floor(random() * studied.length)] ?? deck[0]!,
      grade: (1 + Math.floor(random() * 4)) as Grade,
      reviewedAt: Math.min(reviewedAt, NOW - 1),
      phase: phases[Math.floor(random() * phases.length)] ?? 'review',
      durationMs: 2_000 + Math.floor(random() * 15_000),
    });
  }
  log.sort((a, b) => a.reviewedAt - b.reviewedAt);
  for (const entry of log) entry.id = newReviewId(entry.reviewedAt, entry.cardId);
  return { deck, progress: { cards, log, starred: [] } };
}

/** The same log with ids as version 2 made them: the time and 48 random bits. */
function withVersion2Ids(log: readonly ReviewLogEntry[], seed = 7): ReviewLogEntry[] {
  const random = mulberry32(seed);
  return log.map((entry) => ({ ...entry, id: `${entry.reviewedAt.toString(36)}-${Math.floor(random() * 2 ** 48).toString(36)}` }));
}

const mb = (chars: number) => `${(chars / 1_000_000).toFixed(2)} M characters`;

export default async function schedulerBench() {
  const { deck, progress } = generateState();
  const limits = { newPerDay: 20, reviewsPerDay: 200 };
  const input = { deck, cards: progress.cards, log: progress.log, limits, now: NOW, offsetMinutes: OFFSET };
  const queue = buildQueue(input);
  console.log(
    `${deck.length.toLocaleString('en')} cards, ${progress.log.length.toLocaleString('en')} log entries; today's queue: ` +
      `${queue.learning.length} learning, ${queue.review.length} reviews, ${queue.new.length} new`,
  );

  console.log(formatTiming("build today's queue (10,000 cards)", measure(() => buildQueue(input), { runs: 200 }), QUEUE_BUDGET_MS));
  console.log(formatTiming('deck counts (Today and the deck list)', measure(() => deckCounts(input), { runs: 200 })));

  // Grading one card: FSRS works out the card's next state and the review is recorded. The
  // store then makes a new card map and log (immutable updates, as every selector expects):
  // measured separately, at this size and at the real content's (72 terms, 144 cards).
  const target = queue.review[0] ?? deck[0]!;
  let at = NOW;
  const gradeCard = () => {
    const reviewedAt = (at += 1000);
    const next = scheduleReview(progress.cards[target], 3, reviewedAt, OPTIONS);
    const entry: ReviewLogEntry = { id: newReviewId(reviewedAt, target), cardId: target, grade: 3, reviewedAt, phase: 'review', durationMs: 4000 };
    return { next, entry };
  };
  console.log(formatTiming('grade one card: FSRS + review entry', measure(gradeCard, { runs: 2000, warmup: 200 }), GRADE_BUDGET_MS));
  const storeUpdate = (state: Progress) => {
    const { next, entry } = gradeCard();
    return measure(() => applyGrade(state, entry, next), { runs: 300, warmup: 30 });
  };
  console.log(formatTiming('  + store update (10,000 cards, 100,000 log)', storeUpdate(progress)));
  const realSize: Progress = { ...progress, cards: Object.fromEntries(Object.entries(progress.cards).slice(0, 144)) };
  console.log(formatTiming('  + store update (144 cards, 100,000 log)', storeUpdate(realSize)));

  // What persistence costs (not part of the grade: writes are debounced and batched). Sizes in
  // characters: what browser storage counts (about 5 million per site), and bytes too (ASCII).
  const v2Progress = { ...progress, log: withVersion2Ids(progress.log) };
  const v2Text = JSON.stringify({ state: { progress: v2Progress }, version: 2 });
  const v3Text = JSON.stringify({ state: { progress: packProgress(progress) }, version: 3 });
  const migratedText = JSON.stringify({ state: { progress: packProgress(v2Progress) }, version: 3 });
  const cardsOnly = JSON.stringify(progress.cards).length;
  console.log(`\npersisted progress, 10,000 cards (${mb(cardsOnly)} of card states) and 100,000 reviews:`);
  console.log(`  before, version 2 (an object per review):       ${mb(v2Text.length)}`);
  console.log(`  after, version 3 (log packed, the app's ids):    ${mb(v3Text.length)}  (log ${mb(v3Text.length - cardsOnly)})`);
  console.log(`  after, migrated from version 2 (random ids kept): ${mb(migratedText.length)}`);

  console.log(formatTiming('write before: JSON.stringify (version 2)', measure(() => JSON.stringify({ state: { progress: v2Progress }, version: 2 }), { runs: 20, warmup: 3 })));
  console.log(formatTiming('write after, first: pack + JSON.stringify', measure(() => JSON.stringify({ state: { progress: packProgress(progress) }, version: 3 }), { runs: 20, warmup: 3 })));
  // The store packs with one packer: after a grade, only the new review is packed.
  const packer = createLogPacker();
  let grown = progress.log.slice(0, -200);
  packer(grown);
  let next = grown.length;
  const writeAfterGrade = () => {
    grown = grown.concat([progress.log[next++ % progress.log.length]!]);
    return JSON.stringify({ state: { progress: { ...progress, log: packer(grown) } }, version: 3 });
  };
  console.log(formatTiming('write after, each grade: pack new + stringify', measure(writeAfterGrade, { runs: 150, warmup: 10 })));
  console.log(
    formatTiming(
      'start-up before: parse + validate (version 2)',
      measure(() => validateProgress((JSON.parse(v2Text) as { state: { progress: unknown } }).state.progress, NOW), { runs: 10, warmup: 2 }),
    ),
  );
  console.log(
    formatTiming(
      'start-up after: parse + unpack + validate (v3)',
      measure(() => validateStoredProgress((JSON.parse(v3Text) as { state: { progress: unknown } }).state.progress, NOW), { runs: 10, warmup: 2 }),
    ),
  );
  const other = { ...progress, log: [...progress.log.slice(0, -1)] };
  console.log(formatTiming('merge another tab’s stored progress', measure(() => mergeProgress(progress, other, new Map()), { runs: 20, warmup: 3 })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await schedulerBench();
