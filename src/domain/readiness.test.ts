import { describe, expect, it } from 'vitest';
import { default_w, forgetting_curve, fsrs } from 'ts-fsrs';
import type { CardId, CardState, Grade, ReviewLogEntry } from './cards';
import { computeTopicReadiness, DAY_MS, forgettingCurve, FSRS_DECAY, readinessTrend, retrievability } from './readiness';
import { reviewCard } from '../../tests/factories/card-state';

const NOW = Date.UTC(2026, 10, 22, 12);
const card = (over: Partial<CardState>): CardState => reviewCard({ due: NOW, lastReview: NOW, ...over });
const topicCards = new Map<string, CardId[]>([
  ['basics', ['a:forward', 'a:reverse', 'b:forward', 'b:reverse']],
  ['compute', ['c:forward', 'c:reverse']],
]);

describe('the forgetting curve', () => {
  it('is FSRS’s, with its default decay', () => {
    expect(FSRS_DECAY).toBe(default_w[20]);
    for (const [t, s] of [[0, 1], [1, 1], [10, 5], [100, 30], [3, 0.5]] as const) {
      expect(forgettingCurve(t, s)).toBeCloseTo(forgetting_curve(FSRS_DECAY, t, s), 8);
    }
    expect(forgettingCurve(10, 10)).toBeCloseTo(0.9, 8); // stability: the days to 90%
    expect(retrievability(undefined, NOW)).toBe(0);
  });
});

describe('readiness', () => {
  it('is zero for a learner with no history, and names the biggest topic to start with', () => {
    const result = computeTopicReadiness({ topicCards, cards: {}, answers: [], now: NOW });
    expect(result.overall).toBe(0);
    expect(result.topics.map((t) => [t.topic, t.coverage, t.memory, t.quiz, t.readiness])).toEqual([
      ['basics', 0, null, null, 0],
      ['compute', 0, null, null, 0],
    ]);
    expect(result.next).toBe('basics');
  });

  it('multiplies coverage by memory, and by the mean of memory and recent quiz accuracy once quizzed', () => {
    const cards = {
      'a:forward': card({ lastReview: NOW - 10 * DAY_MS, stability: 10 }), // 90% now
      'a:reverse': card({ lastReview: NOW - 10 * DAY_MS, stability: 10 }),
      'c:forward': card({ lastReview: NOW, stability: 3 }), // just reviewed: 100%
    };
    const result = computeTopicReadiness({ topicCards, cards, answers: [], now: NOW });
    const [basics, compute] = result.topics;
    expect(basics).toMatchObject({ studied: 2, coverage: 0.5, quiz: null });
    expect(basics!.memory).toBeCloseTo(0.9, 6);
    expect(basics!.readiness).toBeCloseTo(0.45, 6);
    expect(compute!.readiness).toBeCloseTo(0.5, 6);
    expect(result.overall).toBeCloseTo((0.45 * 4 + 0.5 * 2) / 6, 6);
    expect(result.next).toBe('basics');

    // A right answer today and a wrong one 14 days ago: the recent one weighs twice as much.
    const answers = [
      { topic: 'basics', correct: true, at: NOW },
      { topic: 'basics', correct: false, at: NOW - 14 * DAY_MS },
      { topic: 'basics', correct: false, at: NOW + DAY_MS }, // not yet given: ignored
    ];
    const quizzed = computeTopicReadiness({ topicCards, cards, answers, now: NOW }).topics[0]!;
    expect(quizzed.quiz).toBeCloseTo(2 / 3, 6);
    expect(quizzed.quizAnswers).toBe(2);
    expect(quizzed.readiness).toBeCloseTo(0.5 * ((0.9 + 2 / 3) / 2), 6);
  });
});

describe('the readiness trend', () => {
  const f = fsrs({ request_retention: 0.9 });
  const next = (previous: { stability: number; difficulty: number } | null, elapsed: number, grade: Grade) => f.next_state(previous, elapsed, grade);
  const review = (cardId: CardId, day: number, grade: Grade): ReviewLogEntry => ({
    id: `${cardId}@${day}`,
    cardId,
    grade,
    reviewedAt: NOW - (7 - day) * DAY_MS,
    phase: 'new',
    durationMs: 1000,
  });

  it('replays a week of study: nothing before it, then rising as cards are learned', () => {
    const log = [review('a:forward', 1, 3), review('a:reverse', 2, 3), review('b:forward', 3, 3), review('a:forward', 4, 3), review('c:forward', 5, 4)];
    const dayEnds = Array.from({ length: 10 }, (_, i) => NOW - (9 - i) * DAY_MS + DAY_MS / 2);
    const trend = readinessTrend({ topicCards, answers: [], log, dayEnds, next });
    expect(trend).toHaveLength(10);
    expect(trend.slice(0, 3).map((d) => d.overall)).toEqual([0, 0, 0]);
    expect(trend[9]!.overall).toBeGreaterThan(trend[4]!.overall);
    // The last day matches readiness computed from the same memory states directly.
    expect(trend[9]!.overall).toBeGreaterThan(0.5 * (4 / 6));
  });

  it('is flat at zero for a learner with no history', () => {
    const trend = readinessTrend({ topicCards, answers: [], log: [], dayEnds: [NOW - DAY_MS, NOW], next });
    expect(trend.map((d) => d.overall)).toEqual([0, 0]);
  });
});
