/**
 * The workload forecast beside the desired retention, as Anki's FSRS simulator gives it: the
 * expected reviews on each of the next days at a chosen retention, from the learner's own
 * cards (their stability, difficulty and due dates) and new cards at the daily limit.
 *
 * Expected values, not a random draw, so the same cards give the same forecast: each review is
 * passed with the chosen retention's probability (the card is due when its recall chance has
 * fallen to it) and its stability grows as FSRS says for Good; the share that is forgotten
 * (1 − retention) comes back the next day once more. Pure: time and FSRS's memory update are
 * parameters.
 */
import type { CardState } from './cards';
import { FSRS_DECAY } from './readiness';
import type { NextMemory } from './readiness';

const DAY = 86_400_000;

/** The days until recall falls to `retention` for a card of stability `stability` (FSRS-6's curve, inverted). */
export function intervalDays(stability: number, retention: number): number {
  const factor = 0.9 ** (-1 / FSRS_DECAY) - 1;
  return Math.max(1, Math.round((stability / factor) * (retention ** (-1 / FSRS_DECAY) - 1)));
}

export type WorkloadInput = {
  cards: readonly CardState[];
  /** How many never-studied cards are left to introduce, and at most how many a day. */
  newCards: number;
  newPerDay: number;
  retention: number;
  now: number;
  days: number;
  next: NextMemory;
};

/** Expected reviews on each of the next `days` days (day 0 is today, overdue cards included). */
export function simulateWorkload({ cards, newCards, newPerDay, retention, now, days, next }: WorkloadInput): number[] {
  const perDay = new Array<number>(days).fill(0);
  const follow = (startDay: number, stability: number, difficulty: number, weight: number) => {
    let day = startDay;
    let s = stability;
    let d = difficulty;
    while (day < days) {
      perDay[day]! += weight;
      if (day + 1 < days) perDay[day + 1]! += weight * (1 - retention); // the forgotten share, relearned tomorrow
      const elapsed = intervalDays(s, retention);
      const memory = next({ stability: s, difficulty: d }, elapsed, 3);
      s = memory.stability;
      d = memory.difficulty;
      day += intervalDays(s, retention);
    }
  };
  for (const card of cards) {
    if (card.lastReview === null) continue;
    const day = Math.max(0, Math.floor((card.due - now) / DAY));
    follow(day, card.stability, card.difficulty, 1);
  }
  // New cards: introduced at the daily limit, a first Good, then their own schedule.
  const first = next(null, 0, 3);
  let left = newCards;
  for (let day = 0; day < days && left > 0; day++) {
    const count = Math.min(newPerDay, left);
    left -= count;
    perDay[day]! += count;
    follow(day + intervalDays(first.stability, retention), first.stability, first.difficulty, count);
  }
  return perDay.map((n) => Math.round(n * 10) / 10);
}
