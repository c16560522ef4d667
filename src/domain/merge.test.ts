import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptArb, cardMapArb, cardStateArb, NOW, reviewLogArb } from '../../tests/factories/arbitraries';
import type { CardState, ReviewLogEntry } from './cards';
import { compareCardStates, mergeAttempts, mergeCards, mergeMissed, mergeReviewLogs, mergeStarred, type Tombstone } from './merge';
import { reviewCard } from '../../tests/factories/card-state';

const review = (id: string, reviewedAt: number, over: Partial<ReviewLogEntry> = {}): ReviewLogEntry => ({
  id,
  cardId: 'iaas:forward',
  grade: 3,
  reviewedAt,
  phase: 'review',
  durationMs: 1000,
  ...over,
});
const state = (over: Partial<CardState>): CardState => reviewCard({ due: NOW, reps: 4, lastReview: NOW - 1000, ...over });
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const RUNS = { numRuns: 300 };

describe('mergeReviewLogs', () => {
  it('keeps every review of both once, in time order, and drops undone ones', () => {
    const a = [review('r1', 1), review('r2', 3)];
    const b = [review('r2', 3), review('r3', 2), review('r4', 4)];
    const undone = new Map<string, Tombstone>([['r4', review('r4', 4)]]);
    expect(mergeReviewLogs(a, b, { undone }).map((e) => e.id)).toEqual(['r1', 'r3', 'r2']);
  });

  it('returns the first log itself when nothing is added', () => {
    const a = [review('r1', 1), review('r2', 3)];
    expect(mergeReviewLogs(a, [review('r1', 1)])).toBe(a);
  });

  it('merges duplicate ids within one log (a hand-made import) into one review', () => {
    expect(mergeReviewLogs([], [review('r1', 1), review('r1', 1)])).toHaveLength(1);
  });

  it('property: commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(reviewLogArb(), reviewLogArb(), reviewLogArb(), (a, b, c) => {
        expect(plain(mergeReviewLogs(a, b))).toEqual(plain(mergeReviewLogs(b, a)));
        expect(plain(mergeReviewLogs(mergeReviewLogs(a, b), c))).toEqual(plain(mergeReviewLogs(a, mergeReviewLogs(b, c))));
        const ab = mergeReviewLogs(a, b);
        expect(mergeReviewLogs(ab, ab)).toBe(ab);
        expect(plain(mergeReviewLogs(ab, a))).toEqual(plain(ab));
      }),
      RUNS,
    );
  });

  it('property: loses no id of either side, repeats none, and drops exactly the undone', () => {
    fc.assert(
      fc.property(reviewLogArb(), reviewLogArb(), fc.subarray(['r1', 'r2', 'r3']), (a, b, undoneIds) => {
        const undone = new Map(undoneIds.map((id) => [id, review(id, 0)]));
        const ids = mergeReviewLogs(a, b, { undone }).map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a, ...b].map((e) => e.id).filter((id) => !undone.has(id))));
      }),
      RUNS,
    );
  });
});

describe('mergeCards', () => {
  it('takes the later review, then more reviews, then the sooner due date', () => {
    const older = state({ lastReview: 1 });
    const newer = state({ lastReview: 2 });
    expect(mergeCards({ 'iaas:forward': older }, { 'iaas:forward': newer })['iaas:forward']).toBe(newer);
    expect(mergeCards({ 'iaas:forward': newer }, { 'iaas:forward': older })['iaas:forward']).toBe(newer);
    const broughtForward = state({ due: NOW - 5 });
    expect(mergeCards({ 'iaas:forward': state({}) }, { 'iaas:forward': broughtForward })['iaas:forward']).toBe(broughtForward);
  });

  it('lets a state made by an undone review lose to any other', () => {
    const restored = state({ lastReview: 1 });
    const undoneState = state({ lastReview: 9, reps: 5 });
    const undone = new Map<string, Tombstone>([['x', { id: 'x', cardId: 'iaas:forward', reviewedAt: 9 }]]);
    expect(mergeCards({ 'iaas:forward': restored }, { 'iaas:forward': undoneState }, { undone })['iaas:forward']).toBe(restored);
    expect(mergeCards({ 'iaas:forward': undoneState }, { 'iaas:forward': restored }, { undone })['iaas:forward']).toBe(restored);
  });

  it('keeps a key like __proto__ an own property', () => {
    const merged = mergeCards({}, JSON.parse('{"__proto__:forward": {"due":1}}') as never);
    expect(Object.hasOwn(merged, '__proto__:forward')).toBe(true);
    expect(({} as Record<string, unknown>).due).toBeUndefined();
  });

  it('property: a total order, so the merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(cardStateArb(), cardStateArb(), (a, b) => {
        expect(Math.sign(compareCardStates(a, b))).toBe(-Math.sign(compareCardStates(b, a)) || 0);
        if (compareCardStates(a, b) === 0) expect(a).toEqual(b);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(cardMapArb(), cardMapArb(), cardMapArb(), (a, b, c) => {
        expect(mergeCards(a, b)).toEqual(mergeCards(b, a));
        expect(mergeCards(mergeCards(a, b), c)).toEqual(mergeCards(a, mergeCards(b, c)));
        const ab = mergeCards(a, b);
        expect(mergeCards(ab, ab)).toBe(ab);
        expect(mergeCards(ab, a)).toBe(ab);
      }),
      RUNS,
    );
  });
});

describe('quiz history and stars', () => {
  it('property: attempts by id, latest kept; each term its latest miss; commutative', () => {
    fc.assert(
      fc.property(fc.array(attemptArb()), fc.array(attemptArb()), fc.nat(5), (a, b, max) => {
        const merged = mergeAttempts(a, b, max);
        expect(plain(merged)).toEqual(plain(mergeAttempts(b, a, max)));
        expect(merged.length).toBeLessThanOrEqual(max);
        expect(new Set(merged.map((x) => x.id)).size).toBe(merged.length);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.nat()), fc.dictionary(fc.string(), fc.nat()), (a, b) => {
        expect(mergeMissed(a, b)).toEqual(mergeMissed(b, a));
        for (const [termId, at] of Object.entries(a)) expect(mergeMissed(a, b)[termId]).toBeGreaterThanOrEqual(at);
      }),
      RUNS,
    );
    expect(mergeStarred(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
