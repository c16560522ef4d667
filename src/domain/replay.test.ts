import { describe, expect, it } from 'vitest';
import type { CardId, Grade, ReviewLogEntry } from './cards';
import { defaultReviewId } from './review-log-codec';
import { rebuildSchedules, replaySchedules } from './replay';
import { scheduleReview } from './scheduler';

const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 2, 0);
const SHANGHAI = { retention: 0.9, offsetAt: () => 480 };
const CARD: CardId = 'vpc:forward';

const review = (cardId: CardId, grade: Grade, reviewedAt: number): ReviewLogEntry => ({
  id: defaultReviewId(reviewedAt, cardId),
  cardId,
  grade,
  reviewedAt,
  phase: 'new',
  durationMs: 1000,
});

describe('replaySchedules', () => {
  it('gives exactly the state the grades gave, one after another', () => {
    const times = [NOW, NOW + 10 * MINUTE, NOW + 2 * DAY, NOW + 9 * DAY];
    const grades: Grade[] = [3, 3, 2, 4];
    let state = undefined;
    for (const [i, at] of times.entries()) state = scheduleReview(state, grades[i]!, at, { retention: 0.9, offsetMinutes: 480 });
    const log = times.map((at, i) => review(CARD, grades[i]!, at));
    expect(replaySchedules(log, SHANGHAI).get(CARD)).toEqual(state);
  });

  it('puts two devices’ reviews of one card in time order, whatever order they arrive in', () => {
    const laptop = [review(CARD, 3, NOW), review(CARD, 1, NOW + 3 * DAY)];
    const phone = [review(CARD, 4, NOW + DAY)];
    const a = replaySchedules([...laptop, ...phone], SHANGHAI).get(CARD);
    const b = replaySchedules([...phone, ...laptop].reverse(), SHANGHAI).get(CARD);
    expect(a).toEqual(b);
    const inOrder = [laptop[0]!, phone[0]!, laptop[1]!].reduce(
      (s, e) => scheduleReview(s, e.grade, e.reviewedAt, { retention: 0.9, offsetMinutes: 480 }),
      undefined as ReturnType<typeof scheduleReview> | undefined,
    );
    expect(a).toEqual(inOrder);
    expect(a).toMatchObject({ reps: 3, lapses: 1, lastReview: NOW + 3 * DAY });
  });

  it('replays only the cards asked for, and leaves cards without reviews out', () => {
    const other: CardId = 'iam:reverse';
    const states = replaySchedules([review(CARD, 3, NOW), review(other, 3, NOW)], SHANGHAI, [], new Set([other]));
    expect([...states.keys()]).toEqual([other]);
    expect(replaySchedules([], SHANGHAI).size).toBe(0);
  });

  it('brings a studied card forward to a quiz miss, and a later review schedules from there', () => {
    const log = [review(CARD, 4, NOW)];
    const missAt = NOW + DAY;
    const states = replaySchedules(log, SHANGHAI, [{ at: missAt, termIds: ['vpc'] }]);
    expect(states.get(CARD)?.due).toBe(missAt);
    // A miss before the card was ever studied changes nothing.
    expect(replaySchedules(log, SHANGHAI, [{ at: NOW - DAY, termIds: ['vpc'] }]).get(CARD)).toEqual(replaySchedules(log, SHANGHAI).get(CARD));
  });

  it('uses the offset at each review, so a trip across time zones replays as it was graded', () => {
    const offsetAt = (ms: number) => (ms < NOW + DAY ? 480 : -300);
    const log = [review(CARD, 3, NOW), review(CARD, 3, NOW + 10 * MINUTE), review(CARD, 3, NOW + 5 * DAY)];
    let state = scheduleReview(undefined, 3, NOW, { retention: 0.9, offsetMinutes: 480 });
    state = scheduleReview(state, 3, NOW + 10 * MINUTE, { retention: 0.9, offsetMinutes: 480 });
    state = scheduleReview(state, 3, NOW + 5 * DAY, { retention: 0.9, offsetMinutes: -300 });
    expect(replaySchedules(log, { retention: 0.9, offsetAt }).get(CARD)).toEqual(state);
  });
});

describe('rebuildSchedules', () => {
  const other: CardId = 'iam:reverse';
  const early = [review(CARD, 3, NOW), review(other, 3, NOW + MINUTE)];
  const late = [review(CARD, 4, NOW + 2 * DAY), review(other, 1, NOW + 3 * DAY), review(CARD, 3, NOW + 9 * DAY)];

  it('goes on from the current state when the new reviews come later, as a full replay would', () => {
    const current = Object.fromEntries(replaySchedules(early, SHANGHAI));
    const log = [...early, ...late];
    const rebuilt = rebuildSchedules(current, log, { added: late, removed: [] }, SHANGHAI);
    const full = replaySchedules(log, SHANGHAI);
    expect(rebuilt.get(CARD)).toEqual(full.get(CARD));
    expect(rebuilt.get(other)).toEqual(full.get(other));
  });

  it('replays the whole history when a review from the past arrives, or one is removed', () => {
    const current = Object.fromEntries(replaySchedules(late, SHANGHAI));
    const log = [...early, ...late];
    const rebuilt = rebuildSchedules(current, log, { added: early, removed: [] }, SHANGHAI);
    expect(rebuilt.get(CARD)).toEqual(replaySchedules(log, SHANGHAI).get(CARD));
    const withoutLast = log.slice(0, -1);
    const undone = rebuildSchedules(Object.fromEntries(replaySchedules(log, SHANGHAI)), withoutLast, { added: [], removed: [log.at(-1)!] }, SHANGHAI);
    expect(undone.get(CARD)).toEqual(replaySchedules(withoutLast, SHANGHAI).get(CARD));
    const gone = rebuildSchedules(current, [], { added: [], removed: [early[1]!] }, SHANGHAI);
    expect(gone.get(other)).toBeNull();
  });
});
