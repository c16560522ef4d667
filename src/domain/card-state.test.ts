import fc from 'fast-check';
import { S_MAX, S_MIN } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { cardStateArb, gradeSequenceArb, NOW } from '../../tests/factories/arbitraries';
import { CARD_LIMITS, cardStateProblem } from './card-state';
import type { CardState } from './cards';
import { previewReview, scheduleReview, usableCardState } from './scheduler';
import { validateProgress } from './state-validation';
import { reviewCard } from '../../tests/factories/card-state';

const DAY = 86_400_000;
const OPTIONS = { retention: 0.9, offsetMinutes: 480 };
const accepted = (card: CardState, now: number) => validateProgress({ cards: { 'iaas:forward': card }, log: [], starred: [] }, now).ok;

const card = (over: Partial<CardState>): CardState => reviewCard({ due: NOW, reps: 4, lastReview: NOW - 10 * DAY, ...over });

describe('one definition of a usable card', () => {
  it('uses the bounds ts-fsrs enforces', () => {
    expect(CARD_LIMITS.stability).toEqual({ min: S_MIN, max: S_MAX });
  });

  it('refuses memory states FSRS cannot schedule, naming the field', () => {
    for (const [over, field] of [
      [{ stability: 0 }, 'stability'],
      [{ stability: 1e-300 }, 'stability'],
      [{ difficulty: 0 }, 'difficulty'],
      [{ difficulty: 0.5 }, 'difficulty'],
      [{ difficulty: 11 }, 'difficulty'],
      [{ stability: 1e6 }, 'stability'],
    ] as const) {
      expect(cardStateProblem(card(over), NOW)).toEqual({ field, code: 'out-of-range' });
      expect(accepted(card(over), NOW)).toBe(false);
    }
    expect(cardStateProblem(card({ stability: 0, difficulty: 0 }), NOW)).toBeNull();
  });

  it('schedules a card reviewed in the future (a clock that ran ahead) as zero elapsed days, without throwing', () => {
    const ahead = card({ lastReview: NOW + 2 * DAY, due: NOW + 12 * DAY });
    expect(accepted(ahead, NOW)).toBe(true);
    const next = scheduleReview(ahead, 3, NOW, OPTIONS);
    expect(next.lastReview).toBe(NOW);
    expect(next.reps).toBe(5);
    expect(() => previewReview(ahead, NOW, OPTIONS)).not.toThrow();
  });

  it('keeps counts at their limit, so a graded card at the limit is still accepted', () => {
    const worn = card({ reps: CARD_LIMITS.count, lapses: CARD_LIMITS.count });
    const next = scheduleReview(worn, 1, NOW, OPTIONS);
    expect(next.reps).toBe(CARD_LIMITS.count);
    expect(accepted(next, NOW)).toBe(true);
  });

  it('property: any accepted state, any grades at any times (clock going backwards too), never throws and stays accepted', () => {
    fc.assert(
      fc.property(cardStateArb(), gradeSequenceArb(), (start, grades) => {
        expect(accepted(start, NOW)).toBe(true);
        let state = start;
        for (const { grade, at } of grades) {
          const preview = previewReview(state, at, OPTIONS);
          state = scheduleReview(state, grade, at, OPTIONS);
          expect(cardStateProblem(state, at)).toBeNull();
          expect(cardStateProblem(preview[grade], at)).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: usableCardState is accepted and leaves an accepted state with a past review unchanged', () => {
    fc.assert(
      fc.property(cardStateArb(), (state) => {
        const usable = usableCardState(state, NOW);
        expect(cardStateProblem(usable, NOW)).toBeNull();
        if (state.lastReview === null || state.lastReview <= NOW) expect(usable).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
