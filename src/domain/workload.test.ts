import { describe, expect, it } from 'vitest';
import { fsrs } from 'ts-fsrs';
import type { CardState, Grade } from './cards';
import type { NextMemory } from './readiness';
import { intervalDays, simulateWorkload } from './workload';
import { reviewCard } from '../../tests/factories/card-state';

const NOW = Date.UTC(2026, 10, 22, 12);
const DAY = 86_400_000;
const f = fsrs();
const next: NextMemory = (previous, elapsed, grade: Grade) => f.next_state(previous, elapsed, grade);
const card = (dueInDays: number, stability: number): CardState => reviewCard({ due: NOW + dueInDays * DAY, stability, lastReview: NOW - DAY });

describe('the workload forecast', () => {
  it('inverts the forgetting curve: stability is the interval at 90%', () => {
    expect(intervalDays(10, 0.9)).toBe(10);
    expect(intervalDays(10, 0.8)).toBeGreaterThan(10);
    expect(intervalDays(10, 0.97)).toBeLessThan(10);
  });

  it('counts each due card on its day, and more reviews at a higher retention', () => {
    const cards = [card(0, 5), card(2, 5), card(2, 20), card(40, 50)];
    const at = (retention: number) => simulateWorkload({ cards, newCards: 0, newPerDay: 20, retention, now: NOW, days: 30, next });
    const normal = at(0.9);
    expect(normal).toHaveLength(30);
    expect(normal[0]).toBe(1);
    expect(normal[2]).toBe(2);
    const sum = (days: number[]) => days.reduce((a, b) => a + b, 0);
    expect(sum(at(0.97))).toBeGreaterThan(sum(normal));
    expect(sum(at(0.75))).toBeLessThan(sum(normal));
  });

  it('for a new learner: the daily limit of new cards, then their reviews', () => {
    const days = simulateWorkload({ cards: [], newCards: 50, newPerDay: 20, retention: 0.9, now: NOW, days: 30, next });
    expect(days[0]).toBeGreaterThanOrEqual(20);
    expect(days.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect(simulateWorkload({ cards: [], newCards: 0, newPerDay: 20, retention: 0.9, now: NOW, days: 30, next }).every((n) => n === 0)).toBe(true);
  });
});
