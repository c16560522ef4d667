import fc from 'fast-check';
import { fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { CardState, Grade } from './cards';
import { createRandom } from './random';
import { forgettingCurve, type NextMemory } from './readiness';
import { simulateWorkload } from './workload';
import { averageRuns, simulateReviews } from './workload-simulation';

const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;
const f = fsrs();
const next: NextMemory = (previous, elapsed, grade: Grade) => f.next_state(previous, elapsed, grade);
const card = (dueInDays: number, stability: number, lastDaysAgo = 1): CardState => ({
  due: NOW + dueInDays * DAY,
  stability,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  phase: 'review',
  lastReview: NOW - lastDaysAgo * DAY,
});
const deck = (n: number) => Array.from({ length: n }, (_, i) => card(i % 10, 3 + (i % 7) * 4, 2 + (i % 5)));
const base = { newCards: 0, newPerDay: 20, reviewsPerDay: 9999, now: NOW, days: 30, next };
const sum = (days: readonly number[]) => days.reduce((a, b) => a + b, 0);
const cardsPerDay = (days: { reviews: number; learned: number }[]) => days.map((d) => d.reviews + d.learned);

describe('the simulated workload forecast', () => {
  it('is the same for the same seed, and differs for another', () => {
    const input = { ...base, cards: deck(200), newCards: 50, retention: 0.9 };
    const a = simulateReviews({ ...input, random: createRandom('s1').next });
    const b = simulateReviews({ ...input, random: createRandom('s1').next });
    const c = simulateReviews({ ...input, random: createRandom('s2').next });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(averageRuns({ ...input }, { runs: 5, seed: 'x' })).toEqual(averageRuns({ ...input }, { runs: 5, seed: 'x' }));
  });

  it('reviews each due card on its day, overdue ones today, and meets new cards at the daily limit', () => {
    const cards = [card(-3, 5), card(0, 5), card(2, 20), card(40, 50)];
    const days = simulateReviews({ ...base, cards, newCards: 25, retention: 0.9, random: createRandom('a').next });
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ reviews: 2, learned: 20 });
    expect(days[1]!.learned).toBe(5);
    expect(days[2]!.reviews).toBeGreaterThanOrEqual(1);
    expect(sum(days.map((d) => d.learned))).toBe(25);
  });

  it('keeps to the daily review limit, and the rest wait for the next day', () => {
    const cards = Array.from({ length: 30 }, () => card(0, 10));
    const days = simulateReviews({ ...base, cards, reviewsPerDay: 12, retention: 0.9, random: createRandom('b').next });
    expect(days.slice(0, 2).map((d) => d.reviews)).toEqual([12, 12]);
    expect(days[2]!.reviews).toBeGreaterThanOrEqual(6);
    expect(days.every((d) => d.reviews <= 12)).toBe(true);
  });

  it('samples recall from retrievability: each review is recalled with the chance FSRS gives it', () => {
    const shareRecalled = (lastDaysAgo: number) => {
      const grades: Grade[] = [];
      const spy: NextMemory = (previous, elapsed, grade) => {
        grades.push(grade);
        return next(previous, elapsed, grade);
      };
      const cards = Array.from({ length: 4000 }, () => card(0, 10, lastDaysAgo));
      simulateReviews({ ...base, cards, days: 1, next: spy, retention: 0.9, random: createRandom('c').next });
      return grades.filter((g) => g === 3).length / grades.length;
    };
    expect(shareRecalled(10)).toBeCloseTo(forgettingCurve(10, 10), 1); // 90%
    expect(shareRecalled(100)).toBeCloseTo(forgettingCurve(100, 10), 1); // far lower
    expect(shareRecalled(100)).toBeLessThan(0.75);
  });

  it('gives more reviews at a higher desired retention, for any deck', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 300 }), fc.integer({ min: 0, max: 100 }), fc.string({ minLength: 1, maxLength: 6 }), (n, newCards, seed) => {
        const input = { ...base, cards: deck(n), newCards };
        const at = (retention: number) => sum(averageRuns({ ...input, retention }, { runs: 4, seed }));
        expect(at(0.95)).toBeGreaterThan(at(0.85));
        expect(at(0.85)).toBeGreaterThan(at(0.75));
      }),
      { numRuns: 15 },
    );
  });

  it('on average, agrees with the expected-value model within 25% over 30 days', () => {
    for (const retention of [0.8, 0.9, 0.95]) {
      const input = { ...base, cards: deck(300), newCards: 100, retention };
      const simulated = sum(averageRuns(input, { runs: 20, seed: 'mean' }));
      const expected = sum(simulateWorkload({ ...input }));
      expect(Math.abs(simulated - expected) / expected).toBeLessThan(0.25);
    }
  });

  it('forecasts the first days of a new learner: new cards only, then their reviews', () => {
    const days = cardsPerDay(simulateReviews({ ...base, cards: [], newCards: 144, retention: 0.9, random: createRandom('n').next }));
    expect(days[0]).toBe(20);
    expect(sum(days)).toBeGreaterThan(144);
  });
});
