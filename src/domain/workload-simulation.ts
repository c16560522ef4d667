/**
 * The workload forecast as Anki's FSRS simulator makes it: a random run of the days ahead. Each
 * day the cards that are due are reviewed (the most overdue first, up to the daily review
 * limit; the rest wait for the next day), each review is recalled with the card's FSRS
 * retrievability on that day (a draw from `random`), FSRS updates the card's memory for Good
 * when recalled and Again when not, and the card is due again when its recall chance has
 * fallen to the desired retention. Never-studied cards are introduced at the daily new-card
 * limit, with a first Good. Hard and Easy are not drawn.
 *
 * Pure: the clock (`now`), FSRS's memory update (`next`) and the random source are parameters,
 * so one seed gives one forecast. `averageRuns` averages several runs, as a forecast should not
 * jump when a slider moves.
 */
import type { CardState } from './cards';
import { createRandom } from './random';
import { forgettingCurve, type NextMemory } from './readiness';
import { intervalDays } from './workload';

const DAY = 86_400_000;

export type SimulationInput = {
  cards: readonly CardState[];
  /** How many never-studied cards are left to introduce, and at most how many a day. */
  newCards: number;
  newPerDay: number;
  /** The most reviews in a day (new cards not counted); the rest wait until the next day. */
  reviewsPerDay: number;
  retention: number;
  now: number;
  days: number;
  next: NextMemory;
  /** A uniform draw in [0, 1). */
  random: () => number;
};

/** One day of a run: the reviews of cards already studied, and the new cards met. */
export type SimulatedDay = { reviews: number; learned: number };

/** One random run: what each of the next `days` days holds (day 0 is today, overdue cards included). */
export function simulateReviews({ cards, newCards, newPerDay, reviewsPerDay, retention, now, days, next, random }: SimulationInput): SimulatedDay[] {
  const result: SimulatedDay[] = Array.from({ length: days }, () => ({ reviews: 0, learned: 0 }));
  // Each card's memory, by index; `due` and `last` in whole days from today.
  const total = cards.length + Math.max(0, newCards);
  const stability = new Float64Array(total);
  const difficulty = new Float64Array(total);
  const last = new Float64Array(total);
  const due = new Float64Array(total);
  const buckets: number[][] = Array.from({ length: days }, () => []);
  const schedule = (i: number, day: number) => {
    due[i] = day;
    if (day < days) buckets[day]!.push(i);
  };
  let count = 0;
  for (const card of cards) {
    if (card.lastReview === null) continue;
    const i = count++;
    stability[i] = card.stability;
    difficulty[i] = card.difficulty;
    last[i] = (card.lastReview - now) / DAY;
    schedule(i, Math.max(0, Math.floor((card.due - now) / DAY)));
  }
  let unseen = Math.max(0, newCards);
  for (let day = 0; day < days; day++) {
    const queue = buckets[day]!;
    // The most overdue first, as a review limit would leave the freshest for tomorrow.
    queue.sort((a, b) => due[a]! - due[b]! || a - b);
    const limit = Math.min(queue.length, Math.max(0, reviewsPerDay));
    for (let k = 0; k < limit; k++) {
      const i = queue[k]!;
      const elapsed = Math.max(0, day - last[i]!);
      const recalled = random() < forgettingCurve(elapsed, stability[i]!);
      const memory = next({ stability: stability[i]!, difficulty: difficulty[i]! }, elapsed, recalled ? 3 : 1);
      stability[i] = memory.stability;
      difficulty[i] = memory.difficulty;
      last[i] = day;
      schedule(i, day + intervalDays(memory.stability, retention));
    }
    // Over the limit: tomorrow, still in order of how overdue.
    if (day + 1 < days) for (let k = limit; k < queue.length; k++) buckets[day + 1]!.push(queue[k]!);
    result[day]!.reviews = limit;
    const met = Math.min(Math.max(0, newPerDay), unseen);
    unseen -= met;
    result[day]!.learned = met;
    for (let n = 0; n < met; n++) {
      const i = count++;
      const memory = next(null, 0, 3);
      stability[i] = memory.stability;
      difficulty[i] = memory.difficulty;
      last[i] = day;
      schedule(i, day + intervalDays(memory.stability, retention));
    }
  }
  return result;
}

/**
 * The mean of `runs` runs, each from its own seed derived from `seed`: cards a day (reviews
 * and new cards), to one decimal.
 */
export function averageRuns(input: Omit<SimulationInput, 'random'>, { runs, seed }: { runs: number; seed: string }): number[] {
  const sums = new Array<number>(input.days).fill(0);
  const base = createRandom(seed);
  for (let run = 0; run < runs; run++) {
    const random = base.fork(String(run));
    simulateReviews({ ...input, random: random.next }).forEach((day, i) => {
      sums[i]! += day.reviews + day.learned;
    });
  }
  return sums.map((sum) => Math.round((sum / Math.max(1, runs)) * 10) / 10);
}

/** Enough runs that a small deck's forecast is steady, and a large one stays quick: about 20,000 cards simulated in all. */
export function runsFor(cardCount: number): number {
  return Math.min(20, Math.max(1, Math.round(20_000 / Math.max(1, cardCount))));
}
